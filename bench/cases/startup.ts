import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { distStaleness } from '../../build/dist-freshness.mjs';
import type { BenchSuite } from '../suite';

const root = fileURLToPath(new URL('../..', import.meta.url));
// BENCH_CLI points at another checkout's bin/connector-studio.js to measure a before/after pair.
const cli = process.env.BENCH_CLI ?? join(root, 'bin/connector-studio.js');
const runs = 9;
// Ratio goals of issue 11 against bare `node -e 0`.
const goals: Record<string, number> = {
  '--help': 3,
  'structure small.json': 3,
  'send --dry-run': 5,
};

/** Wall milliseconds of one child process run to its end. */
function timeChild(args: string[], cwd: string, env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, env, stdio: 'ignore' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${String(result.status)}`);
  return ms;
}

function stats(values: number[]): { median: number; min: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, min: sorted[0] ?? NaN };
}

/** Start-up of the built CLI (`npm run build` first) as child processes, against `node -e 0`. */
async function measureStartup(): Promise<void> {
  // Measuring a bundle older than the sources would time old code.
  const stale = process.env.BENCH_CLI ? undefined : distStaleness(root);
  if (stale) throw new Error(`dist/ is stale (${stale}): run \`npm run build\` first.`);
  console.log(`\nstartup of ${cli}`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  writeFileSync(join(dir, 'small.json'), '{"Voices":[{"Id":"Emma","Engines":["neural"]}]}');
  // Fixed fake keys: the dry run signs without looking further for credentials.
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  };
  const cases: [string, string[]][] = [
    ['node -e 0', ['-e', '0']],
    ['--help', [cli, '--help']],
    ['structure small.json', [cli, 'structure', 'small.json']],
    [
      'send --dry-run',
      [
        cli,
        'send',
        '--dry-run',
        '--region',
        'us-east-1',
        '--service',
        'sts',
        '--method',
        'GET',
        '--path',
        '/',
      ],
    ],
  ];
  const times = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  // Interleaved rounds, so a burst of load elsewhere hits every case alike.
  for (let round = 0; round < runs; round += 1)
    for (const [name, args] of cases) times.get(name)?.push(timeChild(args, dir, env));
  rmSync(dir, { recursive: true, force: true });
  const base = stats(times.get('node -e 0') ?? []);
  console.table(
    cases.map(([name]) => {
      const s = stats(times.get(name) ?? []);
      return {
        case: name,
        'median ms': s.median.toFixed(0),
        'min ms': s.min.toFixed(0),
        'ratio (median)': (s.median / base.median).toFixed(2),
        'ratio (min)': (s.min / base.min).toFixed(2),
        goal: goals[name] ? `≤ ${goals[name]}×` : '',
      };
    }),
  );
}

/** `npm run bench -- startup`: CLI start-up as ratios of bare Node's start (wall time of child processes). */
export const startupSuite: BenchSuite = {
  name: `startup (${runs} interleaved child runs per case, wall time)`,
  baseline: 'node -e 0',
  setup: measureStartup,
  cases: [],
};
