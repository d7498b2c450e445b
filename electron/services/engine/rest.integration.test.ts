import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestSpecSchema } from '../../../shared/ipc/operations/request';
import type { RequestSpec, RequestSpecInput } from '../../../shared/ipc/operations/request';
import { motoSkipReason, startMoto } from '../../../test/moto';
import type { Moto } from '../../../test/moto';
import { createEngine } from './engine';
import type { Engine } from './engine';
import { prepareRequest } from './prepare-request';

// moto's signature check rejects even botocore's signatures for rest-json services and for S3 keys
// with `+ = &` or non-ASCII characters, so these run against a moto without auth for behaviour, and
// each signature is compared with botocore's for the same request and date.
const SCRIPT = fileURLToPath(new URL('../../../test/botocore-sign.py', import.meta.url));
const SIGNING_DATE = '2026-02-03T04:05:06Z';
const CREDENTIALS = {
  accessKeyId: 'AKIDRESTJSONCHECK001',
  secretAccessKey: 'rest/json+check/SECRET0123456789abcdefgh',
};
const TRICKY_KEYS = [
  'ünïcødé/日本 ß.txt',
  'a+b=c&d?e.txt',
  'x=1+2/==/+ &.bin',
  'spaces  and\ttab.txt',
];
const BUCKET = 'connector-studio-rest';

function botocoreSkipReason(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import botocore'], { encoding: 'utf8' });
  if (probe.status === 0) return undefined;
  if (process.env.CI === 'true')
    throw new Error('python3 with botocore is required under CI=true.');
  return 'python3 with botocore is not installed';
}

const skipReason = motoSkipReason() ?? botocoreSkipReason();

interface BotocoreResult {
  signature: string;
  canonicalRequest: string;
}

function botocoreSign(spec: RequestSpec, url: string): BotocoreResult {
  const prepared = prepareRequest(spec);
  const item = {
    method: spec.method,
    url,
    headers: prepared.wire.headers,
    bodyBase64: Buffer.from(prepared.wire.body).toString('base64'),
    signingName: prepared.endpoint.signingName,
    region: prepared.endpoint.signingRegion,
    s3: prepared.isS3,
    timestamp: SIGNING_DATE,
    credentials: CREDENTIALS,
  };
  const run = spawnSync('python3', [SCRIPT], { input: JSON.stringify([item]), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`botocore-sign.py failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as BotocoreResult[])[0] as BotocoreResult;
}

describe.skipIf(skipReason !== undefined)(
  `rest-json and tricky S3 keys against moto without auth${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let moto: Moto;
    let engine: Engine;
    let counter = 0;
    const spec = (input: Partial<RequestSpecInput>): RequestSpec =>
      requestSpecSchema.parse({
        region: 'eu-west-1',
        service: 's3',
        method: 'GET',
        path: '/',
        endpoint: moto.endpoint,
        ...input,
      });
    const send = (input: Partial<RequestSpecInput>) =>
      engine.send(spec(input), { requestId: `rest-${(counter += 1)}` });

    async function expectBotocoreSignature(input: Partial<RequestSpecInput>): Promise<void> {
      const fixed = spec({ ...input, signingDate: SIGNING_DATE });
      const ours = await engine.dryRun(fixed);
      const theirs = botocoreSign(fixed, ours.url);
      expect(ours.canonicalRequest).toBe(theirs.canonicalRequest);
      expect(ours.headers.find(([name]) => name === 'authorization')?.[1]).toContain(
        `Signature=${theirs.signature}`,
      );
    }

    beforeAll(async () => {
      moto = await startMoto({ auth: false });
      engine = createEngine({
        credentials: { resolve: async () => ({ credentials: CREDENTIALS }) },
        clock: () => new Date(),
        env: {},
      });
    });
    afterAll(async () => {
      await engine?.dispose();
      await moto?.stop();
    });

    it('Polly DescribeVoices answers with voices, signed as botocore signs it', async () => {
      const input = {
        service: 'polly',
        operation: 'DescribeVoices',
        method: 'GET',
        path: '/v1/voices',
        query: [['LanguageCode', 'en-US']] as Array<[string, string]>,
      };
      const summary = await send(input);
      expect(summary.status).toBe(200);
      const voices = (JSON.parse(summary.preview) as { Voices: Array<{ LanguageCode: string }> })
        .Voices;
      expect(voices.length).toBeGreaterThan(0);
      expect(voices.every((voice) => voice.LanguageCode === 'en-US')).toBe(true);
      await expectBotocoreSignature(input);
    });

    it('Lambda ListFunctions answers with a function list, signed as botocore signs it', async () => {
      const input = {
        service: 'lambda',
        operation: 'ListFunctions',
        method: 'GET',
        path: '/2015-03-31/functions/',
      };
      const summary = await send(input);
      expect(summary.status).toBe(200);
      expect(JSON.parse(summary.preview)).toMatchObject({ Functions: [] });
      await expectBotocoreSignature(input);
    });

    it('S3 keys with unicode, + = & ? and whitespace round-trip, signed as botocore signs them', async () => {
      const create = await send({
        method: 'PUT',
        path: `/${BUCKET}`,
        body: {
          kind: 'text',
          text: '<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>',
        },
      });
      expect(create.status).toBe(200);
      for (const key of TRICKY_KEYS) {
        const body = { kind: 'text' as const, text: `contents of ${key}` };
        expect((await send({ method: 'PUT', path: `/${BUCKET}/${key}`, body })).status, key).toBe(
          200,
        );
        const get = await send({ method: 'GET', path: `/${BUCKET}/${key}` });
        expect(get.preview, key).toBe(body.text);
        await expectBotocoreSignature({ method: 'PUT', path: `/${BUCKET}/${key}`, body });
      }
      const listed = await send({ method: 'GET', path: `/${BUCKET}`, query: [['list-type', '2']] });
      const json = JSON.parse(listed.xmlAsJson ?? 'null') as {
        ListBucketResult: { Contents: Array<{ Key: string }> };
      };
      expect(json.ListBucketResult.Contents.map((c) => c.Key).sort()).toEqual(
        [...TRICKY_KEYS].sort(),
      );
    });
  },
);
