import { parse } from 'shell-quote';
import type { RequestFile, Variable } from '../schema';
import { ConversionReport } from '../report';
import { applyAuth, authFromHeaders } from './auth-import';
import { SecretCollector, assembleCollection, toRequestFile } from './common';
import type { RawRequest } from './common';
import {
  DATA_OPTIONS,
  LONG_WITH_VALUE,
  SHORT_NAMES,
  SHORT_WITH_VALUE,
  dataUrlencode,
} from './curl-options';
import { readCurlScript } from './curl-lines';
import type { CurlChunk } from './curl-lines';
import type { ImportResult } from './postman-import';
import { buildEnvironment } from './postman-variables';
import { withImpliedScheme } from './url';

interface CurlState {
  raw: RawRequest;
  data: string[];
  isGet: boolean;
  user?: string;
  sigv4?: string;
  urlQuery: string[];
}

const AWS_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];

/** A command's words as the shell gives them to curl, `$VAR` and `${VAR}` kept as `{{VAR}}`. */
function words(chunk: CurlChunk): string[] {
  const tokens = parse(chunk.text.replace(/\\\r?\n/g, ' '), (name) => `{{${name}}}`);
  const args: string[] = [];
  for (const token of tokens.slice(1)) {
    if (typeof token === 'string') args.push(token);
    else if ('op' in token && token.op === 'glob') args.push(token.pattern);
    else break; // a pipe, redirection, `;` or comment ends the command
  }
  return args;
}

/** Splits words into [option, value] pairs as curl does: clustered short flags, attached values. */
function options(args: string[]): Array<[string, string | undefined]> {
  const out: Array<[string, string | undefined]> = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 && !LONG_WITH_VALUE.has(arg) ? arg.slice(0, eq) : arg;
      if (LONG_WITH_VALUE.has(name))
        out.push([name, eq > 0 && name !== arg ? arg.slice(eq + 1) : args[++i]]);
      else out.push([arg, undefined]);
    } else if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j] as string;
        const long = SHORT_NAMES[letter] ?? `-${letter}`;
        if (!SHORT_WITH_VALUE.has(letter)) {
          out.push([long, undefined]);
          continue;
        }
        out.push([long, j + 1 < arg.length ? arg.slice(j + 1) : args[++i]]);
        break;
      }
    } else out.push(['', arg]);
  }
  return out;
}

function applyData(
  state: CurlState,
  option: string,
  value: string,
  report: ConversionReport,
): void {
  const where = state.raw.name;
  if (option === '--data-urlencode') {
    const encoded = dataUrlencode(value);
    if (encoded === undefined)
      report.add(
        'dropped',
        where,
        `--data-urlencode ${value}: a value read from a file is not imported`,
      );
    else state.data.push(encoded);
    return;
  }
  if (value.startsWith('@') && option !== '--data-raw') {
    report.add('dropped', where, `${option} ${value}: a body read from a file is not imported`);
    return;
  }
  // curl strips line breaks from -d/--data/--data-ascii values, as a file read with them would be.
  state.data.push(
    option === '--data' || option === '--data-ascii' ? value.replace(/[\r\n]/g, '') : value,
  );
  if (option === '--json') {
    state.raw.headers.push(['Content-Type', 'application/json'], ['Accept', 'application/json']);
  }
}

function applyOption(
  state: CurlState,
  option: string,
  value: string | undefined,
  report: ConversionReport,
): void {
  const where = state.raw.name;
  if (option === '') state.raw.url ||= value ?? '';
  else if (option === '--url') state.raw.url = value ?? '';
  else if (option === '--request') state.raw.method = (value ?? '').toUpperCase();
  else if (option === '--header') {
    const at = (value ?? '').indexOf(':');
    if (at > 0)
      state.raw.headers.push([
        (value as string).slice(0, at).trim(),
        (value as string).slice(at + 1).trim(),
      ]);
  } else if (DATA_OPTIONS.has(option)) applyData(state, option, value ?? '', report);
  else if (option === '--url-query') state.urlQuery.push(dataUrlencode(value ?? '') ?? value ?? '');
  else if (option === '--user') state.user = value;
  else if (option === '--aws-sigv4') state.sigv4 = value;
  else if (option === '--oauth2-bearer') state.raw.auth = { type: 'bearer', token: value ?? '' };
  else if (option === '--get') state.isGet = true;
  else if (option === '--head') state.raw.method = 'HEAD';
  else if (option === '--form' || option === '--form-string' || option === '--upload-file')
    report.add('dropped', where, `${option}: form and file uploads are not imported`);
  else
    report.add(
      'dropped',
      where,
      `${option}${value === undefined ? '' : ' …'}: a client setting, not part of the request`,
    );
}

