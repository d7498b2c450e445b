import { awsCatalog, findOperation, requireService } from '../../../shared/aws/catalog';
import type { Catalog, CatalogService } from '../../../shared/aws/catalog';
import { resolveEndpoint } from '../../../shared/aws/endpoints';
import type { ResolvedEndpoint } from '../../../shared/aws/endpoints';
import { operationTemplate } from '../../../shared/aws/operation-template';
import { StudioError } from '../../../shared/ipc/errors';
import type { RequestBody, RequestSpec } from '../../../shared/ipc/operations/request';
import { encodeStrict } from '../signing';
import type { WireRequest } from '../signing';

/** A request spec turned into what goes on the wire, before signing. */
export interface PreparedRequest {
  service: CatalogService;
  endpoint: ResolvedEndpoint;
  wire: WireRequest;
  /** Whether the signer applies S3's rules (path encoded once, never normalised). */
  isS3: boolean;
}

const BODYLESS = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE']);

/**
 * Encodes a decoded path once for the wire, segment by segment, keeping only RFC 3986 unreserved
 * characters. Empty segments (`//`) go out as written: for every service but S3 the signer signs
 * the normalised path, as botocore does (AWS's get-slashes vector). Refuses `.` and `..`, which
 * proxies and URL parsers rewrite after signing.
 */
export function encodeWirePath(path: string): string {
  if (!path.startsWith('/'))
    throw new StudioError('invalid-input', `The path must start with "/": ${path}`);
  const segments = path.split('/');
  segments.forEach((segment) => {
    if (segment === '.' || segment === '..') {
      // SigV4 normalises dot segments for most services, and proxies and URL parsers rewrite them,
      // so the signed path and the path the server sees could differ.
      throw new StudioError(
        'invalid-input',
        `The path segment "${segment}" cannot be sent safely: "." and ".." are rewritten on the way (an S3 key with such a segment cannot be addressed by path).`,
      );
    }
  });
  return segments.map(encodeStrict).join('/');
}

/** The bytes of a request body exactly as given. */
export function bodyBytes(body: RequestBody | undefined): Uint8Array {
  if (!body) return new Uint8Array(0);
  if (body.kind === 'text') return new TextEncoder().encode(body.text);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body.data) || body.data.length % 4 !== 0) {
    throw new StudioError('invalid-input', 'The base64 body is not valid base64.');
  }
  const bytes = Buffer.from(body.data, 'base64');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Refuses header names and values that HTTP would reject or that could smuggle another header. */
export function checkHeaders(headers: ReadonlyArray<readonly [string, string]>): void {
  for (const [name, value] of headers) {
    if (!TOKEN.test(name.trim()))
      throw new StudioError('invalid-input', `"${name}" is not a valid header name.`);
    if (/[\r\n\0]/.test(value))
      throw new StudioError(
        'invalid-input',
        `The value of header "${name}" contains a line break or NUL.`,
      );
  }
}

function hasHeader(headers: ReadonlyArray<readonly [string, string]>, name: string): boolean {
  return headers.some(([key]) => key.trim().toLowerCase() === name);
}

// The catalog's defaults (X-Amz-Target, Content-Type, a query/ec2 Action+Version form or `{}`) fill
// only what the user left out: a header or body the user gave always wins.
function withOperationDefaults(
  spec: RequestSpec,
  service: CatalogService,
): Pick<RequestSpec, 'headers' | 'body' | 'query'> {
  if (!spec.operation) return spec;
  const template = operationTemplate(service, spec.operation);
  const headers = [...spec.headers];
  for (const [name, value] of template.headers) {
    if (!hasHeader(spec.headers, name.toLowerCase())) headers.push([name, value]);
  }
  const isForm = service.protocol === 'query' || service.protocol === 'ec2';
  if (BODYLESS.has(spec.method)) {
    // A query/ec2 call sent as GET carries Action and Version in the query string instead.
    const needsAction = isForm && !spec.query.some(([key]) => key === 'Action');
    const query: RequestSpec['query'] = needsAction
      ? [
          ['Action', findOperation(service, spec.operation)?.name ?? spec.operation],
          ['Version', service.apiVersion],
          ...spec.query,
        ]
      : spec.query;
    return { headers, body: spec.body, query };
  }
  const useTemplateBody = !spec.body && template.body !== undefined;
  return {
    headers,
    body: useTemplateBody ? { kind: 'text', text: template.body as string } : spec.body,
    query: spec.query,
  };
}

function portOf(endpoint: ResolvedEndpoint): number | undefined {
  const port = endpoint.host.slice(endpoint.hostname.length).replace(/^\]?:/, '');
  return port ? Number(port) : undefined;
}

/** Resolves service and endpoint and builds the wire request for a spec (no credentials, no clock). */
export function prepareRequest(spec: RequestSpec, catalog: Catalog = awsCatalog): PreparedRequest {
  const service = requireService(catalog, spec.service);
  const endpoint = resolveEndpoint({
    service,
    region: spec.region,
    customEndpoint: spec.endpoint,
    operation: spec.operation,
  });
  const isS3 = endpoint.signingName === 's3';
  const { headers, body, query } = withOperationDefaults(spec, service);
  checkHeaders(headers);
  const wire: WireRequest = {
    method: spec.method,
    protocol: endpoint.url.startsWith('http:') ? 'http:' : 'https:',
    hostname: endpoint.hostname,
    path: encodeWirePath(spec.path),
    query,
    headers,
    body: bodyBytes(body),
  };
  const port = portOf(endpoint);
  if (port !== undefined) wire.port = port;
  return { service, endpoint, wire, isS3 };
}
