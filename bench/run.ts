import { performance } from 'node:perf_hooks';
import { suites } from './cases/index';
import type { BenchCase, BenchSuite } from './suite';

// `npm run bench` runs every suite; `npm run bench -- signing` only the suites whose name matches.
const filters = process.argv.slice(2).map((arg) => arg.toLowerCase());
const BATCH = 64;

interface Measurement {
  name: string;
  opsPerSecond: number;
  bytesPerOp: number | undefined;
  peakRssMb: number;
  peakHeapMb: number;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function runBatch(benchCase: BenchCase): Promise<void> {
  for (let i = 0; i < BATCH; i += 1) {
    const result = benchCase.run();
    if (result instanceof Promise) await result;
  }
}

// Rates are per second of this process's CPU time, not wall time: on a shared machine other
// processes steal wall time unevenly, while the CPU an operation costs stays put.
async function runFor(benchCase: BenchCase, ms: number, onBatch: () => void): Promise<number> {
  let ops = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - start < ms) {
    await runBatch(benchCase);
    ops += BATCH;
    onBatch();
  }
  const cpu = process.cpuUsage(cpuStart);
  return ops / ((cpu.user + cpu.system) / 1e6);
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
  const rates = suite.cases.map((): number[] => []);
  const peaks = suite.cases.map(() => ({ rss: 0, heap: 0 }));
  for (const benchCase of suite.cases) await runFor(benchCase, suite.warmupMs ?? 300, () => {});
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, benchCase] of suite.cases.entries()) {
      collectGarbage();
      const peak = peaks[index] ?? { rss: 0, heap: 0 };
      const sample = (): void => {
        const usage = process.memoryUsage();
        peak.rss = Math.max(peak.rss, usage.rss);
        peak.heap = Math.max(peak.heap, usage.heapUsed);
      };
      rates[index]?.push(await runFor(benchCase, roundMs, sample));
    }
  }
  return suite.cases.map((benchCase, index) => ({
    name: benchCase.name,
    opsPerSecond: median(rates[index] ?? []),
    bytesPerOp: benchCase.bytesPerOp,
    peakRssMb: (peaks[index]?.rss ?? 0) / 2 ** 20,
    peakHeapMb: (peaks[index]?.heap ?? 0) / 2 ** 20,
  }));
}

function formatRate(m: Measurement): string {
  if (m.bytesPerOp === undefined)
    return `${Math.round(m.opsPerSecond).toLocaleString('en-US')} ops/s`;
  return `${((m.opsPerSecond * m.bytesPerOp) / 1e6).toFixed(1)} MB/s`;
}

function printTable(suite: BenchSuite, results: Measurement[]): void {
  const baseline = results.find((m) => m.name === suite.baseline);
  const rows = results.map((m) => ({
    case: m.name,
    rate: formatRate(m),
    [`ratio vs ${suite.baseline}`]: baseline
      ? (m.opsPerSecond / baseline.opsPerSecond).toFixed(2)
      : 'n/a',
    'peak RSS MB': m.peakRssMb.toFixed(0),
    'peak heap MB': m.peakHeapMb.toFixed(0),
  }));
  console.log(`\n${suite.name}`);
  console.table(rows);
}

async function main(): Promise<void> {
  console.log(
    `Node ${process.version}, ${process.platform}/${process.arch}; rates per CPU-second, median of rounds`,
  );
  const selected = suites.filter(
    (suite) => filters.length === 0 || filters.some((f) => suite.name.toLowerCase().includes(f)),
  );
  for (const suite of selected) {
    await suite.setup?.();
    printTable(suite, await measureSuite(suite));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
