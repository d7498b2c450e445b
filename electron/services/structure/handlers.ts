import {
  inferJsonStructure,
  StructureParseError,
  toRepresentativeSnippet,
} from '../../../shared/domain/json-structure/index';
import type { InferOptions, JsonStructure } from '../../../shared/domain/json-structure/index';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { StudioError } from '../../../shared/ipc/errors';
import { awsCatalog, findService } from '../../../shared/aws/catalog';
import { operationModel } from '../../../shared/aws/shapes';
import type { ShapeSource } from '../../../shared/aws/shapes';
import { requestSideOf } from '../../../shared/domain/plan/build-connector';
import { resolveAction } from '../../../shared/domain/plan/plan-operation';
import { toSentRequest } from '../../../shared/domain/plan/sent-request';
import { outputModelOf } from '../catalog/operation-models';
import { ProgressJobs } from './progress-jobs';
import { overallProgress } from './worker-protocol';
import { runInWorker } from './worker-runner';
import type { StructureWorkerConfig, WorkerJob } from './worker-runner';

export interface StructureHandlerDeps {
  /** The whole kept body of a response as text (the engine's response registry). */
  readBody(responseId: string): Promise<string>;
  /** Progress of a long inference, for inputs over a few megabytes. */
  onProgress?: (fraction: number) => void;
  /** The worker for large inputs; without it every inference runs in-thread. */
  worker?: StructureWorkerConfig;
  /** The AWS shapes, for model-complete structures; without them structures are sample-only. */
  shapes?: ShapeSource;
}

export type StructureHandlers = Pick<
  Handlers<unknown>,
  'structure.infer' | 'structure.snippet' | 'structure.progress' | 'structure.requestSide'
>;

/** Turns malformed JSON into an `invalid-input` error carrying the position; other errors pass unchanged. */
export function toStudioError(error: unknown): unknown {
  if (error instanceof StructureParseError) {
    return new StudioError('invalid-input', `The JSON is malformed: ${error.message}`, {
      ...error.position,
    });
  }
  return error;
}

/** Infers a structure, reporting malformed JSON as a StudioError with the position. */
export function inferOrExplain(samples: string[], options: InferOptions): JsonStructure {
  try {
    return inferJsonStructure(samples, options);
  } catch (error) {
    throw toStudioError(error);
  }
}

type InferInput = Parameters<Handlers<unknown>['structure.infer']>[0];

function inferOptionsOf(input: InferInput): InferOptions {
  const options: InferOptions = { studioProVersion: input.options.studioProVersion };
  if (input.options.protocol !== undefined) options.protocol = input.options.protocol;
  if (input.options.decisions !== undefined) options.decisions = input.options.decisions;
  return options;
}

/** The `structure.*` operations of the contract, on an injected body reader (and, for large inputs, a worker). */
export function createStructureHandlers(deps: StructureHandlerDeps): StructureHandlers {
  const jobs = new ProgressJobs();
  const running = new Map<string, WorkerJob>();

  // A newer job for the same response ends the older one's worker: only the latest result is wanted.
  async function inWorker(
    worker: StructureWorkerConfig,
    samples: string[],
    options: InferOptions,
    report: (fraction: number) => void,
    responseId?: string,
  ): Promise<JsonStructure> {
    const job = runInWorker(worker, { samples, options }, report);
    if (responseId !== undefined) {
      running
        .get(responseId)
        ?.cancel(
          new StudioError('cancelled', 'A newer inference of the same response replaced this one.'),
        );
      running.set(responseId, job);
    }
    try {
      return await job.result;
    } catch (error) {
      throw toStudioError(error);
    } finally {
      if (responseId !== undefined && running.get(responseId) === job) running.delete(responseId);
    }
  }

  // In the worker for large inputs, in-thread otherwise; progress goes to the job and the host.
  async function infer(
    samples: string[],
    options: InferOptions,
    jobId: string | undefined,
    responseId: string | undefined,
  ): Promise<JsonStructure> {
    const total = samples.reduce((sum, text) => sum + text.length, 0);
    const report = (fraction: number): void => {
      if (jobId !== undefined) jobs.report(jobId, fraction);
      if (total > progressThreshold) deps.onProgress?.(fraction);
    };
    if (deps.worker && total > (deps.worker.threshold ?? workerThreshold))
      return await inWorker(deps.worker, samples, options, report, responseId);
    return inferOrExplain(samples, {
      ...options,
      onProgress: overallProgress(
        samples.map((text) => text.length),
        report,
        0,
      ),
    });
  }

  return {
    'structure.infer': async (input) => {
      const { jobId, responseId } = input;
      if (jobId !== undefined) jobs.start(jobId);
      try {
        const samples = [
          ...(responseId !== undefined ? [await deps.readBody(responseId)] : []),
          ...(input.samples ?? []),
        ];
        const options = inferOptionsOf(input);
        // Model-complete unless switched off: the operation's output shape joins the samples.
        const lookup =
          input.options.modelComplete === false
            ? undefined
            : await outputModelOf(deps.shapes, input.operation?.service, input.operation?.name);
        if (lookup && 'model' in lookup) options.model = lookup.model;
        const structure = await infer(samples, options, jobId, responseId);
        if (lookup && 'finding' in lookup) structure.findings.unshift(lookup.finding);
        return structure;
      } finally {
        if (jobId !== undefined) jobs.finish(jobId);
      }
    },
    'structure.progress': async (input) => jobs.get(input.jobId),
    'structure.requestSide': async (input) => {
      const request = toSentRequest(input.spec);
      const service = findService(awsCatalog, request.service);
      const { catalogAction } = resolveAction(service, request);
      const shapes =
        input.modelComplete !== false && service && catalogAction && deps.shapes
          ? await deps.shapes.serviceShapes(service.id)
          : undefined;
      const inputModel =
        shapes && catalogAction ? operationModel(shapes, catalogAction, 'input') : undefined;
      const side = requestSideOf(request, service, inputModel);
      return {
        ...(side.requestStructure ? { structure: side.requestStructure } : {}),
        inputs: side.requestInputs,
      };
    },
    'structure.snippet': async (input) => ({ snippet: toRepresentativeSnippet(input.structure) }),
  };
}

const progressThreshold = 4 * 1024 * 1024;
const workerThreshold = 2 * 1024 * 1024;
