import { parse } from 'shell-quote';
import type { RequestFile } from '../schema';
import { ConversionReport } from '../report';
import { SecretCollector, assembleCollection, toRequestFile } from './common';
import type { RawRequest } from './common';
import type { ImportResult } from './postman-import';

const DATA = new Set([
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-ascii',
  '--data-urlencode',
  '--json',
]);
const WITH_VALUE = new Set([
  '-X',
  '--request',
  '-H',
  '--header',
  '-u',
  '--user',
  '--aws-sigv4',
  '--url',
  '-o',
  '--output',
  '-A',
  '--user-agent',
  '-m',
  '--max-time',
  '--connect-timeout',
  '-x',
  '--proxy',
  '-b',
  '--cookie',
  '-e',
  '--referer',
  '-w',
  '--write-out',
  ...DATA,
]);

interface CurlState {
  raw: RawRequest;
  data: string[];
  isGet: boolean;
  user?: string;
}

interface Invocation {
  name?: string;
  args: string[];
}

/** Cuts a text into commands: each starts at a line beginning with `curl`; a `# comment` line just before names it. */
function chunks(text: string): Array<{ name?: string; text: string }> {
  const found: Array<{ name?: string; text: string }> = [];
  let pendingName: string | undefined;
  let current: { name?: string; text: string } | undefined;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    const continues = current?.text.trimEnd().endsWith('\\') ?? false;
    if (!continues && trimmed.startsWith('#'))
      pendingName = trimmed.replace(/^#+\s*/, '') || undefined;
    else if (!continues && /^curl(\s|$)/.test(trimmed)) {
      current = { ...(pendingName ? { name: pendingName } : {}), text: line };
      found.push(current);
      pendingName = undefined;
    } else if (current) current.text += `\n${line}`;
  }
  return found;
}

/** Splits a text into curl invocations, keeping `$VARS` as written. */
function invocations(text: string): Invocation[] {
  return chunks(text).map((chunk) => {
    const tokens = parse(chunk.text.replace(/\\\r?\n/g, ' '), (name) => `$${name}`);
    const args: string[] = [];
    for (const token of tokens.slice(1)) {
      if (typeof token === 'string') args.push(token);
      else if ('op' in token && token.op === 'glob') args.push(token.pattern);
      else if ('op' in token) break;
    }
    return { ...(chunk.name ? { name: chunk.name } : {}), args };
  });
}

function applyOption(
  state: CurlState,
  option: string,
  value: string,
  report: ConversionReport,
): void {
  const where = state.raw.name;
  if (option === '-X' || option === '--request') state.raw.method = value.toUpperCase();
  else if (option === '-H' || option === '--header') {
    const at = value.indexOf(':');
    if (at > 0) state.raw.headers.push([value.slice(0, at).trim(), value.slice(at + 1).trim()]);
  } else if (DATA.has(option)) {
    if (value.startsWith('@'))
      report.add('dropped', where, `${option} ${value}: a body read from a file is not imported`);
    else state.data.push(value);
    if (option === '--json') state.raw.headers.push(['Content-Type', 'application/json']);
    if (option === '--data-urlencode')
      report.add('changed', where, '--data-urlencode value kept as written (not encoded)');
  } else if (option === '-u' || option === '--user') state.user = value;
  else if (option === '--aws-sigv4') {
    const [, , region, service] = value.split(':');
    state.raw.auth = {
      ...state.raw.auth,
      ...(region ? { region } : {}),
      ...(service ? { service } : {}),
    };
  } else if (option === '--url') state.raw.url = value;
  else
    report.add('dropped', where, `${option} ${value}: a client setting, not part of the request`);
}

function readInvocation(
  { name, args }: Invocation,
  index: number,
  report: ConversionReport,
): CurlState {
  const state: CurlState = {
    raw: { name: name ?? `Request ${index + 1}`, folder: '', method: '', url: '', headers: [] },
    data: [],
    isGet: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const option = eq > 0 ? arg.slice(0, eq) : arg;
    if (WITH_VALUE.has(option))
      applyOption(state, option, eq > 0 ? arg.slice(eq + 1) : (args[++i] ?? ''), report);
    else if (option === '-G' || option === '--get') state.isGet = true;
    else if (option === '-I' || option === '--head') state.raw.method = 'HEAD';
    else if (option.startsWith('-') && option.length > 1)
      report.add('dropped', state.raw.name, `${option}: a client setting, not part of the request`);
    else if (!state.raw.url) state.raw.url = arg;
  }
  return state;
}

function finish(
  state: CurlState,
  collector: SecretCollector,
  report: ConversionReport,
): RequestFile {
  const { raw } = state;
  const data = state.data.join('&');
  if (state.isGet && data) raw.url += `${raw.url.includes('?') ? '&' : '?'}${data}`;
  else if (data) raw.body = data;
  raw.method ||= data && !state.isGet ? 'POST' : 'GET';
  const token = raw.headers.find(([name]) => name.toLowerCase() === 'x-amz-security-token')?.[1];
  const file = toRequestFile(raw, report);
  if (!state.user) return file;
  const at = state.user.indexOf(':');
  const accessKeyId = state.user.slice(0, at);
  const secretAccessKey = state.user.slice(at + 1);
  if (at < 0 || !raw.auth || accessKeyId.includes('$') || secretAccessKey.includes('$')) {
    if (!raw.auth)
      report.add('dropped', raw.name, '--user without --aws-sigv4 (basic auth) dropped');
    return file;
  }
  const sessionToken = token && !token.includes('$') ? token : undefined;
  return {
    ...file,
    credentialId: collector.add(
      { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) },
      `Imported key ${raw.name}`,
    ),
  };
}

/** Reads one or more curl commands, including `--aws-sigv4 "aws:amz:REGION:SERVICE"` and `--user KEY:SECRET`. */
export function importCurl(text: string, name = 'Imported from cURL'): ImportResult {
  const report = new ConversionReport();
  const collector = new SecretCollector();
  const requests = invocations(text).map((invocation, index) =>
    finish(readInvocation(invocation, index, report), collector, report),
  );
  const firstRef = requests.find((r) => r.credentialId)?.credentialId;
  const data = assembleCollection({
    name,
    requests,
    environments: [],
    ...(firstRef ? { credentialId: firstRef } : {}),
  });
  return { data, secrets: collector.secrets, notes: report.notes };
}
