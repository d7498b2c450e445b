import aws4 from 'aws4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasMoto, motoSkipReason, startMoto } from './moto';
import type { Moto } from './moto';

const skipReason = motoSkipReason();

// Signed with the aws4 package, independent of the engine under test.
async function callerIdentity(
  moto: Moto,
  secretAccessKey: string,
): Promise<{ status: number; text: string }> {
  const url = new URL(moto.endpoint);
  const body = 'Action=GetCallerIdentity&Version=2011-06-15';
  const signed = aws4.sign(
    {
      host: url.host,
      path: '/',
      method: 'POST',
      service: 'sts',
      region: 'us-east-1',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    },
    { accessKeyId: moto.accessKeyId, secretAccessKey },
  );
  const response = await fetch(`${moto.endpoint}/`, {
    method: 'POST',
    headers: signed.headers as Record<string, string>,
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe('hasMoto', () => {
  it('finds nothing on an empty PATH, and refuses to skip under CI', () => {
    expect(hasMoto({ PATH: '' })).toBe(false);
    expect(motoSkipReason({ PATH: '' })).toMatch(/moto_server is not installed/);
    expect(() => motoSkipReason({ PATH: '', CI: 'true' })).toThrow(/CI=true/);
  });
});

describe.skipIf(skipReason !== undefined)(
  `startMoto${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let moto: Moto;
    beforeAll(async () => {
      moto = await startMoto({ auth: true });
    });
    afterAll(async () => {
      await moto?.stop();
    });

    it('returns a key that moto accepts, with signature checking on', async () => {
      expect(moto.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const ok = await callerIdentity(moto, moto.secretAccessKey);
      expect(ok.status).toBe(200);
      expect(ok.text).toContain('user/connector-studio');
      const wrong = await callerIdentity(moto, `${moto.secretAccessKey}x`);
      expect(wrong.status).toBe(403);
      expect(wrong.text).toContain('SignatureDoesNotMatch');
    });

    it('stops the server', async () => {
      const other = await startMoto({ auth: false });
      expect((await fetch(`${other.endpoint}/moto-api/`)).status).toBe(200);
      await other.stop();
      await expect(fetch(`${other.endpoint}/moto-api/`)).rejects.toThrow();
    });
  },
);
