import type { RequestFile, Variable } from '../schema';
import { ConversionReport } from '../report';
import { applyAuth, authFromHeaders } from './auth-import';
import { SecretCollector, assembleCollection, childFolder, toRequestFile } from './common';
import { buildEnvironment } from './postman-variables';
import type { SourceVariable } from './postman-variables';
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
  const text = (key: string): string => plainVariables(str(auth[key]) ?? '');
  switch (auth.type) {
    case 'iam': {
      const found: FoundAuth = { type: 'sigv4' };
      for (const key of [
        'region',
        'service',
        'accessKeyId',
        'secretAccessKey',
        'sessionToken',
      ] as const)
        if (text(key)) found[key] = text(key);
      if ('region' in auth && !text('region')) found.emptyRegion = true;
      return found;
    }
    case 'bearer':
      if (text('prefix') && text('prefix').toLowerCase() !== 'bearer')
        report.add('changed', where, `bearer prefix "${text('prefix')}" is sent as "Bearer"`);
      return { type: 'bearer', token: text('token') };
    case 'basic':
      return { type: 'basic', username: text('username'), password: text('password') };
    case 'apikey':
      return {
        type: 'apikey',
        key: text('key'),
        value: text('value'),
        in: text('addTo') === 'queryParams' ? 'query' : 'header',
      };
    default:
      report.add(
        'dropped',
        where,
        `authentication "${str(auth.type)}" is not held (none, bearer, basic, API key and AWS IAM are): the request is sent without auth`,
      );
      return undefined;
  }
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
  const scripts = [
    resource.preRequestScript,
    resource.afterResponseScript,
    isObj(resource.scripts) ? resource.scripts.preRequest : '',
    isObj(resource.scripts) ? resource.scripts.afterResponse : '',
  ];
  if (scripts.some((script) => (str(script) ?? '').trim()))
    report.add(
      'dropped',
      name,
      'request scripts not imported (scripts do not run here): set by hand what they compute',
    );
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

function readEnvironments(
  resources: Obj[],
  report: ConversionReport,
): Array<{ name: string; variables: SourceVariable[] }> {
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
        return [{ name, value: plainVariables(text) }];
      }),
    }));
}

/** Reads an Insomnia v4 export: requests, folders, environments and auth (none, bearer, basic, API key, IAM). */
export function importInsomnia(root: Obj): ImportResult {
  const report = new ConversionReport();
  const resources = (Array.isArray(root.resources) ? root.resources : []).filter(isObj);
  const byId = new Map(resources.map((r) => [str(r._id) ?? '', r]));
  const collector = new SecretCollector();
  const sourceEnvironments = readEnvironments(resources, report);
  const variables = new Map(
    sourceEnvironments.flatMap((e) => e.variables.map((v) => [v.name, v.value] as const)),
  );
  const secretVariables = new Map<string, Variable>();
  const context = { collector, variables, secretVariables, report };
  const requests: RequestFile[] = resources
    .filter((r) => r._type === 'request')
    .map((resource) => {
      const raw = readRequest(resource, byId, report);
      authFromHeaders(raw);
      return applyAuth(raw, toRequestFile(raw, report), context);
    });
  for (const r of resources)
    if (!KNOWN_TYPES.includes(str(r._type) ?? ''))
      report.add(
        'dropped',
        str(r.name) ?? 'resource',
        `resource type "${str(r._type)}" not imported`,
      );
  const secrets = { secretVariables, collector, report };
  const environments = sourceEnvironments.flatMap((env, index) =>
    buildEnvironment(env.variables, secrets, {
      name: env.name,
      requests: index === 0 ? requests : [],
    }),
  );
  if (environments.length === 0)
    environments.push(...buildEnvironment([], secrets, { name: 'Insomnia variables', requests }));
  const workspace = resources.find((r) => r._type === 'workspace');
  const firstRef = requests.find((r) => r.credentialId)?.credentialId;
  const data = assembleCollection({
    name: str(workspace?.name) ?? 'Imported from Insomnia',
    requests,
    environments,
    ...(firstRef ? { credentialId: firstRef } : {}),
  });
  return { data, secrets: collector.secrets, notes: report.grouped() };
}

const KNOWN_TYPES = [
  'request',
  'request_group',
  'workspace',
  'environment',
  'cookie_jar',
  'api_spec',
];
