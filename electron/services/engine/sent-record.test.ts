import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/ipc/errors';
import { requestSpecSchema } from '../../../shared/ipc/operations/request';
import type { RequestSpecInput } from '../../../shared/ipc/operations/request';
import { redactCredentials } from '../signing';
import { describeFailure, MAX_RECORDED_BODY_CHARS, recordedSpec } from './sent-record';

const SECRET = 'record/test+SECRET0123456789abcdefghijklm';
const TOKEN = 'FwoGZXIvYXdzRECORD//test+token/0123456789==';
const redact = (text: string) =>
  redactCredentials(text, {
    accessKeyId: 'AKIDRECORDTEST000001',
    secretAccessKey: SECRET,
    sessionToken: TOKEN,
  });
const spec = (input: Partial<RequestSpecInput>) =>
  requestSpecSchema.parse({
    region: 'eu-west-1',
    service: 's3',
    method: 'PUT',
    path: '/b/k',
    ...input,
  });

describe('recordedSpec', () => {
  it('drops signing headers and presigning parameters and replaces secrets a user typed anywhere', () => {
    const recorded = recordedSpec(
      spec({
        path: `/b/${SECRET}`,
        query: [
          ['X-Amz-Signature', 'abc'],
          ['X-Amz-Security-Token', TOKEN],
          ['versionId', SECRET],
          ['acl', null],
        ],
        headers: [
          ['Authorization', 'AWS4-HMAC-SHA256 x'],
          ['X-Amz-Security-Token', TOKEN],
          ['x-amz-meta-note', `token ${TOKEN}`],
          ['Content-Type', 'text/plain'],
        ],
        body: { kind: 'text', text: `{"key":"${SECRET}"}` },
      }),
      redact,
    );
    expect(recorded.headers).toEqual([
      ['x-amz-meta-note', 'token <session-token>'],
      ['Content-Type', 'text/plain'],
    ]);
    expect(recorded.query).toEqual([
      ['versionId', '<secret-access-key>'],
      ['acl', null],
    ]);
    expect(recorded.body).toEqual({ kind: 'text', text: '{"key":"<secret-access-key>"}' });
    expect(recorded).toMatchObject({
      method: 'PUT',
      service: 's3',
      region: 'eu-west-1',
      path: '/b/<secret-access-key>',
    });
    expect(JSON.stringify(recorded)).not.toMatch(/SECRET0123|RECORD\/\/test/);
  });

  it('bounds bodies, and leaves out binary bodies that hold a secret or are too big', () => {
    const long = recordedSpec(
      spec({ body: { kind: 'text', text: 'x'.repeat(MAX_RECORDED_BODY_CHARS + 5) } }),
      redact,
    );
    expect(long.body).toEqual({ kind: 'text', text: 'x'.repeat(MAX_RECORDED_BODY_CHARS) });
    const plain = { kind: 'base64' as const, data: Buffer.from([0, 1, 2, 255]).toString('base64') };
    expect(recordedSpec(spec({ body: plain }), redact).body).toEqual(plain);
    const withSecret = {
      kind: 'base64' as const,
      data: Buffer.from(`\u0000${SECRET}`).toString('base64'),
    };
    expect(recordedSpec(spec({ body: withSecret }), redact)).not.toHaveProperty('body');
    const huge = { kind: 'base64' as const, data: 'A'.repeat(MAX_RECORDED_BODY_CHARS + 4) };
    expect(recordedSpec(spec({ body: huge }), redact)).not.toHaveProperty('body');
  });
});

describe('describeFailure', () => {
  it('keeps a StudioError’s code and message, and only the kind of any other error', () => {
    expect(describeFailure(new StudioError('timeout', 'No answer within 30 s.'), redact)).toBe(
      'timeout: No answer within 30 s.',
    );
    expect(describeFailure(new TypeError(`bad ${SECRET}`), redact)).toBe('TypeError');
    expect(describeFailure(new StudioError('network', `refused ${SECRET}`), redact)).toBe(
      'network: refused <secret-access-key>',
    );
  });
});
