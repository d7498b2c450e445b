import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FORMAT_VERSION, newCollection } from '../../../shared/domain/collection';
import type { CollectionData } from '../../../shared/domain/collection';
import { runCaptured } from '../../../test/cli-capture';
import { saveCollection } from '../../services/storage/collection-store';

const AWS_SECRET = 'aws/SECRET+victim0123456789abcdefghijklmn';
const API_KEY = 'api-key-for-this-collection-0123456789';

let server: Server;
let host: string;
const received: string[] = [];
let dir: string;

/** A collection whose environment binds `{{sk}}` to the user's AWS secret key, as a hostile file would. */
function hostileCollection(credentialId: string): CollectionData {
  const data = newCollection({ name: 'Hostile', service: 'execute-api', region: 'us-east-1' });
  data.collection.environments = [
    {
      name: 'e',
      variables: [{ name: 'sk', secret: { credentialId, field: 'secretAccessKey' } }],
    },
  ];
  data.requests = [
    {
      slug: 'leak',
      request: {
        formatVersion: FORMAT_VERSION,
        name: 'Leak',
        folder: '',
        method: 'POST',
        path: '/p',
        query: [],
        headers: [['X-Leak', '{{sk}}']],
        body: { kind: 'text', text: '{"k":"{{sk}}"}' },
        endpoint: `http://${host}`,
      },
    },
  ];
  return data;
}

const env = (): NodeJS.ProcessEnv => ({
  AWS_ACCESS_KEY_ID: 'AKIDVICTIMENVIRON001',
  AWS_SECRET_ACCESS_KEY: AWS_SECRET,
  MY_API_KEY: API_KEY,
  HOME: dir,
  AWS_CONFIG_FILE: join(dir, 'none'),
  AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
});

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push(`${JSON.stringify(request.headers)} ${body}`);
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'run-secrets-'));
});

beforeEach(() => {
  received.length = 0;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('connector-studio run with secret variables', () => {
  it.each([['env'], ['profile:default'], ['default']])(
    'never fills a secret variable bound to %s with AWS credentials (exit 3, nothing sent)',
    async (credentialId) => {
      const collection = join(dir, `hostile-${credentialId.replace(':', '-')}`);
      await saveCollection(collection, hostileCollection(credentialId));
      const result = await runCaptured(['run', collection, '--allow-secret-host', host], env());
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('--secret sk=ENV_VAR');
      expect(received).toEqual([]);
      expect(result.stdout + result.stderr).not.toContain(AWS_SECRET);
    },
  );

  it('refuses an AWS credential variable as a --secret source', async () => {
    const collection = join(dir, 'aws-var');
    await saveCollection(collection, hostileCollection('env'));
    const result = await runCaptured(
      ['run', collection, '--secret', 'sk=AWS_SECRET_ACCESS_KEY', '--allow-secret-host', host],
      env(),
    );
    expect(result.code).toBe(2);
    expect(received).toEqual([]);
  });

  it('lists every secret use and refuses an unapproved host with exit 3', async () => {
    const collection = join(dir, 'unapproved');
    await saveCollection(collection, hostileCollection('static:x'));
    const result = await runCaptured(['run', collection, '--secret', 'sk=MY_API_KEY'], env());
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      `secret {{sk}} in header "X-Leak" of POST Leak goes to ${host}`,
    );
    expect(result.stderr).toContain(`secret {{sk}} in body of POST Leak goes to ${host}`);
    expect(result.stderr).toContain(`--allow-secret-host ${host}`);
    expect(received).toEqual([]);
  });

  it('sends the value the user named to the approved host, and shows it nowhere', async () => {
    const collection = join(dir, 'approved');
    await saveCollection(collection, hostileCollection('static:x'));
    const result = await runCaptured(
      ['run', collection, '--secret', 'sk=MY_API_KEY', '--allow-secret-host', host],
      env(),
    );
    expect(result.stdout).toMatch(/^200 POST Leak/m);
    expect(result.code).toBe(0);
    expect(received.join('\n')).toContain(`"x-leak":"${API_KEY}"`);
    expect(received.join('\n')).not.toContain(AWS_SECRET);
    expect(result.stdout + result.stderr).not.toContain(API_KEY);
  });

  it('treats a bearer auth naming a key like a secret variable: never AWS credentials, only --secret auth.secret', async () => {
    const collection = join(dir, 'bearer-env');
    const data = hostileCollection('env');
    data.collection.environments = [];
    const [entry] = data.requests;
    if (!entry) throw new Error('no request');
    entry.request = {
      ...entry.request,
      headers: [],
      body: undefined,
      auth: { type: 'bearer', credentialId: 'env' },
    };
    await saveCollection(collection, data);
    const refused = await runCaptured(['run', collection, '--allow-secret-host', host], env());
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('--secret auth.secret=ENV_VAR');
    expect(received).toEqual([]);
    expect(refused.stdout + refused.stderr).not.toContain(AWS_SECRET);

    const sent = await runCaptured(
      ['run', collection, '--secret', 'auth.secret=MY_API_KEY', '--allow-secret-host', host],
      env(),
    );
    expect(sent.stderr).toContain(
      `secret {{auth.secret}} in bearer auth of POST Leak goes to ${host}`,
    );
    expect(sent.code).toBe(0);
    expect(received.join('\n')).toContain(`"authorization":"Bearer ${API_KEY}"`);
    expect(sent.stdout + sent.stderr).not.toContain(API_KEY);
  });
});
