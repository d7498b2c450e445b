import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presignRequest } from './presign-url';
import { SESSION_TOKEN_PLACEHOLDER } from './redact';
import { signRequest } from './sign-request';
import type { PresignOptions, WireRequest } from './types';
import { encodeStrict } from './uri-encoding';
import { computeSignature } from './verify-signature';

interface Vector {
  name: string;
  source: string;
  variant: 'header' | 'query';
  request: {
    method: string;
    target: string;
    host: string;
    headers: Array<[string, string]>;
    body: string;
    decodedQuery?: Array<[string, string]>;
  };
  context: {
    credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
    region: string;
    service: string;
    timestamp: string;
    normalize: boolean;
    signBody: boolean;
    omitSessionToken: boolean;
    expiresIn?: number;
  };
  expected: {
    canonicalRequest?: string;
    stringToSign?: string;
    signature: string;
    authorization?: string;
  };
}

const suite = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/sigv4/vectors.json', import.meta.url), 'utf8'),
) as { count: number; vectors: Vector[] };

// The suite's target is the raw request line: the path as sent, and a query whose parts we decode
// (the WireRequest carries decoded query pairs and encodes them itself).
function toWireRequest(vector: Vector): WireRequest {
  const { target, decodedQuery } = vector.request;
  const mark = target.indexOf('?');
  const path = mark === -1 ? target : target.slice(0, mark);
  const rawQuery = mark === -1 ? '' : target.slice(mark + 1);
  const query: Array<[string, string | null]> =
    decodedQuery ??
    rawQuery
      .split('&')
      .filter((part) => part.length > 0)
      .map((part): [string, string | null] => {
        const eq = part.indexOf('=');
        return eq === -1
          ? [decodeURIComponent(part), null]
          : [decodeURIComponent(part.slice(0, eq)), decodeURIComponent(part.slice(eq + 1))];
      });
  return {
    method: vector.request.method,
    protocol: 'https:',
    hostname: vector.request.host,
    path,
    query,
    headers: vector.request.headers,
    body: new TextEncoder().encode(vector.request.body),
  };
}

function toOptions(vector: Vector): PresignOptions {
  const { context } = vector;
  return {
    credentials: context.credentials,
    signingName: context.service,
    region: context.region,
    date: new Date(context.timestamp),
    normalizePath: context.normalize,
    includeContentSha256: context.signBody,
    signSessionToken: !context.omitSessionToken,
    expiresIn: context.expiresIn ?? 3600,
  };
}

function unredact(text: string, vector: Vector): string {
  const token = vector.context.credentials.sessionToken;
  if (!token) return text;
  // Presigned canonical requests carry the token percent-encoded in the query, headers carry it raw.
  const queryForm = `X-Amz-Security-Token=${SESSION_TOKEN_PLACEHOLDER}`;
  return text
    .split(queryForm)
    .join(`X-Amz-Security-Token=${encodeStrict(token)}`)
    .split(SESSION_TOKEN_PLACEHOLDER)
    .join(token);
}

describe('AWS SigV4 test suite', () => {
  it('holds all 81 vectors', () => {
    expect(suite.vectors).toHaveLength(81);
    expect(suite.count).toBe(81);
  });

  for (const vector of suite.vectors) {
    it(`${vector.source} ${vector.name} (${vector.variant})`, async () => {
      const request = toWireRequest(vector);
      const options = toOptions(vector);
      const result =
        vector.variant === 'header'
          ? await signRequest(request, options)
          : await presignRequest(request, options);
      const { expected } = vector;
      if (expected.canonicalRequest !== undefined) {
        expect(unredact(result.canonicalRequest, vector)).toBe(expected.canonicalRequest);
      }
      if (expected.stringToSign !== undefined) {
        expect(result.stringToSign).toBe(expected.stringToSign);
      }
      expect(result.signature).toBe(expected.signature);
      expect(computeSignature(result.stringToSign, options.credentials.secretAccessKey)).toBe(
        expected.signature,
      );
      const token = options.credentials.sessionToken;
      if (token) expect(result.canonicalRequest).not.toContain(token);
      if (expected.authorization !== undefined && vector.variant === 'header') {
        const authorization = result.headers.find(([name]) => name === 'authorization')?.[1];
        expect(authorization).toBe(expected.authorization);
      }
    });
  }
});
