import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeOperation } from '../../../shared/ipc/dispatch';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { createCredentialService } from './credential-service';
import { EncryptedFileKeyStore } from './encrypted-file-key-store';
import {
  ISOLATED_ENV,
  credentialProcess,
  makeAwsHome,
  startFakeAws,
} from './fake-aws-peers.test-support';
import { credentialsHandlers } from './handlers';

// Planted secrets, one per place a user can put one; none may appear in any description or error.
const PLANTED = {
  envSecret: 'EnvSecretPlanted0123456789abcdefghijKLMN',
  envToken: 'EnvTokenPlanted0123456789abcdefghijKLMNopqrstuv',
  fileSecret: 'FileSecretPlanted0123456789abcdefghijKLM',
  fileToken: 'FileTokenPlanted0123456789abcdefghijKLMNopqrst',
  staticSecret: 'StaticSecretPlanted0123456789abcdefghijK',
  staticToken: 'StaticTokenPlanted0123456789abcdefghijKLMNopq',
  processSecret: 'ProcessSecretPlanted0123456789abcdefghiJ',
  shortSecret: 'short-secret!',
};
const KEY_IDS = [
  'AKIAENVPLANTED000001',
  'AKIAFILEPLANTED00001',
  'AKIASTATICPLANTED001',
  'ASIAPROCPLANTED00001',
];

let fake: Awaited<ReturnType<typeof startFakeAws>>;
beforeAll(async () => {
  fake = await startFakeAws();
});
afterAll(() => fake.close());

function setUp(): string {
  for (const [name, value] of Object.entries(ISOLATED_ENV)) vi.stubEnv(name, value);
  const dir = mkdtempSync(join(tmpdir(), 'planted-'));
  const good = JSON.stringify({
    Version: 1,
    AccessKeyId: KEY_IDS[3],
    SecretAccessKey: PLANTED.processSecret,
  });
  const home = makeAwsHome({
    config: [
      '[profile proc]',
      `credential_process = ${credentialProcess(dir, good)}`,
      '[profile proc-fails]',
      `credential_process = ${credentialProcess(dir, good, { exitCode: 1, stderr: `oops ${PLANTED.processSecret} ${PLANTED.shortSecret}` })}`,
      '[profile proc-bad-json]',
      `credential_process = ${credentialProcess(dir, `{"Version":1,"AccessKeyId":"${KEY_IDS[3]}","SecretAccessKey":"${PLANTED.processSecret}"`)}`,
      '[profile half]',
      `aws_secret_access_key = ${PLANTED.fileSecret}`,
      '[profile role-bad-source]',
      'role_arn = arn:aws:iam::123456789012:role/x',
      'source_profile = half',
    ].join('\n'),
    credentials: [
      '[default]',
      `aws_access_key_id = ${KEY_IDS[1]}`,
      `aws_secret_access_key = ${PLANTED.fileSecret}`,
      `aws_session_token = ${PLANTED.fileToken}`,
    ].join('\n'),
  });
  vi.stubEnv('HOME', home);
  vi.stubEnv('AWS_ACCESS_KEY_ID', KEY_IDS[0]);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', PLANTED.envSecret);
  vi.stubEnv('AWS_SESSION_TOKEN', PLANTED.envToken);
  return dir;
}

describe('secrets never leave the credentials module', () => {
  it('appear in no description, handler output or error message', async () => {
    const dir = setUp();
    const keyStore = new EncryptedFileKeyStore(join(dir, 'keys.json'), {
      isAvailable: () => true,
      encrypt: (text) => Buffer.from(text).reverse(),
      decrypt: (data) => Buffer.from(data).reverse().toString(),
    });
    const svc = createCredentialService({
      keyStore,
      env: process.env,
      clientConfig: { endpoint: fake.endpoint, region: 'us-east-1' },
    });
    const handlers = credentialsHandlers(svc, {
      bind: async () => undefined,
    }) as unknown as Handlers;
    const outputs: unknown[] = [];
    const call = async (name: string, input: unknown): Promise<unknown> => {
      const result = await invokeOperation(handlers, { name, input, context: undefined });
      outputs.push(result);
      return result;
    };
    const added = (await call('credentials.add', {
      label: 'planted',
      accessKeyId: KEY_IDS[2],
      secretAccessKey: PLANTED.staticSecret,
      sessionToken: PLANTED.staticToken,
    })) as { value: { id: string } };
    await call('credentials.add', {
      label: 'short',
      accessKeyId: KEY_IDS[2],
      secretAccessKey: PLANTED.shortSecret,
    });
    await call('credentials.list', {});
    for (const id of [added.value.id, 'env', 'default', 'profile:default', 'profile:proc'])
      outputs.push((await svc.resolve(id)).description);
    const failures = [
      'profile:proc-fails',
      'profile:proc-bad-json',
      'profile:half',
      'profile:role-bad-source',
    ];
    for (const id of failures) {
      const error = await svc.resolve(id).then(
        () => new Error(`${id} resolved`),
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'credentials' });
      outputs.push({
        message: (error as Error).message,
        details: (error as { details?: unknown }).details,
      });
    }
    await call('credentials.remove', { id: added.value.id });
    const text = JSON.stringify(outputs);
    for (const secret of Object.values(PLANTED)) expect(text).not.toContain(secret);
    for (const keyId of KEY_IDS) expect(text).not.toContain(keyId);
    expect(text).toContain('proc-fails');
    expect(text).toContain('AKIA…0001');
  });
});
