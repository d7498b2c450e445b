import { ExitCode, UsageError } from './command';
import type { CliIo, ExitCodeValue } from './command';
import { commands } from './commands/index';

const HELP = `connector-studio: sign and send AWS requests, and turn responses into Mendix connector parts.

Usage: connector-studio <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join('\n')}

Run 'connector-studio <command> --help' for a command's options.
Exit codes: 0 success, 1 the service answered with an error, 2 usage, 3 credentials, 4 network or timeout,
5 a local file could not be read or written.`;

// Node's codes for a file or folder that cannot be read or written: the user's disk, not the service.
const fileSystemCodes = new Set([
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EACCES',
  'EPERM',
  'EEXIST',
  'ENOSPC',
  'EROFS',
  'EMFILE',
  'ENAMETOOLONG',
  'EDQUOT',
]);

/** The message of a file-system failure, or undefined when the error is something else. */
function fileSystemFailure(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined || !fileSystemCodes.has(code)) return undefined;
  return error.message;
}

function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Runs one CLI invocation; never calls process.exit so tests can call it in-process. */
export async function runCli(argv: string[], io: CliIo): Promise<ExitCodeValue> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    write(io.stdout, HELP);
    return name ? ExitCode.ok : ExitCode.usage;
  }
  if (name === '--version' || name === '-v') {
    write(io.stdout, process.env.npm_package_version ?? '0.1.0');
    return ExitCode.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    write(io.stderr, `Unknown command "${name}".\n\n${HELP}`);
    return ExitCode.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    write(io.stdout, command.usage);
    return ExitCode.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      write(io.stderr, `${error.message}\n\n${command.usage}`);
      return ExitCode.usage;
    }
    const ioFailure = fileSystemFailure(error);
    if (ioFailure !== undefined) {
      write(io.stderr, `connector-studio ${command.name}: ${ioFailure}`);
      return ExitCode.io;
    }
    throw error;
  }
}

export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    isTty: Boolean(process.stdin.isTTY),
  });
  process.exitCode = code;
}
