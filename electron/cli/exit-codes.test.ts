import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/ipc/errors';
import { runCaptured } from '../../test/cli-capture';
import { ExitCode } from './command';
import { exitCodeFor } from './commands/send-output';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cs-exit-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exit codes', () => {
  it('gives I/O failures their own code, never the service-error code 1', () => {
    expect(exitCodeFor('io')).toBe(ExitCode.io);
    expect(ExitCode.io).toBe(5);
    expect(exitCodeFor('aws-error')).toBe(ExitCode.awsError);
    expect(exitCodeFor('internal')).toBe(ExitCode.internal);
    // Every error code maps somewhere; none falls through to the service-error code by accident.
    const onlyAwsErrorIsOne = errorCodes.filter((code) => exitCodeFor(code) === 1);
    expect(onlyAwsErrorIsOne).toEqual(['aws-error']);
  });

  it('exits 5 when a command cannot write its --out file', async () => {
    const sample = join(dir, 'voices.json');
    await writeFile(sample, JSON.stringify({ Voices: [{ Id: 'Emma' }] }));
    const run = await runCaptured(
      [
        'model',
        sample,
        '--service',
        'polly',
        '--operation',
        'DescribeVoices',
        '--out',
        join(dir, 'missing-folder', 'model.json'),
      ],
      {},
      { cwd: dir },
    );
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/^connector-studio model: ENOENT/);
  });

  it('documents 5 in the top-level help', async () => {
    const run = await runCaptured(['--help']);
    expect(run.stdout).toContain('5 a local file could not be read or written');
  });
});
