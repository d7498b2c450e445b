import type { ErrorCode } from '../../../shared/ipc/errors';
import type { ResponseSummary, SignedRequestView } from '../../../shared/ipc/operations/request';
import { DEFAULT_READ_ALL_LIMIT } from '../../services/http/body-store';
import type { BodyStore } from '../../services/http/body-store';
import { jsonNestingDepth, MAX_JSON_NESTING } from '../../../shared/domain/json-structure/nesting';
import { ExitCode } from '../command';
import type { ExitCodeValue } from '../command';

/** The documented `--dry-run` output: stable key order, so a fixed `--signing-date` gives identical bytes. */
export function dryRunJson(view: SignedRequestView): string {
  const output = {
    method: view.method,
    url: view.url,
    headers: view.headers,
    body: view.body,
    ...(view.bodyEncoding === 'base64' ? { bodyEncoding: 'base64' } : {}),
    canonicalRequest: view.canonicalRequest,
    stringToSign: view.stringToSign,
    signedHeaders: view.signedHeaders,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

/** Headers as an object of lower-case names; a repeated header's values are comma-joined. */
export function headerObject(
  headers: ReadonlyArray<readonly [string, string]>,
): Record<string, string> {
  const result: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    result[key] = key in result ? `${result[key]},${value}` : value;
  }
  return result;
}

const tooLarge = (body: BodyStore): boolean => body.size > DEFAULT_READ_ALL_LIMIT;

/** A JSON body too deep to re-indent (JSON.stringify recurses): written into the output as received. */
class VerbatimJson {
  constructor(readonly text: string) {}
}

async function parsedBody(summary: ResponseSummary, body: BodyStore): Promise<unknown> {
  if (summary.bodyKind === 'empty') return null;
  if (tooLarge(body)) return { size: body.size, note: 'too large to print; use --output FILE' };
  const bytes = await body.readAll();
  if (summary.bodyKind === 'json' || summary.bodyKind === 'xml') {
    const text = new TextDecoder('utf-8').decode(bytes);
    try {
      if (summary.bodyKind === 'json' && jsonNestingDepth(text) > MAX_JSON_NESTING) {
        JSON.parse(text); // only well-formed JSON is written verbatim
        return new VerbatimJson(text.trim());
      }
      if (summary.bodyKind !== 'xml') return JSON.parse(text) as unknown;
      // The XML parser loads only for an XML body (see the start-up bench).
      const { xmlToJson } = await import('../../services/http/xml-json');
      return JSON.parse(xmlToJson(text)) as unknown;
    } catch {
      // A body that claims JSON or XML but does not parse falls through to base64, its bytes intact.
    }
  }
  return {
    base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    contentType: summary.contentType ?? null,
  };
}

/** `--format json`: `{status, headers, timing, body}`, the body parsed from JSON or XML, else base64 with its type. */
export async function responseJson(
  summary: ResponseSummary,
  body: BodyStore,
  savedTo?: string,
): Promise<string> {
  const output = {
    status: summary.status,
    headers: headerObject(summary.headers),
    timing: summary.timing,
    body: savedTo ? { savedTo, size: summary.size } : await parsedBody(summary, body),
  };
  if (!(output.body instanceof VerbatimJson)) return `${JSON.stringify(output, null, 2)}\n`;
  const head = JSON.stringify({ ...output, body: null }, null, 2);
  return `${head.slice(0, head.lastIndexOf('null'))}${output.body.text}\n}\n`;
}

/** `--format pretty`: status line, headers, a blank line and the body as text (binary bodies are described). */
export async function responsePretty(
  summary: ResponseSummary,
  body: BodyStore,
  savedTo?: string,
): Promise<string> {
  const head = [
    `${summary.status} ${summary.statusText}  (${summary.timing.totalMs} ms, ${summary.size} bytes)`,
  ];
  for (const [name, value] of summary.headers) head.push(`${name}: ${value}`);
  let text: string;
  if (savedTo) text = `[body saved to ${savedTo}]`;
  else if (summary.bodyKind === 'empty') text = '';
  else if (tooLarge(body)) text = `[${summary.size} bytes: too large to print; use --output FILE]`;
  else if (['json', 'xml', 'text'].includes(summary.bodyKind))
    text = new TextDecoder('utf-8').decode(await body.readAll());
  else
    text = `[${summary.size} bytes of ${summary.contentType ?? summary.bodyKind}; use --output FILE to save them]`;
  return `${head.join('\n')}\n\n${text}${text.endsWith('\n') || text === '' ? '' : '\n'}`;
}

/** What stderr says about an error answer, with the server's expected canonical request beside ours. */
export function describeAwsError(summary: ResponseSummary): string {
  const error = summary.awsError;
  const lines = [
    error ? `${error.code}: ${error.message}` : `HTTP ${summary.status} ${summary.statusText}`,
  ];
  if (error?.requestId) lines.push(`Request id: ${error.requestId}`);
  if (error?.expectedCanonicalRequest !== undefined) {
    lines.push('', 'The server expected this canonical request:', error.expectedCanonicalRequest);
    lines.push('', 'We signed this canonical request:', summary.signed.canonicalRequest);
  } else if (error?.code === 'SignatureDoesNotMatch') {
    lines.push(
      '',
      'We signed this canonical request (the server did not say what it expected):',
      summary.signed.canonicalRequest,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The exit code for a failure the engine reported. */
export function exitCodeFor(code: ErrorCode): ExitCodeValue {
  switch (code) {
    case 'credentials':
      return ExitCode.credentials;
    case 'network':
    case 'timeout':
    case 'cancelled':
      return ExitCode.network;
    case 'invalid-input':
    case 'not-found':
    case 'unsupported':
    case 'conflict':
      return ExitCode.usage;
    case 'io':
      return ExitCode.io;
    case 'aws-error':
      return ExitCode.awsError;
    case 'internal':
      return ExitCode.internal;
  }
}
