import {
  joinBasePath,
  resolveEndpointText,
  environmentValues,
  findVariables,
  secretReferences,
  substitute,
} from '../../../shared/domain/collection';
import type { CollectionData, Environment } from '../../../shared/domain/collection';
import { authTexts, mapAuthTexts } from '../../../shared/ipc/operations/auth';
import type { RequestSpecInput } from '../../../shared/ipc/operations/request';

/** A spec with its `{{variables}}` filled, or the names that could not be filled. */
export type AppliedVariables =
  { ok: true; spec: RequestSpecInput } | { ok: false; unresolved: string[] };

/** How a variable is known: a plain value, a credential-store reference, or not at all. */
export type VariableState =
  | { name: string; state: 'resolved'; value: string }
  | { name: string; state: 'secret' }
  | { name: string; state: 'unresolved' };

/** The environment the user picked in the open collection; none when no collection is open. */
export function activeEnvironment(state: {
  dir: string | undefined;
  data: CollectionData | undefined;
  environment: string | undefined;
}): Environment | undefined {
  if (!state.dir || !state.data || state.environment === undefined) return undefined;
  return state.data.collection.environments.find((e) => e.name === state.environment);
}

/** The names of the environment's secret variables (their values live in the credential store only). */
export function secretNames(environment: Environment | undefined): Set<string> {
  const names = new Set<string>();
  for (const variable of environment?.variables ?? [])
    if ('secret' in variable) names.add(variable.name);
  return names;
}

/** Every text of a spec that may hold `{{name}}`: region, service, path, query, headers, text body, endpoint. */
export function specTexts(spec: RequestSpecInput): string[] {
  const texts = [spec.region, spec.service, spec.path, spec.endpoint ?? ''];
  for (const [key, value] of spec.query ?? []) texts.push(key, value ?? '');
  for (const [key, value] of spec.headers ?? []) texts.push(key, value);
  if (spec.body?.kind === 'text') texts.push(spec.body.text);
  texts.push(...authTexts(spec.auth));
  return texts;
}

/** Each variable the texts use, once, in order of appearance, with what the environment knows of it. */
export function variableStates(
  texts: readonly string[],
  environment: Environment | undefined,
): VariableState[] {
  const values = environmentValues(environment);
  const secrets = secretNames(environment);
  const states = new Map<string, VariableState>();
  for (const text of texts)
    for (const { name } of findVariables(text, values)) {
      if (states.has(name)) continue;
      const value = values.get(name);
      if (value !== undefined) states.set(name, { name, state: 'resolved', value });
      else states.set(name, { name, state: secrets.has(name) ? 'secret' : 'unresolved' });
    }
  return [...states.values()];
}

function fillSpec(spec: RequestSpecInput, values: ReadonlyMap<string, string>): RequestSpecInput {
  const fill = (text: string): string => substitute(text, values);
  const filled: RequestSpecInput = {
    ...spec,
    region: fill(spec.region),
    service: fill(spec.service),
    path: fill(spec.path),
  };
  if (spec.query) filled.query = spec.query.map(([k, v]) => [fill(k), v === null ? null : fill(v)]);
  if (spec.headers) filled.headers = spec.headers.map(([k, v]) => [fill(k), fill(v)]);
  if (spec.body?.kind === 'text') filled.body = { kind: 'text', text: fill(spec.body.text) };
  if (spec.auth) filled.auth = mapAuthTexts(spec.auth, fill);
  // A base-URL template (`{{baseUrl}}` = `https://host/prod`): its origin is the endpoint, its path goes first.
  const endpoint = spec.endpoint === undefined ? undefined : fill(spec.endpoint);
  const resolved = endpoint && !endpoint.includes('{{') ? resolveEndpointText(endpoint) : undefined;
  if (resolved) {
    filled.endpoint = resolved.origin;
    filled.path = joinBasePath(resolved.basePath, filled.path);
  } else if (endpoint !== undefined) filled.endpoint = endpoint;
  return filled;
}

/**
 * Fills the environment's plain `{{variables}}` into a spec. Secret ones stay as `{{name}}` and go as
 * references in `secretVariables`, for the privileged side to fill: the renderer never holds their value.
 * A variable the environment does not know blocks the send.
 */
export function applyVariables(
  spec: RequestSpecInput,
  environment: Environment | undefined,
): AppliedVariables {
  const states = variableStates(specTexts(spec), environment);
  const missing = states.filter((s) => s.state === 'unresolved');
  if (missing.length > 0) return { ok: false, unresolved: missing.map((s) => s.name) };
  const secret = states.filter((s) => s.state === 'secret').map((s) => s.name);
  const secretVariables = secretReferences(environment, secret);
  const filled = fillSpec(spec, environmentValues(environment));
  return { ok: true, spec: secretVariables.length > 0 ? { ...filled, secretVariables } : filled };
}
