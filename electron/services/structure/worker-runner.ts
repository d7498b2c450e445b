import { Worker } from 'node:worker_threads';
import { StructureParseError } from '../../../shared/domain/json-structure/index';
import type { JsonStructure } from '../../../shared/domain/json-structure/index';
import { StudioError } from '../../../shared/ipc/errors';
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
  if (message.type === 'failure')
    return new StudioError('internal', `Structure inference failed: ${message.message}`);
  return undefined;
}

/**
 * Runs one inference in a fresh worker thread. The worker is terminated when it answers, fails,
 * exits, times out or is cancelled; a parse error comes back as `StructureParseError` with its position.
 */
export function runInWorker(
  config: StructureWorkerConfig,
  input: WorkerJobInput,
  onProgress?: (fraction: number) => void,
): WorkerJob {
  let settle:
    { resolve: (value: JsonStructure) => void; reject: (error: unknown) => void } | undefined;
  const result = new Promise<JsonStructure>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const worker = new Worker(config.path, {
    execArgv: config.execArgv ?? [],
    stdout: false,
    stderr: false,
  });
  const timer = setTimeout(
    () => finish(new StudioError('timeout', 'Structure inference took too long and was stopped.')),
    config.timeoutMs ?? defaultTimeoutMs,
  );
  function finish(error: unknown, structure?: JsonStructure): void {
    if (!settle) return;
    const { resolve, reject } = settle;
    settle = undefined;
    clearTimeout(timer);
    worker.removeAllListeners();
    worker.on('error', () => undefined);
    void worker.terminate();
    if (structure) resolve(structure);
    else reject(error);
  }
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'progress') onProgress?.(message.fraction);
    else if (message.type === 'result') finish(undefined, message.structure);
    else finish(outcomeError(message));
  });
  worker.on('error', (error: Error) =>
    finish(crashError(`${error.name}: ${error.message}`.slice(0, 200))),
  );
  worker.on('exit', (code) => finish(crashError(`exit code ${code}`)));
  feed(worker, input, () => settle === undefined).catch((error: unknown) =>
    finish(crashError(error instanceof Error ? error.name : 'feed failed')),
  );
  return { result, cancel: (error) => finish(error) };
}
