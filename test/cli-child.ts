import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Runs the CLI in-process inside the child, then reports the child's peak resident set size.
const script = `
const { runCli } = await import(${JSON.stringify(`${root}electron/cli/main.ts`)});
const code = await runCli(JSON.parse(process.env.CLI_ARGV), {
  stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {}, cwd: process.env.CLI_CWD, isTty: false,
});
process.stderr.write('\\n@@maxrss=' + process.resourceUsage().maxRSS + '\\n');
process.exitCode = code;`;

/** What a CLI run in a child process printed, its exit status and its peak RSS in bytes. */
export interface ChildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  peakRssBytes: number;
}

/** Runs `connector-studio ARGV` from source in a child Node (via tsx) and measures its peak RSS. */
export function runCliChild(argv: string[], cwd: string): ChildRun {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      // Run from the project so `--import tsx` resolves; the CLI itself works in `cwd`.
      cwd: root,
      env: { ...process.env, CLI_ARGV: JSON.stringify(argv), CLI_CWD: cwd },
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    },
  );
  const match = /@@maxrss=(\d+)/.exec(result.stderr);
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.replace(/\n@@maxrss=\d+\n/, ''),
    peakRssBytes: match ? Number(match[1]) * 1024 : Number.NaN,
  };
}
