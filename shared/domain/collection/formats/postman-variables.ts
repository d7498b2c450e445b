import { authTexts } from '../../../ipc/operations/auth';
import type { Environment, RequestFile, Variable } from '../schema';
import type { ConversionReport } from '../report';
import { isPlaceholder } from './auth-import';
import type { SecretCollector } from './common';
import { isObj, str } from './json-values';
import type { Obj } from './json-values';

const SECRET_NAME = /secret|password|passwd|token|api.?key|private.?key|credential/i;

/** A variable as a source holds it; `secret` when the source marks it so (Postman's `type: secret`). */
export interface SourceVariable {
  name: string;
  value: string;
  secret?: boolean;
}

/** Where secret variables go: references already made by auth, and the collector for the others. */
export interface VariableSecrets {
  secretVariables: ReadonlyMap<string, Variable>;
  collector: SecretCollector;
  report: ConversionReport;
}

/** The enabled variables of a Postman collection (`variable`) or environment (`values`), in order. */
export function readVariableList(list: unknown): SourceVariable[] {
  const out: SourceVariable[] = [];
  for (const v of Array.isArray(list) ? list : [])
    if (isObj(v) && typeof v.key === 'string' && v.disabled !== true && v.enabled !== false)
      out.push({
        name: v.key,
        value: str(v.value) ?? '',
        ...(v.type === 'secret' ? { secret: true } : {}),
      });
  return out;
}

/** The collection's enabled variables by name. */
export function readVariables(root: Obj): Map<string, string> {
  return new Map(readVariableList(root.variable).map((v) => [v.name, v.value]));
}

function requestTexts(requests: readonly RequestFile[]): string[] {
  const texts: string[] = [];
  for (const r of requests) {
    texts.push(r.path, r.endpoint ?? '', r.region ?? '', r.service ?? '', ...authTexts(r.auth));
    for (const [k, v] of r.query) texts.push(k, v ?? '');
    for (const [k, v] of r.headers) texts.push(k, v);
    if (r.body?.kind === 'text') texts.push(r.body.text);
  }
  return texts;
}

/** Postman's dynamic variables (`{{$guid}}`, `{{$timestamp}}`) the requests use, each once. */
function dynamicNames(requests: readonly RequestFile[]): string[] {
  const names = new Set<string>();
  for (const text of requestTexts(requests))
    for (const m of text.matchAll(/\{\{\s*(\$[A-Za-z0-9_]+)\s*\}\}/g)) names.add(m[1] as string);
  return [...names];
}

function requestNames(requests: readonly RequestFile[]): string[] {
  const names = new Set<string>();
  for (const text of requestTexts(requests))
    for (const m of text.matchAll(/\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g)) names.add(m[1] as string);
  return [...names];
}

function toVariable(source: SourceVariable, secrets: VariableSecrets): Variable {
  const { name, value } = source;
  const reference = secrets.secretVariables.get(name);
  if (reference) {
    secrets.report.add(
      'secret',
      `variable ${name}`,
      'value kept out of the folder: it is offered to the credential store',
    );
    return reference;
  }
  if (!(source.secret || SECRET_NAME.test(name)) || !value || isPlaceholder(value))
    return { name, value };
  const ref = secrets.collector.add(
    { accessKeyId: name, secretAccessKey: value },
    `Imported variable ${name}`,
    'variable',
  );
  secrets.report.add(
    'secret',
    `variable ${name}`,
    'looks secret: its value is offered to the credential store, not written',
  );
  return { name, secret: { credentialId: ref, field: 'secretAccessKey' } };
}

/**
 * Variables as an environment: secret ones become references to the credential store, and every
 * `{{name}}` the requests use that the source never defined is added empty and named in the report.
 */
export function buildEnvironment(
  variables: ReadonlyMap<string, string> | readonly SourceVariable[],
  secrets: VariableSecrets,
  options: { name: string; requests: readonly RequestFile[]; placeholders?: ReadonlySet<string> },
): Environment[] {
  const list: SourceVariable[] = Array.isArray(variables)
    ? [...variables]
    : [...(variables as ReadonlyMap<string, string>)].map(([name, value]) => ({ name, value }));
  const known = new Set(list.map((v) => v.name));
  const out = list.map((v) => toVariable(v, secrets));
  for (const name of requestNames(options.requests)) {
    if (known.has(name)) continue;
    known.add(name);
    out.push({ name, value: '' });
    secrets.report.add(
      'changed',
      `variable ${name}`,
      options.placeholders?.has(name)
        ? `the placeholder <${name}> became the variable {{${name}}}: set its value before sending`
        : 'used by requests but not defined in the file: added empty, set it before sending',
    );
  }
  // Postman makes up a value for these on every send; nothing here does, so the user must know.
  for (const name of dynamicNames(options.requests))
    secrets.report.add(
      'changed',
      `variable {{${name}}}`,
      'a Postman dynamic variable: Postman generates its value on each send, this app does not; replace it or define it before sending',
    );
  return out.length > 0 ? [{ name: options.name, variables: out }] : [];
}
