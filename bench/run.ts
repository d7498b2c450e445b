import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { suites } from './cases/index';
import { describeE2eFigures } from './e2e-figures';
import type { BenchCase, BenchSuite } from './suite';

// `npm run bench` runs every suite; `npm run bench -- signing` only the suites whose name matches.
const filters = process.argv.slice(2).map((arg) => arg.toLowerCase());
const defaultBatch = 64;

interface Measurement {
  name: string;
  /** Per second of this process's CPU time. */
  opsPerCpuSecond: number;
  /** Per second of wall time. */
  opsPerSecond: number;
  bytesPerOp: number | undefined;
  peakRssMb: number;
  peakHeapMb: number;
}

interface Round {
  ops: number;
  cpuSeconds: number;
  wallSeconds: number;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function runBatch(benchCase: BenchCase, batch: number): Promise<void> {
  for (let i = 0; i < batch; i += 1) {
    const result = benchCase.run();
    if (result instanceof Promise) await result;
  }
}

// At least one batch, however short `ms`: a case that takes seconds still gets measured once.
async function runFor(
  benchCase: BenchCase,
  batch: number,
  ms: number,
  onBatch: () => void,
): Promise<Round> {
  let ops = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  do {
    await runBatch(benchCase, batch);
    ops += batch;
    onBatch();
  } while (performance.now() - start < ms);
  const cpu = process.cpuUsage(cpuStart);
  return {
    ops,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    wallSeconds: (performance.now() - start) / 1000,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

// Cases run in interleaved rounds and report the median round, so load from other processes on a
// shared machine skews every case alike instead of whichever happened to run during it.
async function measureSuite(suite: BenchSuite): Promise<Measurement[]> {
  const rounds = suite.rounds ?? 5;
  const roundMs = (suite.measureMs ?? 2000) / rounds;
  const warmupMs = suite.warmupMs ?? 300;
  const batchOf = (benchCase: BenchCase): number => benchCase.batch ?? suite.batch ?? defaultBatch;
  const results = suite.cases.map((): Round[] => []);
  const peaks = suite.cases.map(() => ({ rss: 0, heap: 0 }));
  // One full GC per suite, before the warm-up: forced before every round, it would make V8 drop the
  // type feedback of JS code, so each round would start cold (native code such as JSON.parse would not).
  collectGarbage();
  if (warmupMs > 0)
    for (const benchCase of suite.cases)
      await runFor(benchCase, batchOf(benchCase), warmupMs, () => {});
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, benchCase] of suite.cases.entries()) {
      const peak = peaks[index] ?? { rss: 0, heap: 0 };
      const sample = (): void => {
        const usage = process.memoryUsage();
        peak.rss = Math.max(peak.rss, usage.rss);
        peak.heap = Math.max(peak.heap, usage.heapUsed);
      };
      results[index]?.push(await runFor(benchCase, batchOf(benchCase), roundMs, sample));
    }
  }
  return suite.cases.map((benchCase, index) => ({
    name: benchCase.name,
    opsPerCpuSecond: median((results[index] ?? []).map((r) => r.ops / r.cpuSeconds)),
    opsPerSecond: median((results[index] ?? []).map((r) => r.ops / r.wallSeconds)),
    bytesPerOp: benchCase.bytesPerOp,
    peakRssMb: (peaks[index]?.rss ?? 0) / 2 ** 20,
    peakHeapMb: (peaks[index]?.heap ?? 0) / 2 ** 20,
  }));
}

function formatRate(
  opsPerSecond: number,
  bytesPerOp: number | undefined,
  unit: BenchSuite['unit'],
): string {
  if (unit === 'ms') return `${(1000 / opsPerSecond).toFixed(1)} ms`;
  if (bytesPerOp === undefined) return `${Math.round(opsPerSecond).toLocaleString('en-US')} ops/s`;
  return `${((opsPerSecond * bytesPerOp) / 1e6).toFixed(1)} MB/s`;
}

function printTable(suite: BenchSuite, results: Measurement[]): void {
  const baseline = results.find((m) => m.name === suite.baseline);
  const label = suite.unit === 'ms' ? 'per op' : 'rate';
  const rows = results.map((m) => ({
    case: m.name,
    [`${label} (CPU)`]: formatRate(m.opsPerCpuSecond, m.bytesPerOp, suite.unit),
    [`${label} (wall)`]: formatRate(m.opsPerSecond, m.bytesPerOp, suite.unit),
    ...(baseline
      ? {
          [`ratio vs ${suite.baseline} (CPU)`]: (
            m.opsPerCpuSecond / baseline.opsPerCpuSecond
          ).toFixed(2),
        }
      : {}),
    'peak RSS MB': m.peakRssMb.toFixed(0),
    'peak heap MB': m.peakHeapMb.toFixed(0),
  }));
  console.log(`\n${suite.name}`);
  if (rows.length > 0) console.table(rows);
}

async function main(): Promise<void> {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}; load average ${load}`);
  console.log(
    'Framework suites: median of interleaved rounds, per CPU-second of this process and per wall-clock second.',
  );
  const started = performance.now();
  const selected = suites.filter(
    (suite) => filters.length === 0 || filters.some((f) => suite.name.toLowerCase().includes(f)),
  );
  for (const suite of selected) {
    await suite.setup?.();
    printTable(suite, await measureSuite(suite));
  }
  // The e2e measures the renderer's long tasks in Chromium; the bench only reports its last run.
  if (filters.length === 0 || filters.some((f) => 'e2e large-response'.includes(f)))
    console.log(`\n${describeE2eFigures().join('\n')}`);
  const end = loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
  console.log(
    `\nBench took ${((performance.now() - started) / 1000).toFixed(0)} s; load average at the end ${end}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