function setAuth(state: CurlState, env: ReadonlyMap<string, string>): void {
  const { raw } = state;
  const user = state.user ?? '';
  const colon = user.indexOf(':');
  const [name, secret] = colon < 0 ? [user, ''] : [user.slice(0, colon), user.slice(colon + 1)];
  if (state.sigv4 !== undefined) {
    const [, , region, service] = state.sigv4.split(':');
    const token = raw.headers.find(([h]) => h.toLowerCase() === 'x-amz-security-token')?.[1];
    raw.auth = {
      type: 'sigv4',
      ...(region ? { region } : {}),
      ...(service ? { service } : {}),
      ...(name
        ? { accessKeyId: name }
        : env.get('AWS_ACCESS_KEY_ID')
          ? { accessKeyId: '{{AWS_ACCESS_KEY_ID}}' }
          : {}),
      ...(secret ? { secretAccessKey: secret } : {}),
      ...(token
        ? { sessionToken: token }
        : env.get('AWS_SESSION_TOKEN')
          ? { sessionToken: '{{AWS_SESSION_TOKEN}}' }
          : {}),
    };
  } else if (state.user !== undefined)
    raw.auth = { type: 'basic', username: name, password: secret };
  authFromHeaders(raw);
}

function finish(
  state: CurlState,
  report: ConversionReport,
  env: ReadonlyMap<string, string>,
): RawRequest {
  const { raw } = state;
  const data = state.data.join('&');
  const extra = [...(state.isGet && data ? [data] : []), ...state.urlQuery].join('&');
  raw.url = withImpliedScheme(raw.url);
  if (extra) raw.url += `${raw.url.includes('?') ? '&' : '?'}${extra}`;
  if (data && !state.isGet) {
    raw.body = data;
    if (
      !raw.headers.some(([h]) => h.toLowerCase() === 'content-type') &&
      !state.data.some(() => false)
    )
      raw.headers.push(['Content-Type', 'application/x-www-form-urlencoded']);
  }
  raw.method ||= data && !state.isGet ? 'POST' : 'GET';
  setAuth(state, env);
  const host = /^[a-z]+:\/\/([^/?#]*)/i.exec(raw.url)?.[1] ?? '';
  if (/^\.|\.\.|<|>/.test(host))
    report.add(
      'changed',
      raw.name,
      `the host "${host}" is a placeholder: set the real one before sending`,
    );
  if (!raw.url) report.add('changed', raw.name, 'the command names no URL');
  return raw;
}

/**
 * Reads curl commands as curl parses them: clustered and attached short options, implied `http://`,
 * `--aws-sigv4`, `--user`, `--oauth2-bearer`, data options (`--data-urlencode` encoded), `$VAR` kept
 * as `{{VAR}}`. `export` lines give variables; AWS keys among them are offered to the credential store.
 */
export function importCurl(text: string, name = 'Imported from cURL'): ImportResult {
  const report = new ConversionReport();
  const collector = new SecretCollector();
  const script = readCurlScript(text);
  const raws = script.chunks.map((chunk, index) => {
    const state: CurlState = {
      raw: {
        name: chunk.name ?? `Request ${index + 1}`,
        folder: '',
        method: '',
        url: '',
        headers: [],
      },
      data: [],
      isGet: false,
      urlQuery: [],
    };
    for (const [option, value] of options(words(chunk))) applyOption(state, option, value, report);
    return finish(state, report, script.assignments);
  });
  const secretVariables = new Map<string, Variable>();
  const context = { collector, variables: script.assignments, secretVariables, report };
  const requests: RequestFile[] = raws.map((raw) =>
    applyAuth(raw, toRequestFile(raw, report), context),
  );
  const variables = [...script.assignments]
    .filter(([key]) => !AWS_VARIABLES.includes(key) || secretVariables.has(key))
    .map(([key, value]) => ({ name: key, value }));
  for (const key of AWS_VARIABLES)
    if (script.assignments.has(key) && !secretVariables.has(key))
      report.add(
        'secret',
        `variable ${key}`,
        'an AWS value of an export line was not written; choose a credential for the collection',
      );
  const environments = buildEnvironment(
    variables,
    { secretVariables, collector, report },
    { name: 'Shell variables', requests },
  );
  const firstRef = requests.find((r) => r.credentialId)?.credentialId;
  const data = assembleCollection({
    name,
    requests,
    environments,
    ...(firstRef ? { credentialId: firstRef } : {}),
  });
  return { data, secrets: collector.secrets, notes: report.grouped() };
}
