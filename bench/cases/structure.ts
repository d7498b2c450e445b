import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { InputData, jsonInputForTargetLanguage, quicktype } from 'quicktype-core';
import { inferJsonStructure } from '../../shared/domain/json-structure/index';
import type { BenchCase, BenchSuite } from '../suite';
import type { OperationModel } from '../../shared/aws/shapes';
import { bundledInference } from './bundled';
import { peakInFreshProcess } from './peak-memory';
import { RssSampler } from './rss-sampler';
import { describeInstancesModel } from './structure-model';
import {
  deepObject,
  describeInstancesLike,
  heterogeneousItems,
  wideObject,
} from './structure-fixtures';

const require = createRequire(import.meta.url);
const genson = require('genson-js') as { createSchema(value: unknown): unknown };
const toJsonSchema = require('to-json-schema') as (value: unknown) => unknown;
const generateSchema = require('generate-schema') as {
  json(title: string, value: unknown): unknown;
};

interface Subject {
  name: string;
  /** One inference (or parse) of the decoded text; every subject starts from the same bytes. */
  run(text: string): unknown;
  isPeer: boolean;
  /** Largest input this subject is given; past it the row says "skipped". */
  maxBytes?: number;
}

async function quicktypeSchema(text: string): Promise<unknown> {
  const input = jsonInputForTargetLanguage('schema');
  await input.addSource({ name: 'Root', samples: [text] });
  const inputData = new InputData();
  inputData.addInput(input);
  return quicktype({ inputData, lang: 'schema' });
}

const ours = 'ours (bytes → tree)';
const oursModel = 'ours, model-complete (bytes → tree)';

let instancesModel: OperationModel | undefined;
const parseAlone = 'JSON.parse alone';

// Set by the suites' setup: the bundled build of the inference, as the CLI and the app ship it.
let shipped: { infer: typeof inferJsonStructure; file: string } | undefined;

function oursShipped(text: string): unknown {
  if (shipped === undefined)
    throw new Error('The bundled inference is not loaded: run the suite setup first.');
  return shipped.infer([text], { studioProVersion: 10 });
}

const subjects: Subject[] = [
  { name: parseAlone, run: (text) => JSON.parse(text), isPeer: false },
  { name: ours, run: oursShipped, isPeer: false },
  {
    name: oursModel,
    run: (text) => {
      if (shipped === undefined) throw new Error('The bundled inference is not loaded.');
      instancesModel ??= describeInstancesModel();
      return shipped.infer([text], { studioProVersion: 10, model: instancesModel });
    },
    isPeer: false,
  },
  // For reading the numbers: the same code through tsx's per-file development transform.
  {
    name: 'ours, unbundled (tsx)',
    run: (text) => inferJsonStructure([text], { studioProVersion: 10 }),
    isPeer: false,
  },
  // The two slowest peers take a minute each on 100 MB; they run up to 12 MB to keep the suite short.
  {
    name: 'genson-js',
    run: (text) => genson.createSchema(JSON.parse(text)),
    isPeer: true,
    maxBytes: 12e6,
  },
  {
    name: 'to-json-schema',
    run: (text) => toJsonSchema(JSON.parse(text)),
    isPeer: true,
    maxBytes: 12e6,
  },
  {
    name: 'generate-schema',
    run: (text) => generateSchema.json('Root', JSON.parse(text)),
    isPeer: true,
  },
  { name: 'quicktype-core', run: (text) => quicktypeSchema(text), isPeer: true, maxBytes: 12e6 },
];

/** Bytes in, result out: every subject, JSON.parse alone included, pays for decoding the body. */
function fromBytes(subject: Subject, bytes: Buffer): unknown {
  return subject.run(bytes.toString('utf8'));
}

