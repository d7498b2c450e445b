import type { CollectionData, RequestFile, Variable } from '../schema';
import { ConversionReport } from '../report';
import type { ConversionNote, FoundSecret } from '../report';
import { SecretCollector, assembleCollection, childFolder, toRequestFile } from './common';
import { buildEnvironment, extractSecrets, readVariables } from './postman-variables';
import type { FoundAuth, RawRequest } from './common';
import { isObj, str } from './json-values';
import type { Obj } from './json-values';

/** What every importer returns: the collection, the secrets it found (kept out of it), and the report. */
export interface ImportResult {
  data: CollectionData;
  secrets: FoundSecret[];
  notes: ConversionNote[];
}

// v2.1 keeps auth parameters as [{key, value}], v2.0 as an object.
function authParams(auth: Obj, type: string): Map<string, string> {
  const raw = auth[type];
  const params = new Map<string, string>();
  if (Array.isArray(raw))
    for (const p of raw)
      if (isObj(p) && typeof p.key === 'string') params.set(p.key, str(p.value) ?? '');
  if (isObj(raw)) for (const [key, value] of Object.entries(raw)) params.set(key, str(value) ?? '');
  return params;
}

function readAuth(
  auth: unknown,
  where: string,
  report: ConversionReport,
): FoundAuth | null | undefined {
  if (!isObj(auth) || typeof auth.type !== 'string') return undefined;
  if (auth.type === 'noauth') return null;
  if (auth.type !== 'awsv4') {
    report.add('dropped', where, `auth type "${auth.type}" dropped: only AWS Signature v4 is used`);
    return null;
  }
  const p = authParams(auth, 'awsv4');
  const found: FoundAuth = {};
  for (const [from, to] of [
    ['region', 'region'],
    ['service', 'service'],
    ['accessKey', 'accessKeyId'],
    ['secretKey', 'secretAccessKey'],
    ['sessionToken', 'sessionToken'],
  ] as const) {
    const value = p.get(from);
    if (value) found[to] = value;
  }
  if (p.get('addAuthDataToQuery') === 'true') found.authInQuery = true;
  return found;
}

function rawUrl(url: unknown): string {
  if (typeof url === 'string') return url;
  if (!isObj(url)) return '/';
  if (typeof url.raw === 'string') return url.raw;
  const host = Array.isArray(url.host) ? url.host.join('.') : (str(url.host) ?? '');
  const path = Array.isArray(url.path)
    ? url.path.map((s) => str(s) ?? '').join('/')
    : (str(url.path) ?? '');
  const query = Array.isArray(url.query)
    ? url.query
        .filter(isObj)
        .map((q) =>
          q.value === null || q.value === undefined
            ? `${str(q.key)}`
            : `${str(q.key)}=${str(q.value)}`,
        )
    : [];
  return `${str(url.protocol) ?? 'https'}://${host}/${path}${query.length ? `?${query.join('&')}` : ''}`;
}

function readBody(body: unknown, where: string, report: ConversionReport): string | undefined {
  if (!isObj(body) || body.disabled === true) return undefined;
  if (body.mode === 'raw') return str(body.raw);
  if (body.mode === 'urlencoded' && Array.isArray(body.urlencoded)) {
    report.add('changed', where, 'url-encoded body kept as raw text');
    return body.urlencoded
      .filter(isObj)
      .map(
        (p) => `${encodeURIComponent(str(p.key) ?? '')}=${encodeURIComponent(str(p.value) ?? '')}`,
      )
      .join('&');
  }
  if (body.mode)
    report.add(
      'dropped',
      where,
      `body mode "${str(body.mode)}" dropped: only raw and url-encoded bodies are kept`,
    );
  return undefined;
}

function readRequest(
  item: Obj,
  context: { folder: string; auth: FoundAuth | null | undefined; report: ConversionReport },
): RawRequest {
  const name = str(item.name) ?? 'request';
  const request = isObj(item.request) ? item.request : { url: item.request };
  const headers = (Array.isArray(request.header) ? request.header : [])
    .filter(isObj)
    .filter((h) => h.disabled !== true)
    .map((h): [string, string] => [str(h.key) ?? '', str(h.value) ?? '']);
  const own = readAuth(request.auth, name, context.report);
  const auth = own === undefined ? context.auth : own;
  const body = readBody(request.body, name, context.report);
  return {
    name,
    folder: context.folder,
    method: str(request.method) ?? 'GET',
    url: rawUrl(request.url),
    headers,
    ...(body === undefined ? {} : { body }),
    ...(auth ? { auth: { ...auth } } : {}),
  };
}

function walkItems(root: Obj, report: ConversionReport): RawRequest[] {
  const requests: RawRequest[] = [];
  const rootAuth = readAuth(root.auth, 'collection', report);
  // Depth-first, in document order, without recursion: a crafted file may nest folders deeply.
  const pending: Array<{ item: Obj; folder: string; auth: FoundAuth | null | undefined }> = [];
  for (const item of [...(Array.isArray(root.item) ? root.item : [])].reverse())
    if (isObj(item)) pending.push({ item, folder: '', auth: rootAuth });
  while (pending.length > 0) {
    const { item, folder, auth } = pending.pop() as (typeof pending)[number];
    if (Array.isArray(item.item)) {
      const path = childFolder(folder, str(item.name) ?? 'folder', report);
      const own = readAuth(item.auth, path, report);
      for (const child of [...item.item].reverse())
        if (isObj(child))
          pending.push({ item: child, folder: path, auth: own === undefined ? auth : own });
    } else requests.push(readRequest(item, { folder, auth, report }));
  }
  return requests;
}

/** Reads a Postman collection (v2.1 or v2.0): folders, variables, raw bodies and `awsv4` auth. */
export function importPostman(root: Obj): ImportResult {
  const report = new ConversionReport();
  const info = isObj(root.info) ? root.info : {};
  const raws = walkItems(root, report);
  const variables = readVariables(root);
  const collector = new SecretCollector();
  const secretVariables = new Map<string, Variable>();
  const refs = extractSecrets(raws, variables, { collector, secretVariables });
  const requests: RequestFile[] = raws.map((raw, index) => {
    const file = toRequestFile(raw, report);
    const ref = refs[index];
    return ref ? { ...file, credentialId: ref } : file;
  });
  for (const key of ['event', 'protocolProfileBehavior'])
    if (key in root)
      report.add('dropped', 'collection', `${key} (scripts and client settings) not imported`);
  if (raws.some((r) => r.auth === undefined))
    report.add(
      'changed',
      'collection',
      'requests without auth will be signed with the collection credential',
    );
  const environments = buildEnvironment(variables, secretVariables, report);
  const rootRef = refs.find(Boolean);
  const data = assembleCollection({
    name: str(info.name) ?? 'Imported collection',
    requests,
    environments,
    ...(rootRef ? { credentialId: rootRef } : {}),
  });
  return { data, secrets: collector.secrets, notes: report.notes };
}
