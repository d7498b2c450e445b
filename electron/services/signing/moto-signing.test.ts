import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motoSkipReason, startMoto } from '../../../test/moto';
import type { Moto } from '../../../test/moto';
import { signRequest } from './sign-request';
import type { SigningOptions, WireRequest } from './types';
import { encodeStrict } from './uri-encoding';

const skipReason = motoSkipReason();
const BUCKET = 'signer-check';
// moto 5.2 re-quotes the path itself and so rejects even botocore's signatures for keys with
// + = & % ' ( ) ! * or non-ASCII characters; those keys are checked against botocore instead
// (botocore-cross-check.test.ts). moto also answers 500 to any presigned URL (boto3's too) when
// it checks signatures, so presigning is covered by the query variants of the test suite.
const KEYS = ['dir/a b.txt', 'what?.txt', 'deep/er/~tilde-_.txt'];

interface Reply {
  status: number;
  body: string;
}

// node:http sends the path bytes as given, so what is signed is exactly what goes out.
function send(
  target: { port: number; path: string; method: string },
  headers: Array<[string, string]>,
  body?: Uint8Array,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: target.port,
        method: target.method,
        path: target.path,
        headers: Object.fromEntries(headers),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe.skipIf(skipReason !== undefined)(
  `signed requests accepted by moto${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let moto: Moto;
    let port = 0;

    beforeAll(async () => {
      moto = await startMoto({ auth: true });
      port = Number(new URL(moto.endpoint).port);
    });
    afterAll(async () => {
      await moto?.stop();
    });

    const signing = (signingName: string, secretAccessKey?: string): SigningOptions => ({
      credentials: {
        accessKeyId: moto.accessKeyId,
        secretAccessKey: secretAccessKey ?? moto.secretAccessKey,
      },
      signingName,
      region: 'us-east-1',
      date: new Date(),
    });
    const s3 = (secretAccessKey?: string): SigningOptions => signing('s3', secretAccessKey);

    async function call(
      method: string,
      path: string,
      options: SigningOptions,
      extra: { body?: Uint8Array; headers?: Array<[string, string]> } = {},
    ): Promise<Reply> {
      const { body = new Uint8Array(0), headers = [] } = extra;
      const request: WireRequest = {
        method,
        protocol: 'http:',
        hostname: '127.0.0.1',
        port,
        path,
        query: [],
        headers,
        body,
      };
      const signed = await signRequest(request, options);
      const target = signed.wireQuery ? `${signed.path}?${signed.wireQuery}` : signed.path;
      return send({ port, method, path: target }, signed.headers, body);
    }

    it('creates a bucket, puts and gets objects whose keys need encoding', async () => {
      expect((await call('PUT', `/${BUCKET}`, s3())).status).toBe(200);
      for (const key of KEYS) {
        const path = `/${BUCKET}/${key.split('/').map(encodeStrict).join('/')}`;
        const content = new TextEncoder().encode(`content of ${key}`);
        const put = await call('PUT', path, s3(), { body: content });
        expect(put.status, `PUT ${key}: ${put.body}`).toBe(200);
        const got = await call('GET', path, s3());
        expect(got.status, `GET ${key}: ${got.body}`).toBe(200);
        expect(got.body).toBe(`content of ${key}`);
      }
      const listed = await call('GET', `/${BUCKET}`, s3());
      for (const key of KEYS) expect(listed.body).toContain(`<Key>${key}</Key>`);
    });

    it.each([
      ['sts', 'Action=GetCallerIdentity&Version=2011-06-15', 'form', '<Arn>'],
      ['sqs', 'Action=ListQueues&Version=2012-11-05', 'form', 'ListQueuesResponse'],
      ['ec2', 'Action=DescribeRegions&Version=2016-11-15', 'form', 'us-east-1'],
      ['dynamodb', '{}', 'DynamoDB_20120810.ListTables', 'TableNames'],
    ])('signs %s (query, ec2 and json protocols)', async (service, body, kind, expected) => {
      const headers: Array<[string, string]> =
        kind === 'form'
          ? [['Content-Type', 'application/x-www-form-urlencoded; charset=utf-8']]
          : [
              ['Content-Type', 'application/x-amz-json-1.0'],
              ['X-Amz-Target', kind],
            ];
      const reply = await call('POST', '/', signing(service), {
        body: new TextEncoder().encode(body),
        headers,
      });
      expect(reply.status, reply.body).toBe(200);
      expect(reply.body).toContain(expected);
    });

    it('is refused with SignatureDoesNotMatch when the secret is wrong', async () => {
      const reply = await call('GET', `/${BUCKET}`, s3('wrong-secret-wrong-secret-wrong-secret00'));
      expect(reply.status).toBe(403);
      expect(reply.body).toContain('SignatureDoesNotMatch');
    });
  },
);
