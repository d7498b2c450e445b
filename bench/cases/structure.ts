import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { InputData, jsonInputForTargetLanguage, quicktype } from 'quicktype-core';
import { inferJsonStructure } from '../../shared/domain/json-structure/index';
import type { BenchCase, BenchSuite } from '../suite';
import { deepObject, describeInstancesLike, heterogeneousItems, wideObject } from './structure-fixtures';

const require = createRequire(import.meta.url);
const genson = require('genson-js') as { createSchema(value: unknown): unknown };
const toJsonSchema = require('to-json-schema') as (value: unknown) => unknown;
const generateSchema = require('generate-schema') as { json(title: string, value: unknown): unknown };

interface Subject {
  name: string;
  /** Input as bytes, as a response body arrives; JSON.parse alone gets the decoded text for free. */
  run(bytes: Buffer, text: string): unknown;
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

const subjects: Subject[] = [
  { name: 'JSON.parse alone', run: (_bytes, text) => JSON.parse(text), isPeer: false },
  { name: 'ours (bytes → tree)', run: (bytes) => inferJsonStructure([bytes.toString('utf8')], { studioProVersion: 10 }), isPeer: false },
  // The two slowest peers take a minute each on 100 MB; they run up to 12 MB to keep the suite short.
  { name: 'genson-js', run: (_bytes, text) => genson.createSchema(JSON.parse(text)), isPeer: true, maxBytes: 12e6 },
  { name: 'to-json-schema', run: (_bytes, text) => toJsonSchema(JSON.parse(text)), isPeer: true, maxBytes: 12e6 },
  { name: 'generate-schema', run: (_bytes, text) => generateSchema.json('Root', JSON.parse(text)), isPeer: true },
  { name: 'quicktype-core', run: (_bytes, text) => quicktypeSchema(text), isPeer: true, maxBytes: 12e6 },
];

// The framework suite: the ~100 KB response, where batches of 64 runs are cheap.
const small = describeInstancesLike(100_000);
const smallBytes = Buffer.from(small);
const smallSuite: BenchSuite = {
  name: 'structure: EC2 DescribeInstances-like, 100 KB',
  baseline: 'JSON.parse alone',
  cases: subjects.map((subject): BenchCase => ({ name: subject.name, bytesPerOp: smallBytes.length, run: () => subject.run(smallBytes, small) })),
  async setup() {
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
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 60)}` : String(error).slice(0, 60);
}

/** Samples the process RSS from another thread, so a synchronous run's peak is seen. */
class RssSampler {
  private readonly worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let max = 0;
     const timer = setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > max) max = rss; }, 1);
     parentPort.on('message', (m) => {
       if (m === 'stop') { clearInterval(timer); parentPort.close(); return; }
       if (m === 'reset') max = process.memoryUsage.rss();
       parentPort.postMessage(max);
     });`,
    { eval: true },
  );

  ask(message: 'reset' | 'read'): Promise<number> {
    return new Promise((resolve) => {
      this.worker.once('message', (value: number) => resolve(value));
      this.worker.postMessage(message);
    });
  }

  async stop(): Promise<void> {
    this.worker.postMessage('stop');
    await this.worker.terminate();
  }
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

interface Row {
  input: string;
  subject: string;
  'best ms': string;
  'MB/s': string;
  'vs JSON.parse': string;
  'best CPU ms': string;
  'vs JSON.parse (CPU)': string;
  'peak RSS +MB': string;
}

interface Timing {
  ms: number;
  /** CPU time of the process (all threads); steadier than wall time on a shared machine. */
  cpuMs: number;
  peakMb: number;
}

