import type { CollectionData, CollectionRequest } from '../schema';
import { ConversionReport } from '../report';
import { substituteRequest } from '../variables';
import { environmentValues } from '../variables';
import { chooseEnvironment, orderedRequests, reportStudioOnly } from './export-common';
import type { ExportResult } from './postman-export';
import { effectiveTarget, requestUrl } from './request-url';

/** A shell word: bare when it is plainly safe, else in single quotes (`'` written as `'\\''`). */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

const quote = (words: string[]): string => words.map(shellWord).join(' ');

// The keys come from the shell's environment when the command runs; never from the collection.
const USER = '"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"';

/** One request as a `curl --aws-sigv4` command (variables filled from `values` where known). */
export function curlCommand(
  data: CollectionData,
  entry: CollectionRequest,
  values: ReadonlyMap<string, string>,
  report = new ConversionReport(),
): string {
  const request = substituteRequest(entry.request, values);
  const { region, service } = effectiveTarget(data.collection, request);
  reportStudioOnly(entry, report, 'curl');
  if (request.authInQuery)
    report.add(
      'dropped',
      request.name,
      'curl signs in the Authorization header; "auth in query" is not held',
    );
  const parts = [
    'curl',
    quote(['--aws-sigv4', `aws:amz:${region}:${service}`]),
    `--user ${USER}`,
    quote(['-X', request.method]),
    quote([requestUrl(data.collection, request)]),
    ...request.headers.map(([name, value]) => quote(['-H', `${name}: ${value}`])),
    ...(request.body?.kind === 'text' ? [quote(['--data-raw', request.body.text])] : []),
  ];
  return parts.join(' \\\n  ');
}

/** Every request of a collection as `curl --aws-sigv4` commands, each after a `# name` line. */
export function exportCurl(
  data: CollectionData,
  options: { environment?: string } = {},
): ExportResult {
  const report = new ConversionReport();
  const values = environmentValues(chooseEnvironment(data, options.environment));
  const commands = orderedRequests(data).map(
    (entry) =>
      `# ${entry.request.name.replace(/[\r\n]+/g, ' ')}\n${curlCommand(data, entry, values, report)}\n`,
  );
  report.add(
    'secret',
    'collection',
    'keys are read from $AWS_ACCESS_KEY_ID and $AWS_SECRET_ACCESS_KEY; add -H "x-amz-security-token: $AWS_SESSION_TOKEN" for temporary credentials',
  );
  if (data.requests.some((r) => r.request.folder))
    report.add('dropped', 'collection', 'folders are not held by curl commands');
  return { text: commands.join('\n'), notes: report.notes };
}
