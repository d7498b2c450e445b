import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from './sign-request';
import type { SigningOptions, WireRequest } from './types';

const SCRIPT = fileURLToPath(new URL('../../../test/botocore-sign.py', import.meta.url));
const TIMESTAMP = '2026-03-04T05:06:07Z';
const CREDENTIALS = {
  accessKeyId: 'AKIDCROSSCHECK0001',
  secretAccessKey: 'cross/check+secret/KEY0123456789abcdefghij',
};
const WITH_TOKEN = { ...CREDENTIALS, sessionToken: 'FwoGZXIvYXdzEXAMPLE//token+with/slashes==' };

interface Case {
  name: string;
  request: Partial<WireRequest>;
  options?: Partial<SigningOptions>;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const cases: Case[] = [
  { name: 'spaces in path and query', request: { path: '/a%20b/c', query: [['q', 'x y z']] } },
  {
    name: 'unicode path and query',
    request: { path: '/%E2%82%AC/%E1%88%B4', query: [['näme', 'wért ሴ']] },
  },
  {
    name: 'reserved characters in query',
    request: { path: '/', query: [["!*'();:@&=+$,/?#[]", "!*'();:@&=+$,/?#[]"]] },
  },
  {
    name: 'reserved characters in a path segment',
    request: { path: `/${encodeURIComponent("!*'();:@&=+$,?#[]")}/x` },
  },
  {
    name: 'repeated, empty and null query values',
    request: {
      query: [
        ['b', '2'],
        ['a', 'z'],
        ['a', 'y'],
        ['a', ''],
        ['empty', ''],
        ['flag', null],
      ],
    },
  },
  { name: 'dot segments and double slashes (non-S3)', request: { path: '/a/./b/../c//d/' } },
  {
    name: 'S3 key with + = & ? spaces and unicode',
    request: { path: '/bucket/dir/a%2Bb%3Dc%26d%3Fe%20f%C3%A9.txt', query: [['versionId', 'v 1']] },
    options: { signingName: 's3' },
  },
  {
    name: 'S3 key with dot segments and double slashes is not normalised',
    request: { path: '/bucket/a/../b//./c', method: 'PUT', body: utf8('hello') },
    options: { signingName: 's3' },
  },
  {
    name: 'headers with inner whitespace, folds and duplicates in two cases',
    request: {
      headers: [
        ['X-Amz-Meta-Note', '  a   b\t\tc  '],
        ['My-Header', 'one'],
        ['my-header', '  two  three '],
        ['Content-Type', 'application/x-amz-json-1.0'],
      ],
    },
  },
  {
    name: 'host with a non-default port',
    request: { hostname: '127.0.0.1', port: 4566, protocol: 'http:' },
  },
  {
    name: 'session token',
    request: { method: 'POST', body: utf8('Action=GetCallerIdentity') },
    options: { credentials: WITH_TOKEN, signingName: 'sts' },
  },
  {
    name: 'binary body (S3, session token)',
    request: {
      method: 'PUT',
      path: '/bucket/blob.bin',
      body: Uint8Array.from([0, 255, 1, 254, 10, 13, 128]),
    },
    options: { signingName: 's3', credentials: WITH_TOKEN },
  },
  {
    name: 'JSON body with X-Amz-Target',
    request: {
      method: 'POST',
      headers: [
        ['X-Amz-Target', 'DynamoDB_20120810.ListTables'],
        ['Content-Type', 'application/x-amz-json-1.0'],
      ],
      body: utf8('{"Limit": 5, "name": "é"}'),
    },
    options: { signingName: 'dynamodb' },
  },
];

function buildRequest(c: Case): WireRequest {
  return {
    method: 'GET',
    protocol: 'https:',
    hostname: 'service.us-east-1.amazonaws.com',
    path: '/',
    query: [],
    headers: [],
    body: new Uint8Array(0),
    ...c.request,
  };
}

function buildOptions(c: Case): SigningOptions {
  return {
    credentials: CREDENTIALS,
    signingName: 'service',
    region: 'us-east-1',
    date: new Date(TIMESTAMP),
    ...c.options,
  };
}

function probeBotocore(): { ok: boolean; reason: string } {
  const probe = spawnSync('python3', ['-c', 'import botocore, sys; print(botocore.__version__)'], {
    encoding: 'utf8',
  });
  if (probe.error) return { ok: false, reason: 'python3 is not installed' };
  if (probe.status !== 0) return { ok: false, reason: 'python3 has no botocore module' };
  return { ok: true, reason: `botocore ${probe.stdout.trim()}` };
}

interface BotocoreResult {
  signature: string;
  canonicalRequest: string;
  stringToSign: string;
}

const probe = probeBotocore();
const requireBotocore = process.env.CI === 'true';

describe(`SigV4 signatures agree with botocore (${probe.reason})`, () => {
  let botocore: BotocoreResult[] = [];

  beforeAll(async () => {
    if (!probe.ok) return;
    const input = cases.map((c) => {
      const request = buildRequest(c);
      const options = buildOptions(c);
      return { request, options };
    });
    const payload = await Promise.all(
      input.map(async ({ request, options }) => ({
        method: request.method,
        url: (await signRequest(request, options)).url,
        headers: request.headers,
        bodyBase64: Buffer.from(request.body).toString('base64'),
        signingName: options.signingName,
        region: options.region,
        s3: options.signingName === 's3',
        timestamp: TIMESTAMP,
        credentials: options.credentials,
      })),
    );
    const run = spawnSync('python3', [SCRIPT], {
      input: JSON.stringify(payload),
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`botocore-sign.py failed: ${run.stderr}`);
    botocore = JSON.parse(run.stdout) as BotocoreResult[];
  });

  it.runIf(!probe.ok && requireBotocore)(
    'has python3 with botocore (required when CI=true)',
    () => {
      expect.fail(`Cannot cross-check signatures: ${probe.reason}.`);
    },
  );

  cases.forEach((c, index) => {
    const title = probe.ok ? c.name : `${c.name} — skipped: ${probe.reason}`;
    it.skipIf(!probe.ok)(title, async () => {
      const ours = await signRequest(buildRequest(c), buildOptions(c));
      const theirs = botocore[index];
      expect(theirs).toBeDefined();
      expect(ours.canonicalRequest.replace(WITH_TOKEN.sessionToken, '<session-token>')).toBe(
        theirs?.canonicalRequest.replace(WITH_TOKEN.sessionToken, '<session-token>'),
      );
      expect(ours.stringToSign).toBe(theirs?.stringToSign);
      expect(ours.signature).toBe(theirs?.signature);
    });
  });
});
