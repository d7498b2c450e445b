import { PassThrough } from 'node:stream';
import type { CliIo } from '../electron/cli/command';
import { runCli } from '../electron/cli/main';

/** Where the captured CLI runs: its working folder, and the text on its stdin (left open when absent). */
export interface CaptureOptions {
  cwd?: string;
  stdin?: string;
}

/** Runs the CLI in-process with captured streams and returns its exit code and output. */
export async function runCaptured(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
  options: CaptureOptions = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: '', stderr: '' };
  stdout.on('data', (d: Buffer) => (chunks.stdout += d.toString()));
  stderr.on('data', (d: Buffer) => (chunks.stderr += d.toString()));
  const stdin = new PassThrough();
  if (options.stdin !== undefined) stdin.end(options.stdin);
  const io: CliIo = {
    stdout,
    stderr,
    stdin,
    env,
    cwd: options.cwd ?? process.cwd(),
    isTty: false,
  };
  const code = await runCli(argv, io);
  return { code, ...chunks };
}
