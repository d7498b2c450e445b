import type { Environment, RequestFile } from '../schema';
import { ConversionReport } from '../report';
import { SecretCollector, assembleCollection, childFolder, toRequestFile } from './common';
import type { FoundAuth, RawRequest } from './common';
import type { ImportResult } from './postman-import';
import { isObj, str } from './json-values';
import type { Obj } from './json-values';

/** Insomnia writes `{{ _.name }}`; Connector Studio and Postman write `{{name}}`. */
function plainVariables(text: string): string {
  return text.replace(/\{\{\s*_\.([A-Za-z0-9_.-]+)\s*\}\}/g, '{{$1}}');
}

function folderPath(resource: Obj, byId: Map<string, Obj>, report: ConversionReport): string {
  const names: string[] = [];
  const seen = new Set<string>();
  let parent = byId.get(str(resource.parentId) ?? '');
  // Follows the parent chain iteratively; a cycle in a crafted file ends the walk.
  while (parent && parent._type === 'request_group' && !seen.has(str(parent._id) ?? '')) {
    seen.add(str(parent._id) ?? '');
    names.push(str(parent.name) ?? 'folder');
    parent = byId.get(str(parent.parentId) ?? '');
  }
  return names.reverse().reduce((path, name) => childFolder(path, name, report), '');
}

function readAuth(auth: unknown, where: string, report: ConversionReport): FoundAuth | undefined {
  if (!isObj(auth) || auth.disabled === true || !auth.type || auth.type === 'none')
    return undefined;
  if (auth.type !== 'iam') {
    report.add(
      'dropped',
      where,
      `authentication "${str(auth.type)}" dropped: only AWS IAM (SigV4) is used`,
    );
    return undefined;
  }
  const found: FoundAuth = {};
  for (const key of [
    'region',
    'service',
    'accessKeyId',
    'secretAccessKey',
    'sessionToken',
  ] as const) {
    const value = str(auth[key]);
    if (value) found[key] = plainVariables(value);
  }
  return found;
}

function readRequest(resource: Obj, byId: Map<string, Obj>, report: ConversionReport): RawRequest {
  const name = str(resource.name) ?? 'request';
  const headers = (Array.isArray(resource.headers) ? resource.headers : [])
    .filter(isObj)
    .filter((h) => h.disabled !== true)
    .map((h): [string, string] => [
      plainVariables(str(h.name) ?? ''),
      plainVariables(str(h.value) ?? ''),
    ]);
  const params = (Array.isArray(resource.parameters) ? resource.parameters : [])
    .filter(isObj)
    .filter((p) => p.disabled !== true);
  let url = plainVariables(str(resource.url) ?? '/');
  if (params.length > 0) {
    const pairs = params.map(
      (p) =>
        `${encodeURIComponent(str(p.name) ?? '')}=${encodeURIComponent(plainVariables(str(p.value) ?? ''))}`,
    );
    url += `${url.includes('?') ? '&' : '?'}${pairs
      .join('&')
      .replace(/%7B%7B/g, '{{')
      .replace(/%7D%7D/g, '}}')}`;
  }
  const body = isObj(resource.body) ? str(resource.body.text) : undefined;
  if (isObj(resource.body) && body === undefined && Object.keys(resource.body).length > 0)
    report.add('dropped', name, 'a non-text body (form or file) was dropped');
  const auth = readAuth(resource.authentication, name, report);
  return {
    name,
    folder: folderPath(resource, byId, report),
    method: str(resource.method) ?? 'GET',
    url,
    headers,
    ...(body === undefined ? {} : { body: plainVariables(body) }),
    ...(auth ? { auth } : {}),
  };
}

function readEnvironments(resources: Obj[], report: ConversionReport): Environment[] {
  return resources
    .filter((r) => r._type === 'environment' && isObj(r.data))
    .map((r) => ({
      name: str(r.name) ?? 'Environment',
      variables: Object.entries(r.data as Obj).flatMap(([name, value]) => {
        const text = str(value);
        if (text === undefined) {
          report.add('dropped', `variable ${name}`, 'nested environment values are not supported');
          return [];
        }
        if (/secret|password|session.?token/i.test(name) && text) {
          report.add(
            'secret',
            `variable ${name}`,
            'looks secret: its value was not imported; set it again in the app',
          );
          return [{ name, value: '' }];
        }
        return [{ name, value: text }];
      }),
    }));
}

/** Reads an Insomnia v4 export: requests, folders, environments and `iam` authentication. */
export function importInsomnia(root: Obj): ImportResult {
  const report = new ConversionReport();
  const resources = (Array.isArray(root.resources) ? root.resources : []).filter(isObj);
  const byId = new Map(resources.map((r) => [str(r._id) ?? '', r]));
  const collector = new SecretCollector();
  const requests: RequestFile[] = resources
    .filter((r) => r._type === 'request')
    .map((resource) => {
      const raw = readRequest(resource, byId, report);
      const { accessKeyId, secretAccessKey, sessionToken } = raw.auth ?? {};
      if (raw.auth)
        for (const key of ['accessKeyId', 'secretAccessKey', 'sessionToken'] as const)
          delete raw.auth[key];
      const file = toRequestFile(raw, report);
      if (
        !accessKeyId ||
        !secretAccessKey ||
        accessKeyId.includes('{{') ||
        secretAccessKey.includes('{{')
      )
        return file;
      return {
        ...file,
        credentialId: collector.add(
          { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
          `Imported key ${raw.name}`,
        ),
      };
    });
  for (const r of resources)
    if (
      !['request', 'request_group', 'workspace', 'environment', 'cookie_jar', 'api_spec'].includes(
        str(r._type) ?? '',
      )
    )
      report.add(
        'dropped',
        str(r.name) ?? 'resource',
        `resource type "${str(r._type)}" not imported`,
      );
  const workspace = resources.find((r) => r._type === 'workspace');
  const firstRef = requests.find((r) => r.credentialId)?.credentialId;
  const data = assembleCollection({
    name: str(workspace?.name) ?? 'Imported from Insomnia',
    requests,
    environments: readEnvironments(resources, report),
    ...(firstRef ? { credentialId: firstRef } : {}),
  });
  return { data, secrets: collector.secrets, notes: report.notes };
}
