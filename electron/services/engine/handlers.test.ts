import { describe, expect, it } from 'vitest';
import type { SignedRequestView } from '../../../shared/ipc/operations/request';
import { boundedView, ECHOED_BODY_LIMIT } from './handlers';

const view = (body: string): SignedRequestView => ({
  method: 'PUT',
  url: 'https://h/k',
  headers: [],
  body,
  bodyEncoding: 'base64',
  canonicalRequest: 'c',
  stringToSign: 's',
  signedHeaders: ['host'],
  signingName: 's3',
  region: 'us-east-1',
});

describe('boundedView', () => {
  it('keeps small request bodies and cuts large ones to the echo limit', () => {
    const small = view('AAAA');
    expect(boundedView(small)).toBe(small);
    expect(small.bodyTruncated).toBeUndefined();
    const large = boundedView(view('QUJD'.repeat(ECHOED_BODY_LIMIT)));
    expect(large.body).toHaveLength(ECHOED_BODY_LIMIT);
    expect(large.bodyTruncated).toBe(true);
    expect(large.canonicalRequest).toBe('c');
  });
});
