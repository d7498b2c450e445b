import type { Writable } from 'node:stream';

/** Exit codes of `connector-studio`, a documented interface (see README). */
export const ExitCode = {
  ok: 0,
  awsError: 1,
  usage: 2,
  credentials: 3,
  network: 4,
  /** A local file or folder could not be read or written (`--output /nonexistent/x`, a full disk). */
  io: 5,
  /** A bug: an unexpected failure (also what bin/ and entry.ts exit with). */
  internal: 70,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** What a command may touch: its streams and environment are injected so tests can run it in-process. */
export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTty: boolean;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<ExitCodeValue>;
}

/** A usage error: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
