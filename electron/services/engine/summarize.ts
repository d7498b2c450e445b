import type { ResponseSummary, SignedRequestView } from '../../../shared/ipc/operations/request';
import { detectClockSkew, parseAwsError } from '../http/aws-error';
import type { BodyStore } from '../http/body-store';
import { classifyBody, SNIFF_BYTES, xmlToJson } from '../http/decode';
import type { BodyKind } from '../http/decode';
import type { HttpResponse } from '../http/send';

/** Text kinds cross as at most this many bytes of UTF-8. */
export const TEXT_PREVIEW_BYTES = 1024 * 1024;
/** Images and audio cross whole up to this size (base64 makes it 4 MiB), else truncated. */
export const MEDIA_PREVIEW_BYTES = 3 * 1024 * 1024;
/** Other binary bodies show only their start. */
export const BINARY_PREVIEW_BYTES = 64 * 1024;
/** XML bodies up to this size are converted to JSON for the modelling pipeline. */
export const XML_JSON_MAX_BODY_BYTES = 2 * 1024 * 1024;
/** A converted XML body is dropped when its JSON is longer than this (the whole summary stays under 5 MB). */
export const XML_JSON_MAX_CHARS = 3 * 1024 * 1024;
/** Error bodies are read up to this size to find the AWS error code. */
const ERROR_BODY_BYTES = 256 * 1024;

const TEXT_KINDS = new Set<BodyKind>(['json', 'xml', 'text']);

function headerValue(
  headers: ReadonlyArray<readonly [string, string]>,
  name: string,
): string | undefined {
  return headers.find(([key]) => key.toLowerCase() === name)?.[1];
}

function previewLimit(kind: BodyKind): number {
  if (TEXT_KINDS.has(kind)) return TEXT_PREVIEW_BYTES;
  if (kind === 'image' || kind === 'audio') return MEDIA_PREVIEW_BYTES;
  return BINARY_PREVIEW_BYTES;
}

/** Decodes UTF-8; when the text was cut, a character split at the cut is left out rather than mangled. */
export function decodeText(bytes: Uint8Array, isCut: boolean): string {
  return new TextDecoder('utf-8').decode(bytes, { stream: isCut });
}

async function buildPreview(
  body: BodyStore,
  kind: BodyKind,
): Promise<Pick<ResponseSummary, 'preview' | 'previewEncoding' | 'truncated'>> {
  if (kind === 'empty') return { preview: '', previewEncoding: 'utf8', truncated: false };
  const limit = previewLimit(kind);
  const bytes = await body.readRange(0, limit);
  const truncated = body.size > bytes.byteLength;
  if (TEXT_KINDS.has(kind))
    return { preview: decodeText(bytes, truncated), previewEncoding: 'utf8', truncated };
  return {
    preview: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    previewEncoding: 'base64',
    truncated,
  };
}

async function convertXml(
  body: BodyStore,
  toJson: (xml: string) => Promise<string>,
): Promise<string | undefined> {
  if (body.size > XML_JSON_MAX_BODY_BYTES) return undefined;
  try {
    const json = await toJson(decodeText(await body.readAll(XML_JSON_MAX_BODY_BYTES), false));
    return json.length <= XML_JSON_MAX_CHARS ? json : undefined;
  } catch {
    // A malformed XML body is still shown as text; only its JSON form is missing.
    return undefined;
  }
}

// S3 can answer 200 with an <Error> document, so small bodies are checked whatever the status.
async function findAwsError(
  response: HttpResponse,
  bodyKind: BodyKind,
): Promise<ResponseSummary['awsError']> {
  const isSmall = response.body.size <= ERROR_BODY_BYTES;
  if (!isSmall && response.status < 400) return undefined;
  const bodyText = isSmall ? decodeText(await response.body.readAll(ERROR_BODY_BYTES), false) : '';
  return parseAwsError({ status: response.status, headers: response.headers, bodyText, bodyKind });
}

/** Builds what the renderer receives about a response: bounded preview, XML as JSON, AWS error, clock skew. */
export async function summarizeResponse(options: {
  responseId: string;
  response: HttpResponse;
  signed: SignedRequestView;
  /** When the request was signed: the server's Date header is compared with it. */
  signedAt: Date;
  /** XML-to-JSON for the body's JSON form (a worker in the hosts); in-thread when not given. */
  xmlToJson?: (xml: string) => Promise<string>;
}): Promise<ResponseSummary> {
  const { response, responseId, signed, signedAt } = options;
  const contentType = headerValue(response.headers, 'content-type');
  const bodyKind = classifyBody(contentType, await response.body.readRange(0, SNIFF_BYTES));
  const summary: ResponseSummary = {
    responseId,
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    timing: response.timing,
    size: response.body.size,
    bodyKind,
    ...(await buildPreview(response.body, bodyKind)),
    signed,
  };
  if (contentType !== undefined) summary.contentType = contentType;
  if (bodyKind === 'xml') {
    const xmlAsJson = await convertXml(
      response.body,
      options.xmlToJson ?? (async (xml) => xmlToJson(xml)),
    );
    if (xmlAsJson !== undefined) summary.xmlAsJson = xmlAsJson;
  }
  const awsError = await findAwsError(response, bodyKind);
  if (awsError) summary.awsError = awsError;
  const skew = detectClockSkew(headerValue(response.headers, 'date'), signedAt, awsError);
  if (skew) {
    summary.clockSkewMs = skew.skewMs;
    summary.clockSkewMessage = skew.message;
  }
  return summary;
}
