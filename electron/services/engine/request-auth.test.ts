import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { exportCurl, importCollection, toRequestSpec } from '../../../shared/domain/collection';
import type { CollectionData, RequestFile } from '../../../shared/domain/collection';
import { requestSpecSchema } from '../../../shared/ipc/operations/request';
import { closeServers, okText, recordingServer } from '../http/test-servers.test-support';
import type { Seen } from '../http/test-servers.test-support';
import { MemorySecretGrants } from '../storage/secret-grants';
import { createEngine } from './engine';
import { storedSecrets } from './secret-variables';

const run = promisify(execFile);
afterEach(closeServers);

// The AWS resolver fails the test if it is ever asked: requests without SigV4 must never reach it.
const awsNeverAsked = {
  resolve: async (id?: string) => {
    if (id === 'static:token')
      return { credentials: { accessKeyId: 'bearer-token', secretAccessKey: 'Stored-Token-123' } };
    throw new Error(`AWS credentials were asked for (${id ?? 'default'})`);
  },
};

function collectionWith(origin: string, requests: RequestFile[]): CollectionData {
  return {
    collection: {
      formatVersion: 1,
      name: 'c',
      service: 'sts',
      region: 'us-east-1',
      environments: [
        {
          name: 'e',
          variables: [
            { name: 'baseUrl', value: `${origin}/prod` },
            { name: 'apiKey', value: 'k-123' },
          ],
        },
      ],
      folders: [],
      order: [],
    },
    requests: requests.map((request, i) => ({ slug: `r${i}`, request })),
  };
}

const COLLECTION = '/collections/c';

/** Grants where `static:token` is bound to the collection and `host` is approved for it. */
async function grantsFor(host: string, bound = 'static:token'): Promise<MemorySecretGrants> {
  const grants = new MemorySecretGrants();
  await grants.bind(COLLECTION, bound);
  await grants.approve(COLLECTION, host);
  return grants;
}

const base = {
  formatVersion: 1 as const,
  folder: '',
  endpoint: '{{baseUrl}}',
  headers: [] as Array<[string, string]>,
};

function headersOf(seen: Seen, names: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < seen.rawHeaders.length; i += 2)
    if (names.includes((seen.rawHeaders[i] as string).toLowerCase()))
      out.push([(seen.rawHeaders[i] as string).toLowerCase(), seen.rawHeaders[i + 1] as string]);
  return out.sort();
}

describe('auth other than SigV4', () => {
  it('sends bearer, basic and API key auth from a base-URL template without ever asking for AWS credentials', async () => {
    const server = await recordingServer(okText);
    const data = collectionWith(server.origin, [
      {
        ...base,
        name: 'bearer',
        method: 'GET',
        path: '/items',
        query: [
          ['b', '2'],
          ['a', '1'],
        ],
        auth: { type: 'bearer', credentialId: 'static:token' },
      },
      {
        ...base,
        name: 'basic',
        method: 'POST',
        path: '/login',
        query: [],
        headers: [['Content-Type', 'application/json']],
        body: { kind: 'text', text: '{"x": 1}' },
        auth: { type: 'basic', username: 'alice', password: 'pw-1' },
      },
      {
        ...base,
        name: 'key',
        method: 'GET',
        path: '/k',
        query: [],
        auth: { type: 'apikey', key: 'X-Api-Key', in: 'header', value: '{{apiKey}}' },
      },
      { ...base, name: 'none', method: 'DELETE', path: '/x y', query: [], auth: { type: 'none' } },
    ]);
    const grants = await grantsFor(new URL(server.origin).host);
    const engine = createEngine({
      credentials: awsNeverAsked,
      secrets: storedSecrets(awsNeverAsked, grants),
      clock: () => new Date(),
      env: {},
    });
    for (const { request } of data.requests) {
      const built = toRequestSpec(data.collection, request, data.collection.environments[0]);
      if (!built.ok) throw new Error('unresolved');
      const spec = { ...built.spec, collection: COLLECTION };
      const summary = await engine.send(requestSpecSchema.parse(spec), {
        requestId: request.name,
      });
      expect(summary.signed.canonicalRequest).toBe('');
      expect(JSON.stringify(summary.signed)).not.toMatch(/Stored-Token-123|pw-1|k-123/);
    }
    const [bearer, basic, key, none] = server.seen as [Seen, Seen, Seen, Seen];
    expect(bearer.url).toBe('/prod/items?b=2&a=1');
    expect(headersOf(bearer, ['authorization', 'x-amz-date'])).toEqual([
      ['authorization', 'Bearer Stored-Token-123'],
    ]);
    expect(headersOf(basic, ['authorization'])).toEqual([
      ['authorization', `Basic ${Buffer.from('alice:pw-1').toString('base64')}`],
    ]);
    expect(basic.body.toString()).toBe('{"x": 1}');
    expect(headersOf(key, ['x-api-key'])).toEqual([['x-api-key', 'k-123']]);
    expect(none.method).toBe('DELETE');
    expect(none.url).toBe('/prod/x%20y');
    expect(headersOf(none, ['authorization'])).toEqual([]);
  });
});

