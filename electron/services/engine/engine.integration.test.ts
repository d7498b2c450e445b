import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestSpecSchema } from '../../../shared/ipc/operations/request';
import type { RequestSpecInput, ResponseSummary } from '../../../shared/ipc/operations/request';
import { motoSkipReason, startMoto } from '../../../test/moto';
import type { Moto } from '../../../test/moto';
import { createHostServices } from '../create-handlers';
import { MemoryKeyStore } from '../credentials/key-store';
import { createEngine } from './engine';
import type { Engine } from './engine';

const skipReason = motoSkipReason();
// moto 5.2 verifies S3 signatures over its own re-encoding of the path, so it rejects even botocore's
// signature for keys with `+ = &` or non-ASCII characters: those keys are checked against a moto
// without auth and against botocore's signature in rest.integration.test.ts.
const VERIFIABLE_KEYS = ['dir/a b c.txt', 'what?.txt', 'tilde~_-.bin'];
const BUCKET = 'connector-studio-it';

function engineWith(moto: Moto, secretAccessKey: string): Engine {
  const credentials = { accessKeyId: moto.accessKeyId, secretAccessKey };
  return createEngine({
    credentials: { resolve: async () => ({ credentials }) },
    clock: () => new Date(),
    env: {},
  });
}

let counter = 0;
function call(
  engine: Engine,
  moto: Moto,
  input: Partial<RequestSpecInput>,
): Promise<ResponseSummary> {
  counter += 1;
  const spec = requestSpecSchema.parse({
    region: 'us-east-1',
    service: 'sts',
    method: 'POST',
    path: '/',
    endpoint: moto.endpoint,
    ...input,
  });
  return engine.send(spec, { requestId: `it-${counter}` });
}

async function wholeBody(engine: Engine, summary: ResponseSummary): Promise<Buffer> {
  return Buffer.from(await engine.body(summary.responseId).readAll());
}

describe.skipIf(skipReason !== undefined)(
  `engine against moto with signature checking${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let moto: Moto;
    let engine: Engine;
    let wrong: Engine;
    beforeAll(async () => {
      moto = await startMoto({ auth: true });
      engine = engineWith(moto, moto.secretAccessKey);
      wrong = engineWith(moto, `${moto.secretAccessKey.slice(0, -1)}X`);
    });
    afterAll(async () => {
      await engine?.dispose();
      await wrong?.dispose();
      await moto?.stop();
    });

    it('DynamoDB ListTables (json 1.0 with X-Amz-Target)', async () => {
      const summary = await call(engine, moto, { service: 'dynamodb', operation: 'ListTables' });
      expect(summary.awsError).toBeUndefined();
      expect(summary.status).toBe(200);
      expect(JSON.parse(summary.preview)).toEqual({ TableNames: [] });
      expect(summary.signed.signedHeaders).toContain('x-amz-target');
    });

    it('SQS ListQueues', async () => {
      const summary = await call(engine, moto, { service: 'sqs', operation: 'ListQueues' });
      expect(summary.awsError).toBeUndefined();
      expect(summary.status).toBe(200);
    });

    it('STS GetCallerIdentity (query protocol), with the XML also as JSON', async () => {
      const summary = await call(engine, moto, { service: 'sts', operation: 'GetCallerIdentity' });
      expect(summary.status).toBe(200);
      expect(summary.bodyKind).toBe('xml');
      const json = JSON.parse(summary.xmlAsJson ?? 'null') as {
        GetCallerIdentityResponse: { GetCallerIdentityResult: { Arn: string } };
      };
      expect(json.GetCallerIdentityResponse.GetCallerIdentityResult.Arn).toBe(
        'arn:aws:iam::123456789012:user/connector-studio',
      );
    });

    it('EC2 DescribeRegions (ec2 protocol)', async () => {
      const summary = await call(engine, moto, { service: 'ec2', operation: 'DescribeRegions' });
      expect(summary.status).toBe(200);
      expect(summary.preview).toContain('<regionName>eu-west-1</regionName>');
    });

    it('S3 CreateBucket, ListBuckets, and PutObject/GetObject round-trip keys with spaces and ?', async () => {
      expect(
        (await call(engine, moto, { service: 's3', method: 'PUT', path: `/${BUCKET}` })).status,
      ).toBe(200);
      const list = await call(engine, moto, { service: 's3', method: 'GET', path: '/' });
      expect(list.status).toBe(200);
      expect(list.preview).toContain(`<Name>${BUCKET}</Name>`);
      for (const [index, key] of VERIFIABLE_KEYS.entries()) {
        const bytes = Buffer.from([0, 255, 10, 13, index, ...Buffer.from(key)]);
        const put = await call(engine, moto, {
          service: 's3',
          method: 'PUT',
          path: `/${BUCKET}/${key}`,
          body: { kind: 'base64', data: bytes.toString('base64') },
        });
        expect(put.awsError, key).toBeUndefined();
        expect(put.status, key).toBe(200);
        const get = await call(engine, moto, {
          service: 's3',
          method: 'GET',
          path: `/${BUCKET}/${key}`,
        });
        expect(get.status, key).toBe(200);
        expect((await wholeBody(engine, get)).equals(bytes), key).toBe(true);
      }
      const listed = await call(engine, moto, {
        service: 's3',
        method: 'GET',
        path: `/${BUCKET}`,
        query: [['list-type', '2']],
      });
      const names = [...listed.preview.matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => m[1]);
      expect(names.sort()).toEqual([...VERIFIABLE_KEYS].sort());
    });

    it('a wrong secret is rejected with SignatureDoesNotMatch, for S3 and STS alike', async () => {
      const s3 = await call(wrong, moto, { service: 's3', method: 'GET', path: '/' });
      expect(s3.status).toBe(403);
      expect(s3.awsError?.code).toBe('SignatureDoesNotMatch');
      const sts = await call(wrong, moto, { service: 'sts', operation: 'GetCallerIdentity' });
      expect(sts.awsError?.code).toBe('SignatureDoesNotMatch');
      expect(sts.signed.canonicalRequest).toContain('host:127.0.0.1:');
    });

    it('credentials.test calls STS GetCallerIdentity with a stored key, and reports a wrong one', async () => {
      const services = createHostServices({
        mode: 'browser',
        keyStore: new MemoryKeyStore(),
        env: {},
        appDataDir: join(tmpdir(), 'engine-it-app-data'),
      });
      const test = services.handlers['credentials.test'];
      const good = await services.credentials.add({
        label: 'moto',
        accessKeyId: moto.accessKeyId,
        secretAccessKey: moto.secretAccessKey,
      });
      const passed = await test(
        { id: good.id, region: 'us-east-1', endpoint: moto.endpoint },
        undefined,
      );
      expect(passed).toMatchObject({
        ok: true,
        account: '123456789012',
        arn: 'arn:aws:iam::123456789012:user/connector-studio',
        credential: { id: good.id, source: 'static' },
      });
      const bad = await services.credentials.add({
        label: 'wrong',
        accessKeyId: moto.accessKeyId,
        secretAccessKey: 'not-the-secret-0123456789',
      });
      const failed = await test(
        { id: bad.id, region: 'us-east-1', endpoint: moto.endpoint },
        undefined,
      );
      expect(failed).toMatchObject({
        ok: false,
        message: expect.stringContaining('SignatureDoesNotMatch'),
      });
      await services.engine.dispose();
    });
  },
);
