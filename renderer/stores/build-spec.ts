import type { RequestSpecInput } from '../../shared/ipc/operations/request';
import type { RequestDraft } from './request-store';

export type BuiltSpec = { ok: true; spec: RequestSpecInput } | { ok: false; message: string };

const bodyless = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

/** Fills `{Label}` and `{Label+}` placeholders of a path template; reports the first one left empty. */
export function fillPathLabels(
  path: string,
  labels: Record<string, string>,
): { path: string; missing?: string } {
  let missing: string | undefined;
  const filled = path.replace(/\{([^}+]+)(\+?)\}/g, (whole, name: string) => {
    const value = labels[name];
    if (value === undefined) return whole;
    if (value === '') {
      missing ??= name;
      return whole;
    }
    return value;
  });
  return missing === undefined ? { path: filled } : { path: filled, missing };
}

/** Turns the draft into the contract's request spec, or says what to fix first. */
export function buildRequestSpec(draft: RequestDraft): BuiltSpec {
  if (!draft.region) return { ok: false, message: 'Pick a region.' };
  if (!draft.service) return { ok: false, message: 'Pick a service.' };
  if (!draft.path.startsWith('/')) return { ok: false, message: 'The path must start with /.' };
  const { path, missing } = fillPathLabels(draft.path, draft.labels);
  if (missing) return { ok: false, message: `Fill the path label {${missing}}.` };
  const spec: RequestSpecInput = {
    region: draft.region,
    service: draft.service,
    method: draft.method,
    path,
    query: draft.query
      .filter((row) => row.enabled && row.name !== '')
      .map((row) => [row.name, row.value === '' && row.bare ? null : row.value]),
    headers: draft.headers
      .filter((row) => row.enabled && row.name !== '')
      .map((row) => [row.name, row.value]),
  };
  if (draft.operation) spec.operation = draft.operation;
  if (draft.body !== '' && !bodyless.has(draft.method))
    spec.body = { kind: 'text', text: draft.body };
  if (draft.endpoint.trim() !== '') spec.endpoint = draft.endpoint.trim();
  if (draft.credentialId) spec.credentialId = draft.credentialId;
  if (draft.timeoutMs !== undefined) spec.timeoutMs = draft.timeoutMs;
  if (draft.auth) spec.auth = draft.auth;
  return { ok: true, spec };
}

/** True when the draft's content-type header says the body is JSON. */
export function isJsonContentType(draft: Pick<RequestDraft, 'headers'>): boolean {
  const header = draft.headers.find(
    (row) => row.enabled && row.name.toLowerCase() === 'content-type',
  );
  return header ? /json/i.test(header.value) : false;
}
