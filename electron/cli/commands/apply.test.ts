import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../../test/cli-capture';
import type { CliIo } from '../command';
import type { ScriptRunner } from '../../services/mendix/apply-service';
import { createApplyCommand } from './apply';

const dir = mkdtempSync(join(tmpdir(), 'apply-cli-'));
writeFileSync(
  join(dir, 'voices.json'),
  '{"Voices":[{"Gender":"Female","Id":"Emma","LanguageCode":"en-GB","Name":"Emma"}]}',
);
const sampleArgs = ['voices.json', '--service', 'polly', '--method', 'GET', '--path', '/v1/voices'];
const token = 'MENDIX-PAT-planted-4f1c9e';

function io(env: NodeJS.ProcessEnv) {
  const out = { stdout: '', stderr: '' };
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (d: Buffer) => (out.stdout += d.toString()));
  stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
  const value: CliIo = { stdout, stderr, stdin: new PassThrough(), env, cwd: dir, isTty: false };
  return { value, out };
}

describe('connector-studio apply', () => {
  it('asks for MENDIX_TOKEN and the App ID before doing anything', async () => {
    const noToken = await runCaptured(
      ['apply', ...sampleArgs, '--app-id', 'abc-123'],
      {},
      { cwd: dir },
    );
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/MENDIX_TOKEN/);
    const noApp = await runCaptured(
      ['apply', ...sampleArgs],
      { MENDIX_TOKEN: token },
      { cwd: dir },
    );
    expect(noApp.code).toBe(2);
    expect(noApp.stderr).toMatch(/--app-id/);
    const badApp = await runCaptured(
      ['apply', ...sampleArgs, '--app-id', '../x'],
      { MENDIX_TOKEN: token },
      { cwd: dir },
    );
    expect(badApp.code).toBe(2);
  });

  it('runs the generated script with the token in its environment only, and redacts it from output', async () => {
    const calls: Array<{
      args: string[];
      env: Record<string, string>;
      script: string;
      files: boolean;
    }> = [];
    const runner: ScriptRunner = async ({ cwd, args, env, onOutput }) => {
      calls.push({
        args,
        env,
        script: readFileSync(join(cwd, 'apply-connector.ts'), 'utf8'),
        files:
          existsSync(join(cwd, 'package.json')) &&
          existsSync(join(cwd, 'node_modules/mendixmodelsdk')),
      });
      onOutput(`created module AmazonPollyConnector\nusing token ${env.MENDIX_TOKEN}\n`);
      return 0;
    };
    const { value, out } = io({ MENDIX_TOKEN: token });
    const code = await createApplyCommand(runner).run(
      [...sampleArgs, '--app-id', 'abc-123', '--branch', 'dev'],
      value,
    );
    expect(code).toBe(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args).toEqual([
      'apply-connector.ts',
      '--app-id',
      'abc-123',
      '--branch',
      'dev',
    ]);
    expect(calls[0]!.env).toEqual({ MENDIX_TOKEN: token });
    expect(calls[0]!.files).toBe(true);
    expect(calls[0]!.script).toContain("'Get_v1_DescribeVoices'".replace(/'/g, '"'));
    expect(calls[0]!.script).not.toContain(token);
    expect(out.stdout).toContain('created module AmazonPollyConnector');
    expect(out.stdout).toContain('using token [redacted]');
    expect(out.stdout + out.stderr).not.toContain(token);
  });

  it('exits 1 when the script fails', async () => {
    const { value } = io({ MENDIX_TOKEN: token });
    const code = await createApplyCommand(async () => 1).run(
      [...sampleArgs, '--app-id', 'abc-123'],
      value,
    );
    expect(code).toBe(1);
  });
});
