import { authTexts, mapAuthTexts } from '../../ipc/operations/auth';
import type { SecretVariable } from '../../ipc/operations/request';
import type { Environment } from './schema';
import type { RequestFile } from './schema';

/** One `{{name}}` occurrence in a text: where it is and whether a value is known for it. */
export interface VariableSpan {
  name: string;
  start: number;
  end: number;
  resolved: boolean;
}

const PATTERN = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

/** The plain values of an environment; secret variables are left out (they are resolved by the credential store). */
export function environmentValues(environment: Environment | undefined): Map<string, string> {
  const values = new Map<string, string>();
  for (const variable of environment?.variables ?? [])
    if ('value' in variable) values.set(variable.name, variable.value);
  return values;
}

/** References (never values) to the environment's secret variables among `names`, each once. */
export function secretReferences(
  environment: Environment | undefined,
  names: Iterable<string>,
): SecretVariable[] {
  const wanted = new Set(names);
  const references: SecretVariable[] = [];
  for (const variable of environment?.variables ?? [])
    if ('secret' in variable && wanted.has(variable.name)) {
      wanted.delete(variable.name);
      references.push({ name: variable.name, ...variable.secret });
    }
  return references;
}

/** Every `{{name}}` in a text, in order, marked resolved when `values` has it. */
export function findVariables(text: string, values: ReadonlyMap<string, string>): VariableSpan[] {
  return [...text.matchAll(PATTERN)].map((match) => ({
    name: match[1] as string,
    start: match.index,
    end: match.index + match[0].length,
    resolved: values.has(match[1] as string),
  }));
}

/** Replaces each known `{{name}}` by its value (once: values are not expanded again); unknown ones stay. */
export function substitute(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(PATTERN, (whole, name: string) => values.get(name) ?? whole);
}

function requestTexts(request: RequestFile): string[] {
  const texts = [request.path, request.endpoint ?? '', request.region ?? '', request.service ?? ''];
  for (const [key, value] of request.query) texts.push(key, value ?? '');
  for (const [key, value] of request.headers) texts.push(key, value);
  if (request.body?.kind === 'text') texts.push(request.body.text);
  texts.push(...authTexts(request.auth));
  return texts;
}

/** The names of variables a request uses that `values` cannot fill, each once. */
export function unresolvedVariables(
  request: RequestFile,
  values: ReadonlyMap<string, string>,
): string[] {
  const names = new Set<string>();
  for (const text of requestTexts(request))
    for (const span of findVariables(text, values)) if (!span.resolved) names.add(span.name);
  return [...names];
}

/** The request with `{{name}}` filled in path, query, headers, body, endpoint, region, service and auth. */
export function substituteRequest(
  request: RequestFile,
  values: ReadonlyMap<string, string>,
): RequestFile {
  const fill = (text: string): string => substitute(text, values);
  return {
    ...request,
    path: fill(request.path),
    query: request.query.map(([key, value]) => [fill(key), value === null ? null : fill(value)]),
    headers: request.headers.map(([key, value]) => [fill(key), fill(value)]),
    ...(request.body?.kind === 'text'
      ? { body: { kind: 'text', text: fill(request.body.text) } }
      : {}),
    ...(request.endpoint === undefined ? {} : { endpoint: fill(request.endpoint) }),
    ...(request.region === undefined ? {} : { region: fill(request.region) }),
    ...(request.service === undefined ? {} : { service: fill(request.service) }),
    ...(request.auth === undefined ? {} : { auth: mapAuthTexts(request.auth, fill) }),
  };
}
