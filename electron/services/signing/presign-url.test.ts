import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { presignRequest, presignUrl } from './presign-url';
import type { PresignOptions, WireRequest } from './types';
import { computeSignature } from './verify-signature';

const SECRET = 'PLANTED/presign+secret/KEY0123456789abcdef';
const TOKEN = 'PLANTED/presign+token==0123456789';

const request = (overrides: Partial<WireRequest> = {}): WireRequest => ({
  method: 'GET',
  protocol: 'https:',
  hostname: 'my-bucket.s3.eu-central-1.amazonaws.com',
  path: '/reports/q1 2026.pdf',
  query: [],
  headers: [],
  body: new Uint8Array(0),
  ...overrides,
});

const options = (overrides: Partial<PresignOptions> = {}): PresignOptions => ({
  credentials: { accessKeyId: 'AKIDPRESIGN', secretAccessKey: SECRET, sessionToken: TOKEN },
  signingName: 's3',
  region: 'eu-central-1',
  date: new Date('2026-11-26T12:00:00Z'),
  expiresIn: 900,
  ...overrides,
});

const params = (url: string): URLSearchParams => new URL(url).searchParams;

describe('presignUrl', () => {
  it('signs S3 with UNSIGNED-PAYLOAD and puts the session token in the query', async () => {
    const presigned = await presignRequest(request({ body: new Uint8Array([1, 2, 3]) }), options());
    expect(presigned.canonicalRequest.split('\n').at(-1)).toBe('UNSIGNED-PAYLOAD');
    const query = params(presigned.url);
    expect(query.get('X-Amz-Security-Token')).toBe(TOKEN);
    expect(query.get('X-Amz-Expires')).toBe('900');
    expect(query.get('X-Amz-Date')).toBe('20261126T120000Z');
    expect(query.get('X-Amz-Credential')).toBe('AKIDPRESIGN/20261126/eu-central-1/s3/aws4_request');
    expect(query.get('X-Amz-Signature')).toBe(presigned.signature);
    expect(presigned.wireQuery.endsWith(`X-Amz-Signature=${presigned.signature}`)).toBe(true);
  });

  it('carries exactly one UNSIGNED-PAYLOAD marker for S3, whatever the user sent', async () => {
    const presigned = await presignRequest(
      request({ headers: [['X-Amz-Content-Sha256', 'UNSIGNED-PAYLOAD']] }),
      options(),
    );
    const markers = [...params(presigned.url).keys()].filter(
      (key) => key.toLowerCase() === 'x-amz-content-sha256',
    );
    expect(markers).toEqual(['x-amz-content-sha256']);
  });

  it('returns the URL of presignRequest, with the strictly encoded S3 path', async () => {
    const url = await presignUrl(request(), options());
    expect(url).toBe((await presignRequest(request(), options())).url);
    expect(new URL(url).pathname).toBe('/reports/q1%202026.pdf');
  });

  it('keeps user query parameters first, bare keys bare, and signs them', async () => {
    const presigned = await presignRequest(
      request({
        query: [
          ['response-content-type', 'text/plain'],
          ['torrent', null],
        ],
      }),
      options(),
    );
    expect(presigned.wireQuery.startsWith('response-content-type=text%2Fplain&torrent&')).toBe(
      true,
    );
    expect(presigned.canonicalRequest.split('\n')[2]).toContain('torrent=&');
  });

  it('hashes the body for other services and signs x-amz-* headers as query parameters', async () => {
    const presigned = await presignRequest(
      request({
        path: '/',
        headers: [['X-Amz-Target', 'Svc.Op']],
        body: new TextEncoder().encode('{}'),
      }),
      options({ signingName: 'service' }),
    );
    expect(presigned.canonicalRequest.split('\n').at(-1)).toBe(
      createHash('sha256').update('{}').digest('hex'),
    );
    expect(params(presigned.url).get('X-Amz-Target')).toBe('Svc.Op');
    expect(presigned.signedHeaders).toEqual(['host']);
  });

  it('displays no secret and signs exactly the displayed string to sign', async () => {
    const presigned = await presignRequest(request(), options());
    for (const secret of [SECRET, TOKEN, encodeURIComponent(TOKEN)]) {
      expect(presigned.canonicalRequest).not.toContain(secret);
      expect(presigned.stringToSign).not.toContain(secret);
    }
    expect(computeSignature(presigned.stringToSign, SECRET)).toBe(presigned.signature);
  });

  it('refuses an expiry beyond seven days or below one second', async () => {
    await expect(presignUrl(request(), options({ expiresIn: 604801 }))).rejects.toThrow(/7 days/);
    await expect(presignUrl(request(), options({ expiresIn: 0 }))).rejects.toThrow(/at least 1/);
  });
});
