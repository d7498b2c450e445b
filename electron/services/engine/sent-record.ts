import { StudioError } from '../../../shared/ipc/errors';
import type { RequestBody, RequestSpec } from '../../../shared/ipc/operations/request';

/** A request that went on the wire, as history may keep it: no signature, no token, no secret. */
export interface SentRequest {
  spec: RequestSpec;
  /** The operation, when the spec names one: history's display name. */
  name?: string;
  status?: number;
  error?: string;
  durationMs?: number;
}

// The signer writes these; a copy typed by the user would be stale, and two of them carry secrets.
const SIGNING_HEADERS = new Set([
  'authorization',
  'x-amz-security-token',
  'x-amz-date',
  'x-amz-content-sha256',
]);
const PRESIGN_QUERY = new Set(['x-amz-signature', 'x-amz-security-token', 'x-amz-credential']);
/** Bodies kept in history are bounded (the history store cuts text bodies to 64 KiB as well). */
export const MAX_RECORDED_BODY_CHARS = 64 * 1024;
const MAX_ERROR_CHARS = 2000;

function recordedBody(
  body: RequestBody,
  redact: (text: string) => string,
): RequestBody | undefined {
  if (body.kind === 'text')
    return { kind: 'text', text: redact(body.text.slice(0, MAX_RECORDED_BODY_CHARS)) };
  if (body.data.length > MAX_RECORDED_BODY_CHARS) return undefined;
  // A secret inside binary data cannot be replaced in place: such a body is left out.
  const asText = Buffer.from(body.data, 'base64').toString('latin1');
  return redact(asText) === asText ? body : undefined;
}

/** The spec as history keeps it: signing headers and presigning parameters dropped, secrets replaced. */
export function recordedSpec(spec: RequestSpec, redact: (text: string) => string): RequestSpec {
  const { body, ...rest } = spec;
  const kept = body ? recordedBody(body, redact) : undefined;
  return {
    ...rest,
    path: redact(spec.path),
    query: spec.query
      .filter(([key]) => !PRESIGN_QUERY.has(key.toLowerCase()))
      .map(([key, value]) => [redact(key), value === null ? null : redact(value)]),
    headers: spec.headers
      .filter(([name]) => !SIGNING_HEADERS.has(name.toLowerCase()))
      .map(([name, value]) => [name, redact(value)]),
    ...(kept ? { body: kept } : {}),
  };
}

/** What history says about a failed exchange: a StudioError's code and message, else only the error's kind. */
export function describeFailure(error: unknown, redact: (text: string) => string): string {
  const text =
    error instanceof StudioError
      ? `${error.code}: ${error.message}`
      : error instanceof Error
        ? error.name
        : 'error';
  return redact(text).slice(0, MAX_ERROR_CHARS);
}
