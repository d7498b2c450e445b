import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../command';
import { cliCredentials, promptMfa } from './send';

function io(env: NodeJS.ProcessEnv, isTty = false) {
  const stdin = new PassThrough();
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const cli: CliIo = { stdout: new PassThrough(), stderr, stdin, env, cwd: '/', isTty };
  return { cli, stdin, stderrText: () => err };
}

describe('send credentials', () => {
  it('uses keys from the CLI environment before the default chain', async () => {
    const { cli } = io({
      AWS_ACCESS_KEY_ID: 'AKIDCLIENV0000000001',
      AWS_SECRET_ACCESS_KEY: 'cli-env-secret',
      AWS_SESSION_TOKEN: 'tok',
    });
    expect(await cliCredentials(cli, undefined).resolve()).toEqual({
      credentials: {
        accessKeyId: 'AKIDCLIENV0000000001',
        secretAccessKey: 'cli-env-secret',
        sessionToken: 'tok',
      },
    });
  });

  it('fails with a credentials error for an unknown profile', async () => {
    const { cli } = io({
      AWS_CONFIG_FILE: '/nonexistent/config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
    });
    await expect(cliCredentials(cli, 'nope').resolve()).rejects.toMatchObject({
      code: 'credentials',
    });
  });

  it('prompts for an MFA code on stderr and reads it from stdin', async () => {
    const { cli, stdin, stderrText } = io({}, true);
    const code = promptMfa(cli)('arn:aws:iam::123456789012:mfa/me');
    stdin.write(' 123456 \n');
    expect(await code).toBe('123456');
    expect(stderrText()).toContain('MFA code for arn:aws:iam::123456789012:mfa/me');
  });
});