describe('a stored key named by bearer, basic or API key auth', () => {
  const bearer = (credentialId: string, origin: string): RequestFile => ({
    ...base,
    endpoint: origin,
    name: 'bearer',
    method: 'GET',
    path: '/items',
    query: [],
    auth: { type: 'bearer', credentialId },
  });
  const specOf = (request: RequestFile, origin: string) => {
    const data = collectionWith(origin, [request]);
    const built = toRequestSpec(data.collection, request, data.collection.environments[0]);
    if (!built.ok) throw new Error('unresolved');
    return requestSpecSchema.parse({ ...built.spec, collection: COLLECTION });
  };
  // A resolver that would hand out the user's AWS secret key for the environment chain.
  const awsEnv = {
    resolve: async (id?: string) => ({
      credentials: { accessKeyId: 'AKIDENV', secretAccessKey: `aws-secret-of-${id ?? 'default'}` },
    }),
  };

  it('is never filled from the AWS environment chain or a profile, even on an approved host', async () => {
    const server = await recordingServer(okText);
    const host = new URL(server.origin).host;
    for (const credentialId of ['env', 'profile:default', 'default']) {
      const engine = createEngine({
        credentials: awsEnv,
        secrets: storedSecrets(awsEnv, await grantsFor(host, credentialId)),
        clock: () => new Date(),
        env: {},
      });
      await expect(
        engine.send(specOf(bearer(credentialId, server.origin), server.origin), {
          requestId: credentialId,
        }),
      ).rejects.toMatchObject({ code: 'credentials' });
      await expect(
        engine.dryRun(specOf(bearer(credentialId, server.origin), server.origin)),
      ).rejects.toMatchObject({ code: 'credentials' });
    }
    expect(server.seen).toHaveLength(0);
  });

  it('goes only to a host the user approved for the collection, and the plan lists the auth use', async () => {
    const server = await recordingServer(okText);
    const grants = new MemorySecretGrants();
    await grants.bind(COLLECTION, 'static:token');
    const engine = createEngine({
      credentials: awsNeverAsked,
      secrets: storedSecrets(awsNeverAsked, grants),
      clock: () => new Date(),
      env: {},
    });
    const spec = specOf(bearer('static:token', server.origin), server.origin);
    await expect(engine.send(spec, { requestId: 'r1' })).rejects.toThrow(/not approved/);
    expect(server.seen).toHaveLength(0);
    const plan = await engine.secretPlan(spec);
    expect(plan).toMatchObject({ approved: false, host: new URL(server.origin).host });
    expect(plan?.uses).toEqual([{ variable: 'auth.secret', field: 'bearer auth' }]);
    await grants.approve(COLLECTION, new URL(server.origin).host);
    const summary = await engine.send(spec, { requestId: 'r2' });
    expect(summary.status).toBe(200);
    expect(headersOf(server.seen[0] as Seen, ['authorization'])).toEqual([
      ['authorization', 'Bearer Stored-Token-123'],
    ]);
  });
});

describe('curl export, run by curl', () => {
  it('sends the same method, path, headers and body as the engine, byte for byte', async () => {
    const server = await recordingServer(okText);
    const data = collectionWith(server.origin, [
      {
        ...base,
        name: 'post',
        method: 'POST',
        path: '/a b/c',
        query: [
          ['q', 'x y'],
          ['flag', null],
        ],
        headers: [
          ['Content-Type', 'application/json'],
          ['X-Trace', "it's"],
        ],
        body: { kind: 'text', text: '{"a": "b c", "d": [1, 2]}\n' },
        auth: { type: 'apikey', key: 'X-Api-Key', in: 'header', value: '{{apiKey}}' },
      },
      {
        ...base,
        name: 'get',
        method: 'GET',
        path: '/list',
        query: [
          ['z', '1'],
          ['a', '2'],
        ],
        auth: { type: 'basic', username: 'alice', password: 'pw-1' },
      },
    ]);
    const engine = createEngine({ credentials: awsNeverAsked, clock: () => new Date(), env: {} });
    for (const { request } of data.requests) {
      const built = toRequestSpec(data.collection, request, data.collection.environments[0]);
      if (!built.ok) throw new Error('unresolved');
      await engine.send(requestSpecSchema.parse(built.spec), { requestId: request.name });
    }
    const script = exportCurl(data).text;
    await run('bash', ['-c', script.replace(/^curl /gm, 'curl -s -o /dev/null ')], {
      timeout: 20_000,
    });
    const engineSeen = server.seen.slice(0, 2);
    const curlSeen = server.seen.slice(2);
    const compared = ['content-type', 'x-trace', 'x-api-key', 'authorization'];
    for (const [i, fromEngine] of engineSeen.entries()) {
      const fromCurl = curlSeen[i] as Seen;
      expect(fromCurl.method).toBe(fromEngine.method);
      expect(fromCurl.url).toBe(fromEngine.url);
      expect(headersOf(fromCurl, compared)).toEqual(headersOf(fromEngine, compared));
      expect(fromCurl.body.equals(fromEngine.body)).toBe(true);
    }
  });

  it('writes the SigV4 query sorted, so curl --aws-sigv4 sends it in canonical order', async () => {
    const server = await recordingServer(okText);
    const text = `curl --aws-sigv4 "aws:amz:us-east-1:execute-api" --user "AKIDEXAMPLE:secret" "${server.origin}/p?z=1&b=2&a=3"`;
    const imported = importCollection(text);
    const script = exportCurl(imported.data).text;
    await run('bash', ['-c', script.replace(/^curl /gm, 'curl -s -o /dev/null ')], {
      timeout: 20_000,
      env: { ...process.env, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret' },
    });
    expect(server.seen[0]?.url).toBe('/p?a=3&b=2&z=1');
    expect(headersOf(server.seen[0] as Seen, ['authorization'])[0]?.[1]).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d+\/us-east-1\/execute-api\/aws4_request/,
    );
  });
});
