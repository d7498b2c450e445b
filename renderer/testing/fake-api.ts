import type { OperationInput, OperationName, OperationOutput } from '../../shared/ipc/contract';
import { StudioError } from '../../shared/ipc/errors';
import type { ResponseSummary } from '../../shared/ipc/operations/request';
import { createApiClient } from '../api/client';
import type { ApiClient } from '../api/client';

/** Fake handlers for some operations; the rest answer `not-found`. */
export type FakeHandlers = {
  [K in OperationName]?: (
    input: OperationInput<K>,
  ) => OperationOutput<K> | Promise<OperationOutput<K>>;
};

/** A call the fake client received. */
export interface RecordedCall {
  name: string;
  input: unknown;
}

/** A real ApiClient over an in-memory transport, so outputs are still checked against the contract. */
export function createFakeApi(handlers: FakeHandlers): { api: ApiClient; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const api = createApiClient(async (name, input) => {
    calls.push({ name, input });
    const handler = (handlers as Record<string, ((input: unknown) => unknown) | undefined>)[name];
    if (!handler)
      return { ok: false, error: { code: 'not-found', message: `No fake for ${name}.` } };
    try {
      return { ok: true, value: await handler(input) };
    } catch (error) {
      if (error instanceof StudioError) return { ok: false, error: error.toValue() };
      throw error;
    }
  });
  return { api, calls };
}

/** A response summary with sensible defaults, for tests. */
export function sampleSummary(overrides: Partial<ResponseSummary> = {}): ResponseSummary {
  return {
    responseId: 'r-1',
    status: 200,
    statusText: 'OK',
    headers: [['content-type', 'application/x-amz-json-1.0']],
    timing: { dnsMs: 1, connectMs: 2, tlsMs: 3, firstByteMs: 40, totalMs: 52 },
    size: 16,
    contentType: 'application/x-amz-json-1.0',
    bodyKind: 'json',
    preview: '{"TableNames":[]}',
    previewEncoding: 'utf8',
    truncated: false,
    signed: {
      method: 'POST',
      url: 'http://127.0.0.1:5000/',
      headers: [
        ['content-type', 'application/x-amz-json-1.0'],
        ['x-amz-target', 'DynamoDB_20120810.ListTables'],
        ['x-amz-date', '20260101T000000Z'],
        ['authorization', 'AWS4-HMAC-SHA256 Credential=AKIA/…'],
      ],
      body: '{}',
      bodyEncoding: 'utf8',
      canonicalRequest: 'POST\n/\n\ncontent-type:application/x-amz-json-1.0\n',
      stringToSign: 'AWS4-HMAC-SHA256\n20260101T000000Z\n',
      signedHeaders: ['content-type', 'host', 'x-amz-date', 'x-amz-target'],
      signingName: 'dynamodb',
      region: 'us-east-1',
    },
    ...overrides,
  };
}
