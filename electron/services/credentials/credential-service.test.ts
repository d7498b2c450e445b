import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCredentialService } from './credential-service';
import {
  ISOLATED_ENV,
  ISSUED,
  credentialProcess,
  makeAwsHome,
  startFakeAws,
} from './fake-aws-peers.test-support';
import { MemoryKeyStore } from './key-store';
import { maskKeyId } from './mask';

const FILE_KEY = { id: 'AKIAFILEKEY000000001', secret: 'FileSecret0123456789abcdefghijABCDEFGHIJ' };
const PROCESS_KEY = {
  id: 'ASIAPROCESSKEY000001',
  secret: 'ProcSecret0123456789abcdefghijABCDEFGHIJ',
  token: 'ProcToken0123456789abcdefghijABCDEFGHIJklmn',
};

let fake: Awaited<ReturnType<typeof startFakeAws>>;
let home: string;

beforeAll(async () => {
  fake = await startFakeAws();
});
afterAll(() => fake.close());

beforeEach(() => {
  vi.unstubAllEnvs();
  for (const [name, value] of Object.entries(ISOLATED_ENV)) vi.stubEnv(name, value);
  home = makeAwsHome({ config: '', credentials: '' });
  const processOutput = JSON.stringify({
    Version: 1,
    AccessKeyId: PROCESS_KEY.id,
    SecretAccessKey: PROCESS_KEY.secret,
    SessionToken: PROCESS_KEY.token,
    Expiration: '2099-01-01T00:00:00Z',
  });
  home = makeAwsHome({
    config: [
      '[default]',
      'region = us-east-1',
      '[profile dev]',
      'role_arn = arn:aws:iam::123456789012:role/dev',
      'source_profile = default',
      '[profile dev-mfa]',
      'role_arn = arn:aws:iam::123456789012:role/dev',
      'source_profile = default',
      'mfa_serial = arn:aws:iam::123456789012:mfa/me',
      '[profile proc]',
      `credential_process = ${credentialProcess(home, processOutput)}`,
      '[profile sso]',
      'sso_session = corp',
      'sso_account_id = 123456789012',
      'sso_role_name = Admin',
      'region = us-east-1',
      '[sso-session corp]',
      'sso_start_url = https://corp.awsapps.com/start',
      'sso_region = us-east-1',
      '[profile sso-expired]',
      'sso_session = stale',
      'sso_account_id = 123456789012',
      'sso_role_name = Admin',
      '[sso-session stale]',
      'sso_start_url = https://stale.awsapps.com/start',
      'sso_region = us-east-1',
    ].join('\n'),
    credentials: [
      '[default]',
      `aws_access_key_id = ${FILE_KEY.id}`,
      `aws_secret_access_key = ${FILE_KEY.secret}`,
    ].join('\n'),
    ssoSession: 'corp',
  });
  vi.stubEnv('HOME', home);
});

function service(mfaCodeProvider?: (serial: string) => Promise<string>) {
  return createCredentialService({
    keyStore: new MemoryKeyStore(),
    env: process.env,
    mfaCodeProvider,
    clientConfig: { endpoint: fake.endpoint, region: 'us-east-1' },
  });
}

