import type { HttpRequest, QueryParameterBag } from '@smithy/types';
import type { SigningOptions, WireRequest } from './types';
import { encodePathSegments, encodeS3Path } from './uri-encoding';

const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
// Signing names that follow S3's rules (botocore signs them all with S3SigV4Auth).
const S3_SIGNING_NAMES = new Set(['s3', 's3-object-lambda', 's3-outposts']);
// Glacier, like S3, requires the x-amz-content-sha256 header (the v3 SDK's applyChecksum).
const CHECKSUM_HEADER_SIGNING_NAMES = new Set([...S3_SIGNING_NAMES, 'glacier']);

/** A WireRequest turned into smithy's request shape, plus the settings smithy must sign it with. */
export interface PreparedRequest {
  httpRequest: HttpRequest;
  /** The path to send. */
  wirePath: string;
  /** The host header value (with a non-default port). */
  host: string;
  uriEscapePath: boolean;
  applyChecksum: boolean;
  isS3: boolean;
}

/** Builds the request smithy signs: merged headers, host, null query values as empty strings, path mode. */
export function prepareRequest(request: WireRequest, options: SigningOptions): PreparedRequest {
  if (!request.path.startsWith('/')) throw new Error('The request path must start with "/".');
  const isS3 = options.s3 ?? S3_SIGNING_NAMES.has(options.signingName);
  const wirePath = isS3 ? encodeS3Path(request.path) : request.path;
  const normalize = options.normalizePath ?? true;
  // smithy offers "normalise + encode again" (non-S3) or "as is" (S3); a non-S3 request that must not
  // be normalised is encoded here and handed over as is.
  const signingPath = isS3 || normalize ? wirePath : encodePathSegments(wirePath);
  const host = hostHeaderValue(request);
  const headers = mergeHeaders(request.headers, options);
  if (!Object.keys(headers).some((name) => name.toLowerCase() === 'host')) {
    headers['host'] = host;
  }
  const httpRequest: HttpRequest = {
    method: request.method,
    protocol: request.protocol,
    hostname: request.hostname,
    path: signingPath,
    query: toQueryBag(request.query),
    headers,
    body: request.body,
  };
  if (request.port !== undefined) httpRequest.port = request.port;
  return {
    httpRequest,
    wirePath,
    host,
    uriEscapePath: !isS3 && normalize,
    applyChecksum:
      options.includeContentSha256 ??
      (isS3 || CHECKSUM_HEADER_SIGNING_NAMES.has(options.signingName)),
    isS3,
  };
}

/** The `host` header: hostname (bracketed if IPv6) plus the port unless it is the scheme's default. */
export function hostHeaderValue(
  request: Pick<WireRequest, 'protocol' | 'hostname' | 'port'>,
): string {
  const name =
    request.hostname.includes(':') && !request.hostname.startsWith('[')
      ? `[${request.hostname}]`
      : request.hostname;
  const defaultPort = request.protocol === 'https:' ? 443 : 80;
  return request.port === undefined || request.port === defaultPort
    ? name
    : `${name}:${request.port}`;
}

// SigV4 header value canonical form: line folds become spaces, runs of spaces/tabs collapse, ends trimmed.
function canonicalValue(value: string): string {
  return value
    .replace(/[\r\n]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/^ | $/g, '');
}

function mergeHeaders(
  headers: ReadonlyArray<readonly [string, string]>,
  options: SigningOptions,
): Record<string, string> {
  const merged = new Map<string, { name: string; values: string[] }>();
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (isReplacedHeader(lower, value, options)) continue;
    const entry = merged.get(lower);
    if (entry) entry.values.push(canonicalValue(value));
    else merged.set(lower, { name: name.trim(), values: [canonicalValue(value)] });
  }
  const record: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const { name, values } of merged.values()) record[name] = values.join(',');
  return record;
}

// Headers the signer owns: a user-supplied copy would be signed next to (or instead of) the real one.
function isReplacedHeader(lower: string, value: string, options: SigningOptions): boolean {
  if (lower === 'authorization' || lower === 'x-amz-date') return true;
  if (lower === 'x-amz-security-token') return Boolean(options.credentials.sessionToken);
  if (lower === 'x-amz-content-sha256') return value.trim() !== UNSIGNED_PAYLOAD;
  return false;
}

function toQueryBag(query: ReadonlyArray<readonly [string, string | null]>): QueryParameterBag {
  const bag: QueryParameterBag = Object.create(null) as QueryParameterBag;
  for (const [key, raw] of query) {
    // smithy's canonical query keeps its entries in a plain object, where this key is the prototype.
    if (key === '__proto__') throw new Error('A query parameter named __proto__ cannot be signed.');
    // A bare `?key` is canonicalised by AWS as `key=`; smithy would drop a null value entirely.
    const value = raw ?? '';
    const existing = bag[key];
    if (existing === undefined || existing === null) bag[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else bag[key] = [existing, value];
  }
  return bag;
}