async function measure(subject: Subject, input: { bytes: Buffer; text: string }, sampler: RssSampler): Promise<Timing | string> {
  if (subject.maxBytes !== undefined && input.bytes.length > subject.maxBytes) return `skipped (over ${subject.maxBytes / 1e6} MB)`;
  // Small inputs get many runs (their first ones pay for compilation); a 100 MB peer run takes ~20 s, so once.
  const runs = input.bytes.length > 50e6 ? (subject.isPeer ? 1 : 3) : input.bytes.length > 5e6 ? 5 : 20;
  let best = Infinity;
  let bestCpu = Infinity;
  let peak = 0;
  for (let run = 0; run < runs; run += 1) {
    collectGarbage();
    const base = await sampler.ask('reset');
    const start = performance.now();
    const cpu = process.cpuUsage();
    try {
      const result = subject.run(input.bytes, input.text);
      if (result instanceof Promise) await result;
    } catch (error) {
      return `crashed (${describe(error)})`;
    }
    best = Math.min(best, performance.now() - start);
    const used = process.cpuUsage(cpu);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
    await new Promise((resolve) => setTimeout(resolve, 5));
    peak = Math.max(peak, (await sampler.ask('read')) - base);
  }
  return { ms: best, cpuMs: bestCpu, peakMb: peak / 2 ** 20 };
}

async function largeInputs(): Promise<void> {
  const inputs: [string, () => string][] = [
    ['EC2-like 10 MB', () => describeInstancesLike(10e6)],
    ['EC2-like 100 MB', () => describeInstancesLike(100e6)],
    ['5,000 keys in one object', () => wideObject(5_000)],
    ['depth 5,000', () => deepObject(5_000)],
    ['100,000 heterogeneous items', () => heterogeneousItems(100_000)],
  ];
  const sampler = new RssSampler();
  const rows: Row[] = [];
  const summary: string[] = [];
  for (const [label, make] of inputs) {
    const text = make();
    const input = { bytes: Buffer.from(text), text };
    const mb = input.bytes.length / 1e6;
    const results = new Map<string, Timing>();
    for (const subject of subjects) {
      const result = await measure(subject, input, sampler);
      if (typeof result !== 'string') results.set(subject.name, result);
      const parse = results.get('JSON.parse alone');
      rows.push({
        input: `${label} (${mb.toFixed(1)} MB)`,
        subject: subject.name,
        'best ms': typeof result === 'string' ? result : result.ms.toFixed(1),
        'MB/s': typeof result === 'string' ? '' : (mb / (result.ms / 1000)).toFixed(1),
        'vs JSON.parse': typeof result === 'string' || !parse ? '' : (parse.ms / result.ms).toFixed(2),
        'best CPU ms': typeof result === 'string' ? '' : result.cpuMs.toFixed(1),
        'vs JSON.parse (CPU)': typeof result === 'string' || !parse ? '' : (parse.cpuMs / result.cpuMs).toFixed(2),
        'peak RSS +MB': typeof result === 'string' ? '' : result.peakMb.toFixed(0),
      });
    }
    summary.push(summarize(label, results, mb));
  }
  await sampler.stop();
  console.log('\nstructure: large and hostile inputs (best of 1-20 runs, CPU time counts every thread; peak RSS above the baseline that holds the input)');
  console.table(rows);
  console.log(summary.join('\n'));
}

function summarize(label: string, results: Map<string, Timing>, mb: number): string {
  const ours = results.get('ours (bytes → tree)');
  const parse = results.get('JSON.parse alone');
  const peers = subjects.filter((s) => s.isPeer).map((s) => results.get(s.name)?.ms).filter((ms): ms is number => ms !== undefined);
  if (!ours) return `${label}: ours did not finish`;
  const fastestPeer = peers.length > 0 ? Math.min(...peers) : undefined;
  const vsParse = parse ? `${(parse.ms / ours.ms).toFixed(2)}x (CPU time ${(parse.cpuMs / ours.cpuMs).toFixed(2)}x)` : 'n/a';
  const vsPeer = fastestPeer !== undefined ? `${(fastestPeer / ours.ms).toFixed(2)}x the fastest peer` : 'every peer crashed or was skipped';
  return `${label}: ours ${(mb / (ours.ms / 1000)).toFixed(0)} MB/s = ${vsParse} JSON.parse, ${vsPeer}; peak ${ours.peakMb.toFixed(0)} MB over the ${mb.toFixed(0)} MB input`;
}

const largeSuite: BenchSuite = {
  name: 'structure: large and hostile inputs (own table above)',
  baseline: 'none',
  cases: [],
  setup: largeInputs,
};

/** The JSON structure benchmarks: a framework suite at 100 KB, then large and hostile inputs measured one run at a time. */
export const structureSuites: BenchSuite[] = [smallSuite, largeSuite];
