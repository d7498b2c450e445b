import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { awsCatalog, requireService } from '../../../shared/aws/catalog';
import { operationTemplate } from '../../../shared/aws/operation-template';
import { requestSpecSchema } from '../../../shared/ipc/operations/request';
import type { RequestBody, RequestSpec } from '../../../shared/ipc/operations/request';
import { UsageError } from '../command';

/** What `connector-studio send` was asked to do. */
export interface SendInvocation {
  spec: RequestSpec;
  profile?: string;
  dryRun: boolean;
  format: 'pretty' | 'json';
  output?: string;
}

const OPTIONS = {
  region: { type: 'string' },
  service: { type: 'string' },
  operation: { type: 'string' },
  method: { type: 'string' },
  path: { type: 'string' },
  query: { type: 'string', multiple: true },
  header: { type: 'string', multiple: true },
  body: { type: 'string' },
  'body-file': { type: 'string' },
  endpoint: { type: 'string' },
  profile: { type: 'string' },
  'signing-date': { type: 'string' },
  timeout: { type: 'string' },
  'dry-run': { type: 'boolean' },
  format: { type: 'string' },
  output: { type: 'string' },
} as const;

/** `k=v` → `['k', 'v']`; a bare `k` is a valueless key (`?k`). */
export function parseQueryArg(text: string): [string, string | null] {
  const eq = text.indexOf('=');
  return eq < 0 ? [text, null] : [text.slice(0, eq), text.slice(eq + 1)];
}

/** `Name: value` → `['Name', 'value']`. */
export function parseHeaderArg(text: string): [string, string] {
  const colon = text.indexOf(':');
  if (colon <= 0) throw new UsageError(`--header takes 'Name: value', not "${text}".`);
  return [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
}

function parseOptions(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false })
      .values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new UsageError(`--${name} is required.`);
  return value;
}

async function readBody(
  values: { body?: string; 'body-file'?: string },
  cwd: string,
): Promise<RequestBody | undefined> {
  if (values.body !== undefined && values['body-file'] !== undefined)
    throw new UsageError('Give --body or --body-file, not both.');
  if (values.body !== undefined) return { kind: 'text', text: values.body };
  if (values['body-file'] === undefined) return undefined;
  try {
    return {
      kind: 'base64',
      data: (await readFile(resolve(cwd, values['body-file']))).toString('base64'),
    };
  } catch (error) {
    throw new UsageError(
      `Cannot read --body-file ${values['body-file']}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}.`,
    );
  }
}

// --operation fills method, path and the URI's fixed query (`?list-type=2`); explicit flags win.
function requestLine(values: {
  service: string;
  operation?: string;
  method?: string;
  path?: string;
}): Pick<RequestSpec, 'method' | 'path' | 'query'> {
  if (!values.operation) {
    if (!values.method || !values.path)
      throw new UsageError('Give --operation, or both --method and --path.');
    return { method: values.method.toUpperCase(), path: values.path, query: [] };
  }
  const template = operationTemplate(requireService(awsCatalog, values.service), values.operation);
  const path = values.path ?? template.path;
  if (/\{[^}]+\}/.test(path)) {
    throw new UsageError(
      `${values.operation}'s path ${template.path} has labels (${template.labels.join(', ')}): give --path with them filled in.`,
    );
  }
  return { method: (values.method ?? template.method).toUpperCase(), path, query: template.query };
}

function parseTimeout(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new UsageError(`--timeout takes milliseconds, not "${text}".`);
  return ms;
}

/** Parses `send`'s arguments into a validated request spec; every mistake is a UsageError (exit 2). */
export async function parseSendArgs(argv: string[], cwd: string): Promise<SendInvocation> {
  const values = parseOptions(argv);
  const service = required(values.service, 'service');
  const format = values.format ?? 'pretty';
  if (format !== 'pretty' && format !== 'json')
    throw new UsageError(`--format must be pretty or json, not "${format}".`);
  const line = requestLine({ ...values, service });
  const userQuery = (values.query ?? []).map(parseQueryArg);
  const query = [
    ...line.query.filter(([key]) => !userQuery.some(([k]) => k === key)),
    ...userQuery,
  ];
  const parsed = requestSpecSchema.safeParse({
    region: required(values.region, 'region'),
    service,
    ...(values.operation ? { operation: values.operation } : {}),
    method: line.method,
    path: line.path,
    query,
    headers: (values.header ?? []).map(parseHeaderArg),
    body: await readBody(values, cwd),
    endpoint: values.endpoint,
    timeoutMs: parseTimeout(values.timeout),
    signingDate: values['signing-date'],
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `Invalid ${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'rejected'}.`,
    );
  }
  const invocation: SendInvocation = {
    spec: parsed.data,
    dryRun: values['dry-run'] === true,
    format,
  };
  if (values.profile) invocation.profile = values.profile;
  if (values.output) invocation.output = resolve(cwd, values.output);
  return invocation;
}