describe('createCredentialService', () => {
  it('lists static keys, environment, every profile and the default chain', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAENVKEY0000000001');
    const svc = service();
    const added = await svc.add({
      label: 'mine',
      accessKeyId: 'AKIASTATICKEY0000001',
      secretAccessKey: 'x'.repeat(40),
    });
    expect(added).toEqual({
      id: expect.stringMatching(/^static:[0-9a-f-]{36}$/),
      source: 'static',
      label: 'mine',
      maskedKeyId: 'AKIA…0001',
      storage: 'memory',
    });
    const list = await svc.list();
    expect(list.map((d) => d.id)).toEqual([
      added.id,
      'env',
      'profile:default',
      'profile:dev',
      'profile:dev-mfa',
      'profile:proc',
      'profile:sso',
      'profile:sso-expired',
      'default',
    ]);
    expect(list.find((d) => d.id === 'profile:default')).toMatchObject({
      kind: 'static keys',
      maskedKeyId: maskKeyId(FILE_KEY.id),
      storage: 'aws-files',
    });
    expect(list.find((d) => d.id === 'profile:dev-mfa')?.kind).toBe(
      'role arn:aws:iam::123456789012:role/dev from default, mfa',
    );
    expect(list.find((d) => d.id === 'profile:sso')?.kind).toBe('sso corp');
    expect(list.find((d) => d.id === 'profile:proc')?.kind).toBe('credential_process');
    expect(list.find((d) => d.id === 'env')).toMatchObject({
      source: 'environment',
      maskedKeyId: 'AKIA…0001',
    });
  });

  it('resolves static keys and removes them', async () => {
    const svc = service();
    const { id } = await svc.add({
      label: 'mine',
      accessKeyId: 'AKIASTATICKEY0000001',
      secretAccessKey: 's'.repeat(40),
      sessionToken: 'tok',
    });
    const resolved = await svc.resolve(id);
    expect(resolved.credentials).toEqual({
      accessKeyId: 'AKIASTATICKEY0000001',
      secretAccessKey: 's'.repeat(40),
      sessionToken: 'tok',
    });
    expect(resolved.description).toMatchObject({ id, source: 'static', kind: 'session token' });
    expect(await svc.remove(id)).toBe(true);
    await expect(svc.resolve(id)).rejects.toMatchObject({
      code: 'credentials',
      message: expect.stringContaining('no longer exists'),
    });
    await expect(svc.remove('profile:default')).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('resolves environment variables, and says which are missing', async () => {
    await expect(service().resolve('env')).rejects.toMatchObject({
      code: 'credentials',
      message: expect.stringContaining('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY'),
    });
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAENVKEY0000000001');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'e'.repeat(40));
    const resolved = await service().resolve('env');
    expect(resolved.credentials.accessKeyId).toBe('AKIAENVKEY0000000001');
    expect(resolved.description).toMatchObject({ id: 'env', maskedKeyId: 'AKIA…0001' });
  });

  it('resolves a profile with static keys from a file named by AWS_SHARED_CREDENTIALS_FILE', async () => {
    expect((await service().resolve('profile:default')).credentials).toEqual({
      accessKeyId: FILE_KEY.id,
      secretAccessKey: FILE_KEY.secret,
    });
    const other = makeAwsHome({
      config: '',
      credentials:
        '[only-here]\naws_access_key_id = AKIAOTHERFILE0000001\naws_secret_access_key = o\n',
    });
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(other, '.aws', 'credentials'));
    expect((await service().resolve('profile:only-here')).credentials.accessKeyId).toBe(
      'AKIAOTHERFILE0000001',
    );
    await expect(service().resolve('profile:default')).rejects.toMatchObject({
      code: 'credentials',
    });
  });

  it('assumes a role from source_profile through STS, signed with the source keys', async () => {
    const before = fake.seen.length;
    const resolved = await service().resolve('profile:dev');
    expect(resolved.credentials).toEqual({
      accessKeyId: ISSUED.accessKeyId,
      secretAccessKey: ISSUED.secretAccessKey,
      sessionToken: ISSUED.sessionToken,
      expiration: new Date(ISSUED.expiration),
    });
    expect(resolved.description).toMatchObject({
      id: 'profile:dev',
      expiresAt: ISSUED.expiration,
      maskedKeyId: maskKeyId(ISSUED.accessKeyId),
    });
    const call = fake.seen[before];
    expect(call?.body).toContain('Action=AssumeRole');
    expect(call?.body).toContain(encodeURIComponent('arn:aws:iam::123456789012:role/dev'));
    expect(call?.authorization).toContain(`Credential=${FILE_KEY.id}/`);
  });

  it('reuses temporary credentials until five minutes before they expire', async () => {
    let clock = Date.parse('2098-12-31T23:00:00Z');
    const svc = createCredentialService({
      keyStore: new MemoryKeyStore(),
      env: process.env,
      clientConfig: { endpoint: fake.endpoint, region: 'us-east-1' },
      now: () => clock,
    });
    const before = fake.seen.length;
    await svc.resolve('profile:dev');
    await svc.resolve('profile:dev');
    expect(fake.seen.length - before).toBe(1);
    clock = Date.parse('2098-12-31T23:56:00Z');
    await svc.resolve('profile:dev');
    expect(fake.seen.length - before).toBe(2);
  });

  it('asks for an MFA code when the profile has mfa_serial', async () => {
    const asked: string[] = [];
    const before = fake.seen.length;
    await service(async (serial) => (asked.push(serial), '123456')).resolve('profile:dev-mfa');
    expect(asked).toEqual(['arn:aws:iam::123456789012:mfa/me']);
    expect(fake.seen[before]?.body).toContain('TokenCode=123456');
    await expect(service().resolve('profile:dev-mfa')).rejects.toMatchObject({
      code: 'credentials',
      message: expect.stringMatching(/dev-mfa.*(MFA|multi-factor)/i),
    });
  });

  it('runs credential_process', async () => {
    const resolved = await service().resolve('profile:proc');
    expect(resolved.credentials).toMatchObject({
      accessKeyId: PROCESS_KEY.id,
      secretAccessKey: PROCESS_KEY.secret,
      sessionToken: PROCESS_KEY.token,
    });
    expect(resolved.description.expiresAt).toBe('2099-01-01T00:00:00.000Z');
  });

  it('uses a cached SSO token and explains a missing one', async () => {
    const before = fake.seen.length;
    const resolved = await service().resolve('profile:sso');
    expect(resolved.credentials.accessKeyId).toBe(ISSUED.accessKeyId);
    expect(fake.seen[before]).toMatchObject({ method: 'GET', ssoToken: 'cachedSsoAccessToken' });
    await expect(service().resolve('profile:sso-expired')).rejects.toMatchObject({
      code: 'credentials',
      message: expect.stringMatching(/sso-expired.*SSO/i),
    });
  });

  it('resolves the default chain and names it when it finds nothing', async () => {
    expect((await service().resolve()).credentials.accessKeyId).toBe(FILE_KEY.id);
    vi.stubEnv('AWS_PROFILE', 'proc');
    expect((await service().resolve('default')).credentials.accessKeyId).toBe(PROCESS_KEY.id);
    vi.stubEnv('AWS_PROFILE', undefined);
    vi.stubEnv('HOME', makeAwsHome({ config: '', credentials: '' }));
    await expect(service().resolve()).rejects.toMatchObject({
      code: 'credentials',
      message: expect.stringContaining('default credential chain'),
    });
  });

  it('names unknown sources and profiles', async () => {
    await expect(service().resolve('profile:nope')).rejects.toMatchObject({
      code: 'credentials',
      message: expect.stringContaining('"nope"'),
    });
    await expect(service().resolve('bogus')).rejects.toMatchObject({ code: 'credentials' });
  });
});
