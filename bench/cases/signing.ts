import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Checksum, HttpRequest, SourceData } from '@smithy/types';
import aws4 from 'aws4';
import { signRequest } from '../../electron/services/signing/index';
import type { SigningOptions, WireRequest } from '../../electron/services/signing/index';
import type { BenchSuite } from '../suite';

const DATE = new Date('2026-11-26T12:00:00Z');
const AMZ_DATE = '20261126T120000Z';
const CREDENTIALS = {
  accessKeyId: 'AKIDBENCHMARK',
  secretAccessKey: 'bench/secret+KEY/0123456789abcdefghijklmn',
};

interface Workload {
  label: string;
  request: WireRequest;
  options: SigningOptions;
}

function jsonBody(bytes: number): Uint8Array {
  const items: Array<{ id: number; name: string }> = [];
  let text = '';
  for (let id = 0; text.length < bytes; id += 1) {
    items.push({ id, name: `item number ${id}` });
    text = JSON.stringify({ TableName: 'bench', Items: items });
  }
  return new TextEncoder().encode(text);
}

const smallGet: Workload = {
  label: 'small GET (Lambda ListFunctions)',
  request: {
    method: 'GET',
    protocol: 'https:',
    hostname: 'lambda.us-east-1.amazonaws.com',
    path: '/2015-03-31/functions/',
    query: [['MaxItems', '10']],
    headers: [],
    body: new Uint8Array(0),
  },
  options: { credentials: CREDENTIALS, signingName: 'lambda', region: 'us-east-1', date: DATE },
};

const body10k = jsonBody(10 * 1024);
const post10k: Workload = {
  label: 'POST 10 KB JSON (DynamoDB)',
  request: {
    method: 'POST',
    protocol: 'https:',
    hostname: 'dynamodb.us-east-1.amazonaws.com',
    path: '/',
    query: [],
    headers: [
      ['Content-Type', 'application/x-amz-json-1.0'],
      ['X-Amz-Target', 'DynamoDB_20120810.BatchWriteItem'],
      // aws4 adds and signs Content-Length itself; give both signers the same header set.
      ['Content-Length', String(body10k.length)],
    ],
    body: body10k,
  },
  options: { credentials: CREDENTIALS, signingName: 'dynamodb', region: 'us-east-1', date: DATE },
};

function signWithAws4(workload: Workload): string {
  const { request, options } = workload;
  const query = new URLSearchParams(request.query.map(([k, v]) => [k, v ?? ''])).toString();
  const signed = aws4.sign(
    {
      method: request.method,
      host: request.hostname,
      path: query ? `${request.path}?${query}` : request.path,
      service: options.signingName,
      region: options.region,
      headers: { ...Object.fromEntries(request.headers), 'X-Amz-Date': AMZ_DATE },
      body: request.body.length > 0 ? Buffer.from(request.body) : undefined,
    },
    CREDENTIALS,
  );
  const authorization = String(signed.headers?.['Authorization'] ?? '');
  return authorization.slice(authorization.indexOf('Signature=') + 'Signature='.length);
}

// A node:crypto hash for smithy, to show how much of the gap to aws4 is the pure-JS SHA-256.
class NodeSha256 implements Checksum {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.create();
  }
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
  reset(): void {
    this.hash = this.create();
  }
  private create(): Hash | Hmac {
    if (this.secret === undefined) return createHash('sha256');
    const key =
      typeof this.secret === 'string' ? this.secret : Buffer.from(this.secret as Uint8Array);
    return createHmac('sha256', key);
  }
}

function smithyOnly(workload: Workload, sha256: typeof Sha256 | typeof NodeSha256): () => unknown {
  const { request, options } = workload;
  const signer = new SignatureV4({
    credentials: CREDENTIALS,
    region: options.region,
    service: options.signingName,
    sha256,
    applyChecksum: false,
  });
  const httpRequest: HttpRequest = {
    method: request.method,
    protocol: request.protocol,
    hostname: request.hostname,
    path: request.path,
    query: Object.fromEntries(request.query.map(([k, v]) => [k, v ?? ''])),
    headers: { ...Object.fromEntries(request.headers), host: request.hostname },
    body: request.body,
  };
  return () => signer.sign(httpRequest, { signingDate: DATE });
}

function suiteFor(workload: Workload): BenchSuite {
  return {
    name: `signing: ${workload.label}`,
    baseline: 'aws4',
    // Both signers must produce the same signature, or the comparison means nothing.
    setup: async () => {
      const ours = (await signRequest(workload.request, workload.options)).signature;
      const theirs = signWithAws4(workload);
      if (ours !== theirs) throw new Error(`${workload.label}: ours ${ours} != aws4 ${theirs}`);
    },
    cases: [
      { name: 'aws4', run: () => signWithAws4(workload) },
      { name: 'signRequest (ours)', run: () => signRequest(workload.request, workload.options) },
      // For reading the ratio: smithy alone, with its pure-JS hash and with node:crypto.
      { name: 'smithy alone, sha256-js', run: smithyOnly(workload, Sha256) },
      { name: 'smithy alone, node:crypto', run: smithyOnly(workload, NodeSha256) },
    ],
  };
}

/** Signing throughput of `signRequest` against the `aws4` package on the same requests. */
export const signingSuites: BenchSuite[] = [suiteFor(smallGet), suiteFor(post10k)];
