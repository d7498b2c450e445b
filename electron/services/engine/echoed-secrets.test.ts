import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestSpecSchema } from '../../../shared/ipc/operations/request';
import { encodeStrict } from '../signing';
import { createEngine } from './engine';
import type { Engine } from './engine';

const SESSION_TOKEN =
  'FwoGZXIvYXdzEBYaDEchoedToken/+session0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH==';
const SECRET_KEY = 'echoed/Secret+Key0123456789abcdefghijklmn';
const PAGE = 64 * 1024;

/** Every form a token may come back in. */
const forms = (secret: string): string[] => [
  secret,
  encodeStrict(secret),
  encodeURIComponent(secret),
  secret.split('/').join('\\/'),
  Buffer.from(secret).toString('base64'),
];

// A long JSON body that carries the token (raw and JSON-escaped) across a page boundary, and base64-encoded.
function longJson(): string {
  const head = '{"items":["';
  const pad = 'x'.repeat(PAGE - head.length - 20);
  const tail = Array.from({ length: 3000 }, (_, i) => `"item-${i}"`).join(',');
  return `${head}${pad}${SESSION_TOKEN}","${SESSION_TOKEN.split('/').join('\\/')}","${Buffer.from(SESSION_TOKEN).toString('base64')}",${tail}]}`;
}

function s3Error(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Token ${SESSION_TOKEN}</Message>
<CanonicalRequest>GET
/bucket/key

host:127.0.0.1
x-amz-security-token:${SESSION_TOKEN}

host;x-amz-security-token
UNSIGNED-PAYLOAD</CanonicalRequest><StringToSign>AWS4-HMAC-SHA256</StringToSign><RequestId>1</RequestId></Error>`;
}

let server: Server;
let endpoint: string;
let engine: Engine;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    if (request.url?.startsWith('/bucket'))
      response
        .writeHead(403, {
          'Content-Type': 'application/xml',
          'X-Echo-Token': encodeURIComponent(SESSION_TOKEN),
        })
        .end(s3Error());
    else response.writeHead(200, { 'Content-Type': 'application/json' }).end(longJson());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const credentials = {
    accessKeyId: 'AKIDECHOEDTOKEN00001',
    secretAccessKey: SECRET_KEY,
    sessionToken: SESSION_TOKEN,
  };
  engine = createEngine({
    credentials: { resolve: async () => ({ credentials }) },
    clock: () => new Date(),
    env: {},
  });
});

afterAll(async () => {
  await engine?.dispose();
  await new Promise((resolve) => server?.close(resolve));
});

function expectClean(text: string): void {
  for (const form of [...forms(SESSION_TOKEN), ...forms(SECRET_KEY)])
    expect(text).not.toContain(form);
}

describe('secrets a server echoes back are redacted everywhere', () => {
  it('redacts the session token in an S3 error: summary, parsed error, headers, kept body', async () => {
    const spec = requestSpecSchema.parse({
      region: 'us-east-1',
      service: 's3',
      method: 'GET',
      path: '/bucket/key',
      endpoint,
    });
    const summary = await engine.send(spec, { requestId: 'xml' });
    expect(summary.status).toBe(403);
    expect(summary.awsError?.code).toBe('SignatureDoesNotMatch');
    expect(summary.awsError?.expectedCanonicalRequest).toContain(
      'x-amz-security-token:[session-token]',
    );
    expectClean(JSON.stringify(summary));
    const body = Buffer.from(await engine.body(summary.responseId).readAll()).toString('utf8');
    expect(body).toContain('[session-token]');
    expectClean(body);
    expectClean(await engine.readModelText(summary.responseId));
  });

  it('redacts a token split across a page boundary in paged body ranges', async () => {
    const spec = requestSpecSchema.parse({
      region: 'us-east-1',
      service: 'execute-api',
      method: 'GET',
      path: '/items',
      endpoint,
    });
    const summary = await engine.send(spec, { requestId: 'json' });
    expectClean(JSON.stringify(summary));
    let text = '';
    const pages: string[] = [];
    for (let offset = 0; offset < summary.size;) {
      const range = await engine.readRange({
        responseId: summary.responseId,
        offset,
        length: PAGE,
      });
      pages.push(range.data);
      text += range.data;
      offset = range.offset + range.length;
    }
    expect(pages.length).toBeGreaterThan(1);
    expect(text).toContain('[session-token]');
    expectClean(text);
    expect(() => JSON.parse(text) as unknown).not.toThrow();
  });
});
