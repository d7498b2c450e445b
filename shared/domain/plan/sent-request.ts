import { isSensitiveName } from './steps';
import type { SentRequest } from './types';

/** The parts of a request spec a plan reads (the contract's `RequestSpec` fits). */
export interface RequestLike {
  service: string;
  region: string;
  operation?: string | undefined;
  method: string;
  path: string;
  query?: ReadonlyArray<readonly [string, string | null]>;
  headers?: ReadonlyArray<readonly [string, string]>;
  body?: { kind: 'text'; text: string } | { kind: 'base64'; data: string } | undefined;
}

function splitQuery(path: string): { path: string; query: Array<[string, string | null]> } {
  const at = path.indexOf('?');
  if (at < 0) return { path, query: [] };
  const query = path
    .slice(at + 1)
    .split('&')
    .filter((part) => part !== '')
    .map((part): [string, string | null] => {
      const eq = part.indexOf('=');
      const decode = (text: string) => {
        try {
          return decodeURIComponent(text.replace(/\+/g, ' '));
        } catch {
          return text;
        }
      };
      return eq < 0
        ? [decode(part), null]
        : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))];
    });
  return { path: path.slice(0, at), query };
}

/**
 * The request as a plan keeps it: no credential id, endpoint or signing date, and no header or
 * query parameter that may carry a secret (authorization, tokens, signatures, keys).
 */
export function toSentRequest(spec: RequestLike): SentRequest {
  const split = splitQuery(spec.path);
  const query = [
    ...split.query,
    ...(spec.query ?? []).map(([k, v]): [string, string | null] => [k, v]),
  ];
  const sent: SentRequest = {
    service: spec.service,
    region: spec.region,
    method: spec.method.toUpperCase(),
    path: split.path === '' ? '/' : split.path,
    query: query.filter(([name]) => !isSensitiveName(name) && !/^x-amz-/i.test(name)),
    headers: (spec.headers ?? [])
      .filter(([name]) => !isSensitiveName(name) || /^(x-amz-target|content-type)$/i.test(name))
      .map(([k, v]): [string, string] => [k, v]),
  };
  if (spec.operation) sent.operation = spec.operation;
  if (spec.body?.kind === 'text' && spec.body.text !== '') sent.body = spec.body.text;
  return sent;
}

/** A copy of a sent request with only the fields a plan keeps and no secret-bearing header or query parameter. */
export function cleanSentRequest(request: SentRequest): SentRequest {
  return toSentRequest({
    service: request.service,
    region: request.region,
    operation: request.operation,
    method: request.method,
    path: request.path,
    query: request.query,
    headers: request.headers,
    ...(request.body !== undefined ? { body: { kind: 'text' as const, text: request.body } } : {}),
  });
}