// The framework suite: the ~100 KB response, in batches of 32 runs (4 for the slower peers).
const smallBytes = Buffer.from(describeInstancesLike(100_000));
const smallSuite: BenchSuite = {
  name: 'structure: EC2 DescribeInstances-like, 100 KB',
  baseline: 'JSON.parse alone',
  cases: subjects.map((subject): BenchCase => ({
    name: subject.name,
    bytesPerOp: smallBytes.length,
    run: () => fromBytes(subject, smallBytes),
    batch: subject.isPeer ? 4 : 32,
  })),
  async setup() {
    shipped = await bundledInference();
    // A peer that fails here is reported as crashed instead of ending the run.
    for (const benchCase of this.cases) {
      try {
        await benchCase.run();
      } catch (error) {
        benchCase.name = `${benchCase.name} (crashed: ${describe(error)})`;
        benchCase.run = () => undefined;
      }
    }
  },
  measureMs: 1500,
  rounds: 3,
  warmupMs: 200,
};

function describe(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message.slice(0, 60)}`
    : String(error).slice(0, 60);
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
// A full GC is forced before each subject's first, untimed run. Forcing one before every timed run
// (BENCH_GC=1) makes V8 drop the type feedback of JS code, so each timed run of ours and of every
// peer starts cold while native JSON.parse does not: 44 → 87 ms for ours on 10 MB, JSON.parse 46 → 46.
const gcEveryRun = process.env.BENCH_GC === '1';

interface Timing {
  /** Median wall time of the timed runs. */
  ms: number;
  /** Median CPU time of the process (all threads); steadier than wall time on a shared machine. */
  cpuMs: number;
  peakMb: number;
  runs: number;
}

interface Input {
  label: string;
  bytes: Buffer;
}

async function once(subject: Subject, bytes: Buffer): Promise<{ ms: number; cpuMs: number }> {
  if (gcEveryRun) collectGarbage();
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = fromBytes(subject, bytes);
  if (result instanceof Promise) await result;
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * The first run warms up and measures peak memory with the sampler on; the medians come from the
 * runs after it, with the sampler off. A subject that runs once (a peer on 100 MB) is timed on that run.
 */
async function measure(
  subject: Subject,
  bytes: Buffer,
  sampler: RssSampler,
): Promise<Timing | string> {
  if (subject.maxBytes !== undefined && bytes.length > subject.maxBytes)
    return `skipped (over ${subject.maxBytes / 1e6} MB)`;
  const runs = bytes.length > 50e6 ? (subject.isPeer ? 1 : 3) : bytes.length > 5e6 ? 7 : 21;
  const times: { ms: number; cpuMs: number }[] = [];
  let peak: number;
  try {
    collectGarbage();
    const base = await sampler.start();
    const first = await once(subject, bytes);
    peak = (await sampler.stop()) - base;
    if (runs === 1) times.push(first);
    for (let run = 0; run < runs; run += 1) times.push(await once(subject, bytes));
  } catch (error) {
    await sampler.stop();
    return `crashed (${describe(error)})`;
  }
  return {
    ms: median(times.map((t) => t.ms)),
    cpuMs: median(times.map((t) => t.cpuMs)),
    peakMb: peak / 2 ** 20,
    runs: times.length,
  };
}

function row(
  input: Input,
  subject: Subject,
  result: Timing | string,
  parse: Timing | undefined,
): Record<string, string> {
  const mb = input.bytes.length / 1e6;
  if (typeof result === 'string')
    return { input: input.label, subject: subject.name, 'median ms': result };
  return {
    input: input.label,
    subject: subject.name,
    'median ms': result.ms.toFixed(1),
    'MB/s': (mb / (result.ms / 1000)).toFixed(1),
    'vs JSON.parse': parse ? (parse.ms / result.ms).toFixed(2) : '',
    'median CPU ms': result.cpuMs.toFixed(1),
    'vs JSON.parse (CPU)': parse ? (parse.cpuMs / result.cpuMs).toFixed(2) : '',
    'peak RSS +MB': result.peakMb.toFixed(0),
    runs: String(result.runs),
  };
}

async function largeInputs(): Promise<void> {
  const inputs: [string, () => string][] = [
    ['EC2-like 10 MB', () => describeInstancesLike(10e6)],
    ['EC2-like 100 MB', () => describeInstancesLike(100e6)],
    ['5,000 keys in one object', () => wideObject(5_000)],
    ['depth 5,000', () => deepObject(5_000)],
    ['100,000 heterogeneous items', () => heterogeneousItems(100_000)],
  ];
  shipped = await bundledInference();
  const sampler = new RssSampler();
  const rows: Record<string, string>[] = [];
  const summary: string[] = [];
  for (const [label, make] of inputs) {
    const bytes = Buffer.from(make());
    const input = { label: `${label} (${(bytes.length / 1e6).toFixed(1)} MB)`, bytes };
    const results = new Map<string, Timing>();
    for (const subject of subjects) {
      const result = await measure(subject, bytes, sampler);
      if (typeof result !== 'string') results.set(subject.name, result);
      rows.push(row(input, subject, result, results.get(parseAlone)));
    }
    summary.push(summarize(label, results, bytes.length / 1e6));
    if (bytes.length > 50e6) summary.push(freshPeaks(label, bytes));
  }
  await sampler.close();
  console.log(
    `\nstructure: large and hostile inputs (every subject from the same bytes, decode included; ${gcEveryRun ? 'GC forced before every run' : "GC forced only before each subject's first run"};` +
      ' medians of the runs after a first, memory-sampling run; CPU time counts every thread; peak RSS above the baseline that holds the input)',
  );
  console.table(rows);
  console.log(summary.join('\n'));
}

function summarize(label: string, results: Map<string, Timing>, mb: number): string {
  const mine = results.get(ours);
  const parse = results.get(parseAlone);
  const peers = subjects
    .filter((s) => s.isPeer)
    .map((s) => results.get(s.name))
    .filter((t): t is Timing => t !== undefined);
  if (!mine) return `${label}: ours did not finish`;
  const vsParse = parse
    ? `${(parse.ms / mine.ms).toFixed(2)}x (CPU ${(parse.cpuMs / mine.cpuMs).toFixed(2)}x)`
    : 'n/a';
  const fastest = peers.length > 0 ? peers.reduce((a, b) => (a.ms <= b.ms ? a : b)) : undefined;
  const vsPeer = fastest
    ? `${(fastest.ms / mine.ms).toFixed(2)}x (CPU ${(fastest.cpuMs / mine.cpuMs).toFixed(2)}x) the fastest peer`
    : 'every peer crashed or was skipped';
  const model = results.get(oursModel);
  const vsSampleOnly = model
    ? `; model-complete ${(model.ms / mine.ms).toFixed(2)}x the time of sample-only (CPU ${(model.cpuMs / mine.cpuMs).toFixed(2)}x)`
    : '';
  return `${label}: ours ${(mb / (mine.ms / 1000)).toFixed(0)} MB/s = ${vsParse} JSON.parse, ${vsPeer}; peak ${mine.peakMb.toFixed(0)} MB over the ${mb.toFixed(0)} MB input${vsSampleOnly}`;
}

function freshPeaks(label: string, bytes: Buffer): string {
  const file = shipped?.file ?? '';
  const parse = peakInFreshProcess(bytes, 'parse', file);
  const mine = peakInFreshProcess(bytes, 'ours', file);
  const mb = bytes.length / 2 ** 20;
  return `${label}, peak RSS in a fresh process above the loaded bytes: ours ${mine.toFixed(0)} MB (${(mine / mb).toFixed(2)}x the input, decoded text included), JSON.parse ${parse.toFixed(0)} MB`;
}

const largeSuite: BenchSuite = {
  name: 'structure: large and hostile inputs (own table above)',
  baseline: 'none',
  cases: [],
  setup: largeInputs,
};

/** The JSON structure benchmarks: a framework suite at 100 KB, then large and hostile inputs measured one run at a time. */
export const structureSuites: BenchSuite[] = [smallSuite, largeSuite];
