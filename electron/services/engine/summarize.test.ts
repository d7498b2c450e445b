import { describe, expect, it } from 'vitest';
import type { SignedRequestView } from '../../../shared/ipc/operations/request';
import { BodyStore } from '../http/body-store';
import { BINARY_PREVIEW_BYTES, decodeText, summarizeResponse } from './summarize';

const signed = {
  method: 'GET',
  url: 'https://h/',
  headers: [],
  body: '',
  bodyEncoding: 'utf8',
  canonicalRequest: '',
  stringToSign: '',
  signedHeaders: [],
  signingName: 's3',
  region: 'us-east-1',
} satisfies SignedRequestView;

function summarize(bytes: Uint8Array, headers: Array<[string, string]>, status = 200) {
  const response = {
    status,
    statusText: '',
    headers,
    timing: { totalMs: 1 },
    body: BodyStore.fromBytes(bytes),
  };
  return summarizeResponse({ responseId: 'id', response, signed, signedAt: new Date() });
}

describe('summarizeResponse', () => {
  it('previews media whole as base64, and only the start of other binary bodies', async () => {
    const mp3 = new Uint8Array([0xff, 0xfb, 0x90, 0x00]);
    expect(await summarize(mp3, [['Content-Type', 'audio/mpeg']])).toMatchObject({
      bodyKind: 'audio',
      preview: Buffer.from(mp3).toString('base64'),
      previewEncoding: 'base64',
      truncated: false,
    });
    const blob = new Uint8Array(BINARY_PREVIEW_BYTES + 1).fill(1);
    blob[0] = 0;
    const binary = await summarize(blob, [['Content-Type', 'application/octet-stream']]);
    expect(binary).toMatchObject({
      bodyKind: 'binary',
      truncated: true,
      size: BINARY_PREVIEW_BYTES + 1,
    });
    expect(Buffer.from(binary.preview, 'base64')).toHaveLength(BINARY_PREVIEW_BYTES);
  });

  it('finds an S3 error document even under status 200, and reports empty bodies', async () => {
    const xml = new TextEncoder().encode(
      '<Error><Code>InternalError</Code><Message>try again</Message></Error>',
    );
    expect((await summarize(xml, [['Content-Type', 'application/xml']])).awsError).toMatchObject({
      code: 'InternalError',
    });
    expect(await summarize(new Uint8Array(0), [], 204)).toMatchObject({
      bodyKind: 'empty',
      preview: '',
      truncated: false,
    });
  });

  it('explains a clock skew over five minutes in a sentence, and says nothing when the clocks agree', async () => {
    const signedAt = new Date('2024-05-01T12:00:00Z');
    const at = async (date: string) => {
      const response = {
        status: 200,
        statusText: '',
        headers: [['Date', date]] as Array<[string, string]>,
        timing: { totalMs: 1 },
        body: BodyStore.fromBytes(new Uint8Array(0)),
      };
      return summarizeResponse({ responseId: 'id', response, signed, signedAt });
    };
    const skewed = await at('Wed, 01 May 2024 12:20:00 GMT');
    expect(skewed.clockSkewMs).toBe(20 * 60 * 1000);
    expect(skewed.clockSkewMessage).toContain('20 min behind');
    const agreed = await at('Wed, 01 May 2024 12:01:00 GMT');
    expect(agreed.clockSkewMs).toBeUndefined();
    expect(agreed.clockSkewMessage).toBeUndefined();
  });

  it('leaves out a character cut at the end of a truncated preview', () => {
    const bytes = new TextEncoder().encode('ab日');
    expect(decodeText(bytes.subarray(0, 4), true)).toBe('ab');
    expect(decodeText(bytes, false)).toBe('ab日');
  });
});
