import type { AwsErrorInfo } from '../../../shared/ipc/operations/request';
import type { BodyKind } from './decode';
import { xmlToJson } from './xml-json';

export { detectClockSkew } from './clock-skew';
export type { ClockSkew } from './clock-skew';

/** What `parseAwsError` looks at: the response head and its body as text. */
export interface ErrorSource {
  status: number;
  headers: Array<[string, string]>;
  bodyText: string;
  bodyKind: BodyKind;
}

type Fields = Record<string, unknown>;

// Error bodies are small; a huge body is data, not an error document worth parsing.
const MAX_ERROR_BODY = 1024 * 1024;

/** Code, message and request id of an AWS error response (JSON or XML), or undefined when it is not one. */
export function parseAwsError(source: ErrorSource): AwsErrorInfo | undefined {
  const header = (name: string): string | undefined =>
    source.headers.find(([key]) => key.toLowerCase() === name)?.[1];
  const fields = source.bodyText.length <= MAX_ERROR_BODY ? bodyFields(source) : undefined;
  if (source.status < 400 && !fields?.isErrorDocument) return undefined;
  const code = str(fields?.code) ?? cleanType(header('x-amzn-errortype'));
  if (!code && source.status < 400) return undefined;
  const requestId =
    header('x-amzn-requestid') ??
    header('x-amz-request-id') ??
    str(fields?.requestId) ??
    header('x-amz-id-2');
  const info: AwsErrorInfo = {
    code: code ?? `HTTP${source.status}`,
    message: str(fields?.message) ?? `HTTP ${source.status} without error details in the body.`,
  };
  if (requestId) info.requestId = requestId;
  return withExpectedSigning(info, fields);
}

interface BodyFields {
  code?: unknown;
  message?: unknown;
  requestId?: unknown;
  canonicalRequest?: unknown;
  stringToSign?: unknown;
  isErrorDocument: boolean;
}

function bodyFields(source: ErrorSource): BodyFields | undefined {
  const text = source.bodyText.trim();
  if (source.bodyKind === 'json' || text.startsWith('{')) return jsonFields(text);
  if (source.bodyKind === 'xml' || text.startsWith('<')) return xmlFields(text);
  return undefined;
}

function jsonFields(text: string): BodyFields | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isFields(body)) return undefined;
  const nested = isFields(body.Error) ? body.Error : body;
  return {
    code: cleanType(str(body.__type) ?? str(nested.code) ?? str(nested.Code)),
    message: str(nested.message) ?? str(nested.Message) ?? str(body.errorMessage),
    requestId: str(body.RequestId) ?? str(body.requestId),
    isErrorDocument: false,
  };
}

function xmlFields(text: string): BodyFields | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(xmlToJson(text, { maxChars: MAX_ERROR_BODY, maxDepth: 20 }));
  } catch {
    return undefined;
  }
  if (!isFields(doc)) return undefined;
  const root = first(doc.Error) ?? first(doc.ErrorResponse) ?? first(doc.Response);
  if (!root) return undefined;
  const errors = isFields(root.Errors) ? root.Errors : undefined;
  const error = first(root.Error) ?? first(errors?.Error) ?? root;
  return {
    code: text1(error.Code),
    message: text1(error.Message),
    requestId: text1(root.RequestId) ?? text1(root.RequestID) ?? text1(error.RequestId),
    canonicalRequest: text1(error.CanonicalRequest),
    stringToSign: text1(error.StringToSign),
    isErrorDocument: doc.Error !== undefined,
  };
}

const CANONICAL =
  /The Canonical (?:String|Request) for this request should have been\s*'([\s\S]*?)'\s*(?=The String-to-Sign should have been)/i;
const STRING_TO_SIGN = /The String-to-Sign should have been\s*'([\s\S]*)'/i;

/** Adds the server's expected canonical request and string to sign of a signature mismatch. */
function withExpectedSigning(info: AwsErrorInfo, fields: BodyFields | undefined): AwsErrorInfo {
  const canonical = str(fields?.canonicalRequest) ?? CANONICAL.exec(info.message)?.[1];
  const stringToSign = str(fields?.stringToSign) ?? STRING_TO_SIGN.exec(info.message)?.[1];
  if (canonical !== undefined) info.expectedCanonicalRequest = canonical;
  if (stringToSign !== undefined) info.expectedStringToSign = stringToSign;
  const cut = info.message.search(
    /\s*The Canonical (?:String|Request) for this request should have been/i,
  );
  if (cut > 0) info.message = info.message.slice(0, cut).trim();
  return info;
}

/** `aws.protocoltests#ValidationException` and `ValidationException:http://…` become `ValidationException`. */
function cleanType(type: string | undefined): string | undefined {
  if (!type) return undefined;
  const afterHash = type.slice(type.lastIndexOf('#') + 1);
  return afterHash.split(':')[0] || undefined;
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function first(value: unknown): Fields | undefined {
  const item = Array.isArray(value) ? value[0] : value;
  return isFields(item) ? item : undefined;
}

function text1(value: unknown): string | undefined {
  const item = Array.isArray(value) ? value[0] : value;
  if (typeof item === 'string') return item;
  return isFields(item) ? str(item['#text']) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
