import { describe, expect, it } from 'vitest';
import type { ResponseSummary } from '../../../shared/ipc/operations/request';
import { BodyStore } from '../../services/http/body-store';
import { describeAwsError, exitCodeFor, headerObject, responseJson } from './send-output';

const signed = {
  method: 'GET',
  url: 'http://h/',
  headers: [],
  body: '',
  bodyEncoding: 'utf8' as const,
  canonicalRequest: 'GET\n/\n\nours',
  stringToSign: 's',
  signedHeaders: ['host'],
  signingName: 's3',
  region: 'us-east-1',
};
const summary = (over: Partial<ResponseSummary>): ResponseSummary => ({
  responseId: 'r',
  status: 200,
  statusText: 'OK',
  headers: [],
  timing: { totalMs: 1 },
  size: 0,
  bodyKind: 'empty',
  preview: '',
  previewEncoding: 'utf8',
  truncated: false,
  signed,
  ...over,
});
const store = (text: string | Uint8Array) =>
  BodyStore.fromBytes(typeof text === 'string' ? new TextEncoder().encode(text) : text);

describe('send output', () => {
  it('prints a JSON body nested 10,000 deep verbatim instead of overflowing the stack', async () => {
    const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;
    const text = await responseJson(summary({ bodyKind: 'json', size: deep.length }), store(deep));
    expect(text.length).toBeLessThan(deep.length + 500);
    expect(text).toContain(`"body": ${deep}\n}`);
    // The status and headers stay readable around the verbatim body.
    expect(text.startsWith('{\n  "status": 200,')).toBe(true);
  });

  it('prints JSON and XML bodies parsed, and other bodies as base64 with their type', async () => {
    const json = JSON.parse(
      await responseJson(
        summary({
          bodyKind: 'json',
          headers: [
            ['A', '1'],
            ['a', '2'],
          ],
        }),
        store('{"x":[1]}'),
      ),
    ) as Record<string, unknown>;
    expect(json).toEqual({
      status: 200,
      headers: { a: '1,2' },
      timing: { totalMs: 1 },
      body: { x: [1] },
    });
    const xml = JSON.parse(
      await responseJson(summary({ bodyKind: 'xml' }), store('<r><i>1</i></r>')),
    ) as { body: unknown };
    expect(xml.body).toEqual({ r: { i: '1' } });
    const audio = JSON.parse(
      await responseJson(
        summary({ bodyKind: 'audio', contentType: 'audio/mpeg' }),
        store(new Uint8Array([255, 251])),
      ),
    ) as { body: unknown };
    expect(audio.body).toEqual({ base64: '//s=', contentType: 'audio/mpeg' });
  });

  it('sets the server expected canonical request beside ours', () => {
    const text = describeAwsError(
      summary({
        status: 403,
        awsError: {
          code: 'SignatureDoesNotMatch',
          message: 'no',
          expectedCanonicalRequest: 'GET\n/\n\ntheirs',
        },
      }),
    );
    expect(text).toContain('SignatureDoesNotMatch: no');
    expect(text.indexOf('theirs')).toBeLessThan(text.indexOf('ours'));
  });

  it('maps error codes to the documented exit codes', () => {
    expect([
      exitCodeFor('credentials'),
      exitCodeFor('timeout'),
      exitCodeFor('network'),
      exitCodeFor('invalid-input'),
      exitCodeFor('aws-error'),
    ]).toEqual([3, 4, 4, 2, 1]);
    expect(headerObject([])).toEqual({});
  });
});
