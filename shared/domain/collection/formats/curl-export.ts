import type { RequestAuth } from '../../../ipc/operations/auth';
import type { CollectionData, CollectionRequest } from '../schema';
import { ConversionReport } from '../report';
import { substituteRequest } from '../variables';
import { environmentValues } from '../variables';
import { chooseEnvironment, orderedRequests, reportStudioOnly } from './export-common';
import type { ExportResult } from './postman-export';
import { effectiveTarget, requestUrl } from './request-url';

const SHELL_NAME = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * A shell word: bare when plainly safe, in single quotes otherwise (`'` as `'\\''`). A word with
 * `{{NAME}}` left unfilled goes in double quotes with `${NAME}`, so the shell fills it as an import reads it.
 */
export function shellWord(text: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(text)) return text;
  if (!SHELL_NAME.test(text)) return `'${text.replace(/'/g, `'\\''`)}'`;
  SHELL_NAME.lastIndex = 0;
  const parts = text.split(SHELL_NAME);
  // split with a capture group alternates literal text and variable names.
  return `"${parts.map((part, i) => (i % 2 === 1 ? `\${${part}}` : part.replace(/["\\$`]/g, '\\$&'))).join('')}"`;
}

const quote = (words: string[]): string => words.map(shellWord).join(' ');

// The keys come from the shell's environment when the command runs; never from the collection.
const USER = '"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"';

// SigV4 canonicalises the query sorted by encoded key, then value; curl's --aws-sigv4 (7.88) signs the
// query as written, so it is written sorted for the signature to verify.
function sortedQuery(
  query: ReadonlyArray<readonly [string, string | null]>,
): Array<[string, string | null]> {
  const enc = (t: string): string =>
    encodeURIComponent(t).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  const key = ([k, v]: readonly [string, string | null]): string => `${enc(k)}=${enc(v ?? '')}`;
  return [...query]
    .map(([k, v]): [string, string | null] => [k, v])
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function secretWord(template: string | undefined, fallback: string): string {
  return template ?? `{{${fallback}}}`;
}

function authWords(auth: RequestAuth, target: { region: string; service: string }): string[] {
  switch (auth.type) {
    case 'none':
      return [];
    case 'sigv4':
      return [
        quote(['--aws-sigv4', `aws:amz:${target.region}:${target.service}`]),
        `--user ${USER}`,
      ];
    case 'bearer':
      return [quote(['-H', `Authorization: Bearer ${secretWord(auth.token, 'BEARER_TOKEN')}`])];
    case 'basic':
      return [quote(['--user', `${auth.username}:${secretWord(auth.password, 'BASIC_PASSWORD')}`])];
    case 'apikey':
      return auth.in === 'header'
        ? [quote(['-H', `${auth.key}: ${secretWord(auth.value, 'API_KEY_VALUE')}`])]
        : [];
  }
}

/**
 * Splits the query where a value is first left to the shell (`{{NAME}}` unfilled): the shell would
 * put `$NAME` into the URL unencoded (`k&1` becomes two parameters), so that parameter and the ones
 * after it (order kept) go as `--url-query name=value`, which curl (7.87+) URL-encodes itself.
 * SigV4 requests keep the query in the URL, sorted, as `--aws-sigv4` signs it.
 */
function splitShellQuery(
  query: ReadonlyArray<[string, string | null]>,
): [Array<[string, string | null]>, Array<[string, string | null]>] {
  const first = query.findIndex(([name, value]) => !/\{\{/.test(name) && /\{\{/.test(value ?? ''));
  return first < 0 ? [[...query], []] : [query.slice(0, first), query.slice(first)];
}

/** One request as a curl command (variables filled from `values` where known, the others as `${NAME}`). */
export function curlCommand(
  data: CollectionData,
  entry: CollectionRequest,
  values: ReadonlyMap<string, string>,
  report = new ConversionReport(),
): string {
  const request = substituteRequest(entry.request, values);
  const target = effectiveTarget(data.collection, request);
  const auth = request.auth ?? { type: 'sigv4' };
  reportStudioOnly(entry, report, 'curl');
  if (request.authInQuery)
    report.add(
      'dropped',
      request.name,
      'curl signs in the Authorization header; "auth in query" is not held',
    );
  if ('credentialId' in auth && auth.credentialId)
    report.add(
      'secret',
      request.name,
      `the stored ${auth.type} secret is read from a shell variable when the command runs`,
    );
  if (auth.type === 'apikey')
    report.add(
      'changed',
      request.name,
      `curl has no API key auth: the key is a plain ${auth.in === 'header' ? 'header' : 'query parameter'} there`,
    );
  const query =
    auth.type === 'sigv4'
      ? sortedQuery(request.query)
      : auth.type === 'apikey' && auth.in === 'query'
        ? [
            ...request.query,
            [auth.key, secretWord(auth.value, 'API_KEY_VALUE')] as [string, string],
          ]
        : request.query;
  const [inUrl, asOptions] = auth.type === 'sigv4' ? [query, []] : splitShellQuery(query);
  const parts = [
    'curl',
    ...authWords(auth, target),
    quote(['-X', request.method]),
    quote([requestUrl(data.collection, { ...request, query: inUrl })]),
    ...asOptions.map(([name, value]) => quote(['--url-query', `${name}=${value ?? ''}`])),
    ...request.headers.map(([name, value]) => quote(['-H', `${name}: ${value}`])),
    ...(request.body?.kind === 'text' ? [quote(['--data-raw', request.body.text])] : []),
  ];
  return parts.join(' \\\n  ');
}

/** Every request of a collection as curl commands, each after a `# name` line. */
export function exportCurl(
  data: CollectionData,
  options: { environment?: string } = {},
): ExportResult {
  const report = new ConversionReport();
  // An empty value is a placeholder to fill: it stays a `${NAME}` for the shell rather than vanishing.
  const values = new Map(
    [...environmentValues(chooseEnvironment(data, options.environment))].filter(
      ([, v]) => v !== '',
    ),
  );
  const commands = orderedRequests(data).map(
    (entry) =>
      `# ${entry.request.name.replace(/[\r\n]+/g, ' ')}\n${curlCommand(data, entry, values, report)}\n`,
  );
  if (data.requests.some((r) => (r.request.auth?.type ?? 'sigv4') === 'sigv4'))
    report.add(
      'secret',
      'collection',
      'keys are read from $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY; add -H "x-amz-security-token: $AWS_SESSION_TOKEN" for temporary credentials',
    );
  if (data.requests.some((r) => r.request.folder))
    report.add('dropped', 'collection', 'folders are not held by curl commands');
  return { text: commands.join('\n'), notes: report.grouped() };
}
