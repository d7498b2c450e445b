import { FORMAT_VERSION } from '../schema';
import type { CollectionData, CollectionRequest, Environment, RequestFile } from '../schema';
import type { ConversionReport, FoundSecret } from '../report';
import { uniqueSlug } from '../slug';
import { awsHostParts, awsSigningTarget, splitUrl } from './url';

/** Headers the signer writes; an imported copy would be stale, so they are dropped and reported. */
const SIGNING_HEADERS = new Set([
  'authorization',
  'x-amz-date',
  'x-amz-security-token',
  'x-amz-content-sha256',
]);

/** SigV4 auth as an import found it (values may still be `{{variables}}`). */
export interface SigV4Found {
  type: 'sigv4';
  region?: string;
  service?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  authInQuery?: boolean;
  /** The source named the region field but left it empty. */
  emptyRegion?: boolean;
}

/** Auth as an import found it, secrets still in place; the importer takes them out before the file is built. */
export type FoundAuth =
  | SigV4Found
  | { type: 'none' }
  | { type: 'bearer'; token: string }
  | { type: 'basic'; username: string; password: string }
  | { type: 'apikey'; key: string; value: string; in: 'header' | 'query' };

/** A request as a format parser sees it, before it becomes a request file. */
export interface RawRequest {
  name: string;
  folder: string;
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body?: string;
  /** Undefined: the source gave the request no auth (it is sent without any). */
  auth?: FoundAuth;
}

/** Collects the secrets of an import, one entry per distinct key, each with a placeholder reference. */
export class SecretCollector {
  readonly secrets: FoundSecret[] = [];

  /** The placeholder reference for a key, adding it on first sight. */
  add(
    key: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
    label: string,
    kind: FoundSecret['kind'] = 'aws',
  ): string {
    const same = this.secrets.find(
      (s) =>
        s.accessKeyId === key.accessKeyId &&
        s.secretAccessKey === key.secretAccessKey &&
        s.sessionToken === key.sessionToken,
    );
    if (same) return same.ref;
    const ref = `import:${this.secrets.length + 1}`;
    this.secrets.push({ ref, label, kind, ...key });
    return ref;
  }
}

const MAX_NAME = 200;
const MAX_FOLDER = 500;

/** A folder path one level deeper, unless that would pass the length a collection holds (deep nesting is flattened there). */
export function childFolder(parent: string, name: string, report: ConversionReport): string {
  const part = name.replace(/\//g, '-').trim().slice(0, 100) || 'folder';
  const path = parent ? `${parent}/${part}` : part;
  if (path.length <= MAX_FOLDER) return path;
  report.add(
    'changed',
    path.slice(0, 80),
    'folders nested this deep are flattened into their parent',
  );
  return parent;
}

function keepHeaders(raw: RawRequest, report: ConversionReport): Array<[string, string]> {
  return raw.headers.filter(([name]) => {
    if (!SIGNING_HEADERS.has(name.toLowerCase())) return true;
    report.add(
      'dropped',
      raw.name,
      raw.auth?.type === 'sigv4'
        ? `header ${name} dropped: the request is signed again when sent`
        : `header ${name} dropped: a stale signature header of a request without SigV4 auth`,
    );
    return false;
  });
}

function sigv4Target(
  auth: SigV4Found,
  host: string,
  raw: RawRequest,
  report: ConversionReport,
): { region?: string; service?: string } {
  const fromHost = awsSigningTarget(host);
  const region = auth.region || fromHost?.region;
  const service = auth.service || fromHost?.service;
  if (auth.emptyRegion)
    report.add(
      'changed',
      raw.name,
      region
        ? 'SigV4 auth with an empty region: the region of the host is used'
        : "SigV4 auth with an empty region: the collection's default region is used",
    );
  return { ...(region ? { region } : {}), ...(service ? { service } : {}) };
}

/** Builds a request file from a parsed request; the auth's secrets were already taken out by the caller. */
export function toRequestFile(raw: RawRequest, report: ConversionReport): RequestFile {
  const url = splitUrl(raw.url);
  const method = raw.method.toUpperCase();
  const request: RequestFile = {
    formatVersion: FORMAT_VERSION,
    name: raw.name.trim().slice(0, MAX_NAME) || 'Request',
    folder: raw.folder,
    method: /^[A-Z]+$/.test(method) ? method : 'GET',
    path: url.path,
    query: url.query,
    headers: keepHeaders(raw, report),
  };
  const auth = raw.auth ?? { type: 'none' };
  if (auth.type === 'sigv4') {
    Object.assign(request, sigv4Target(auth, url.host, raw, report));
    // A plain regional AWS host is rebuilt from region and service; any other origin is kept.
    if (url.origin && !awsHostParts(url.host)) request.endpoint = url.origin;
    if (auth.authInQuery) request.authInQuery = true;
    request.auth = { type: 'sigv4' };
  } else {
    const target = awsSigningTarget(url.host);
    if (target?.region && !target.region.includes('{{')) request.region = target.region;
    if (target) request.service = target.service;
    if (url.origin) request.endpoint = url.origin;
    request.auth = { type: 'none' };
  }
  if (raw.body !== undefined && raw.body !== '') request.body = { kind: 'text', text: raw.body };
  return request;
}

/** Assembles a collection from request files, choosing the default region and service from the first request that has them. */
export function assembleCollection(options: {
  name: string;
  requests: RequestFile[];
  environments: Environment[];
  credentialId?: string;
}): CollectionData {
  const taken: string[] = [];
  const requests: CollectionRequest[] = options.requests.map((request) => {
    const slug = uniqueSlug(request.name, taken);
    taken.push(slug);
    return { slug, request };
  });
  const values = new Map(
    options.environments[0]?.variables.flatMap((v) =>
      'value' in v ? [[v.name, v.value] as const] : [],
    ),
  );
  const concrete = (text: string | undefined): string | undefined =>
    text && text.includes('{{')
      ? text.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (w, n: string) => values.get(n) ?? w)
      : text;
  const region =
    requests.map((r) => concrete(r.request.region)).find((r) => r && !r.includes('{{')) ??
    'us-east-1';
  const service =
    requests.map((r) => concrete(r.request.service)).find((s) => s && !s.includes('{{')) ?? 'sts';
  const folders = [...new Set(requests.map((r) => r.request.folder).filter(Boolean))];
  return {
    collection: {
      formatVersion: FORMAT_VERSION,
      name: options.name,
      service,
      region,
      ...(options.credentialId ? { credentialId: options.credentialId } : {}),
      environments: options.environments,
      folders,
      order: requests.map((r) => r.slug),
    },
    requests,
  };
}
