import { Worker } from 'node:worker_threads';
import { StructureParseError } from '../../../shared/domain/json-structure/index';
import type { JsonStructure } from '../../../shared/domain/json-structure/index';
import { StudioError } from '../../../shared/ipc/errors';
import { xmlToJson } from '../http/xml-json';
import type { HostMessage, WorkerJobInput, WorkerMessage } from './worker-protocol';

/** Where the structure worker is and how to start it; the host passes this in (the bundle's `structure-worker.mjs`). */
export interface StructureWorkerConfig {
  /** The worker module: `dist/structure-worker.mjs` in a build, the `.ts` source under a loader in tests. */
  path: string | URL;
  /** Extra Node flags for the worker (Node 20 does not apply `--import` loader hooks here; tests load tsx inside a data: URL instead). */
  execArgv?: string[];
  /** Inputs larger than this many characters go to the worker; smaller ones stay in-thread (default 2 MiB). */
  threshold?: number;
  /** A worker that has not answered after this long is ended with a `timeout` error (default 10 minutes). */
  timeoutMs?: number;
  /** The worker's heap limit in MB; past it the job ends with an `unsupported` error, not a host crash. */
  maxHeapMb?: number;
}

/** A running worker job: its outcome, and a way to end it early. */
export interface WorkerJob {
  result: Promise<JsonStructure>;
  /** Ends the worker now; the result rejects with `error`. */
  cancel(error: StudioError): void;
}

const defaultTimeoutMs = 10 * 60 * 1000;
// About 4 MB per message: copying one into the worker takes the host a few milliseconds.
const chunkChars = 4 * 1024 * 1024;

// Posts the samples slice by slice, yielding to the host's event loop between slices, then starts the job.
async function feed(worker: Worker, input: WorkerJobInput, ended: () => boolean): Promise<void> {
  const post = (message: HostMessage): void => worker.postMessage(message);
  for (const [sample, text] of input.samples.entries()) {
    for (let at = 0; at < text.length; at += chunkChars) {
      if (ended()) return;
      post({ type: 'chunk', sample, text: text.slice(at, at + chunkChars) });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (!ended()) post({ type: 'start', sampleCount: input.samples.length, options: input.options });
}

function crashError(detail: string): StudioError {
  return new StudioError(
    'internal',
    `The structure worker stopped before it finished (${detail}).`,
  );
}

function outcomeError(message: WorkerMessage): unknown {
  if (message.type === 'parse-error')
    return new StructureParseError(message.reason, message.position);
  if (message.type === 'studio-error') return new StudioError(message.code, message.message);
  if (message.type === 'failure')
    return new StudioError('internal', `Structure inference failed: ${message.message}`);
  return new StudioError(
    'internal',
    `The structure worker answered "${message.type}" unexpectedly.`,
  );
}

/**
 * Runs one job in a fresh worker thread: `feed` posts its input, `outcome` picks the result out of
 * an answer (undefined for anything else). The worker is terminated when it answers, fails, exits,
 * runs out of its heap, times out or is cancelled.
 */
function runJob<T>(
  config: StructureWorkerConfig,
  job: {
    feed: (worker: Worker, ended: () => boolean) => Promise<void>;
    outcome: (message: WorkerMessage) => T | undefined;
    timeoutMessage: string;
    onProgress?: ((fraction: number) => void) | undefined;
  },
): { result: Promise<T>; cancel: (error: StudioError) => void } {
  let settle: { resolve: (value: T) => void; reject: (error: unknown) => void } | undefined;
  const result = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const worker = new Worker(config.path, {
    execArgv: config.execArgv ?? [],
    stdout: false,
    stderr: false,
    ...(config.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: config.maxHeapMb } } : {}),
  });
  const timer = setTimeout(
    () => finish(new StudioError('timeout', job.timeoutMessage)),
    config.timeoutMs ?? defaultTimeoutMs,
  );
  function finish(error: unknown, value?: { ok: T }): void {
    if (!settle) return;
    const { resolve, reject } = settle;
    settle = undefined;
    clearTimeout(timer);
    worker.removeAllListeners();
    worker.on('error', () => undefined);
    void worker.terminate();
    if (value) resolve(value.ok);
    else reject(error);
  }
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'progress') {
      job.onProgress?.(message.fraction);
      return;
    }
    const value = job.outcome(message);
    if (value !== undefined) finish(undefined, { ok: value });
    else finish(outcomeError(message));
  });
  worker.on('error', (error: Error) => {
    // A job past the heap limit ends with ERR_WORKER_OUT_OF_MEMORY: the input was too big, not a bug.
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY')
      finish(
        new StudioError(
          'unsupported',
          `The body needs more than the ${config.maxHeapMb ?? 0} MB the structure worker may use; ask for fewer items and send again.`,
        ),
      );
    else finish(crashError(`${error.name}: ${error.message}`.slice(0, 200)));
  });
  worker.on('exit', (code) => finish(crashError(`exit code ${code}`)));
  job
    .feed(worker, () => settle === undefined)
    .catch((error: unknown) =>
      finish(crashError(error instanceof Error ? error.name : 'feed failed')),
    );
  return { result, cancel: (error) => finish(error) };
}

/**
 * Runs one inference in a fresh worker thread. A parse error comes back as `StructureParseError`
 * with its position.
 */
export function runInWorker(
  config: StructureWorkerConfig,
  input: WorkerJobInput,
  onProgress?: (fraction: number) => void,
): WorkerJob {
  return runJob(config, {
    feed: (worker, ended) => feed(worker, input, ended),
    outcome: (message) => (message.type === 'result' ? message.structure : undefined),
    timeoutMessage: 'Structure inference took too long and was stopped.',
    onProgress,
  });
}

/**
 * Converts an XML body to JSON text (`xmlToJson` with its limits) in a fresh worker thread, so a
 * hostile or huge document never blocks the host: refusals keep their `unsupported` code, a
 * conversion past the time or heap limit is stopped.
 */
export function xmlToJsonInWorker(config: StructureWorkerConfig, xml: string): Promise<string> {
  return runJob(config, {
    feed: async (worker, ended) => {
      for (let at = 0; at < xml.length; at += chunkChars) {
        if (ended()) return;
        worker.postMessage({
          type: 'chunk',
          sample: 0,
          text: xml.slice(at, at + chunkChars),
        } satisfies HostMessage);
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (!ended()) worker.postMessage({ type: 'xml' } satisfies HostMessage);
    },
    outcome: (message) => (message.type === 'xml-result' ? message.json : undefined),
    timeoutMessage: 'Converting the XML body took too long and was stopped.',
  }).result;
}

/** XML bodies shorter than this are converted in-thread: a worker's start costs more than they do. */
const XML_WORKER_THRESHOLD = 128 * 1024;
/** A conversion may use this much heap and time in its worker before it is stopped. */
const XML_WORKER_LIMITS = { maxHeapMb: 1024, timeoutMs: 60_000 };

/**
 * The host's XML-to-JSON conversion: small bodies in-thread, larger ones in a worker with a heap and
 * time limit (issue 17: a hostile XML body must not stall or crash the host process).
 */
export function xmlConverter(config: StructureWorkerConfig): (xml: string) => Promise<string> {
  return async (xml) =>
    xml.length < XML_WORKER_THRESHOLD
      ? xmlToJson(xml)
      : xmlToJsonInWorker({ ...config, ...XML_WORKER_LIMITS }, xml);
}
