import { StructureParseError } from '../../../shared/domain/json-structure/index';
import { StudioError } from '../../../shared/ipc/errors';
import type { ErrorCode } from '../../../shared/ipc/errors';
import type { InferOptions, JsonStructure } from '../../../shared/domain/json-structure/index';

/** One inference job: the samples and the options without callbacks. */
export interface WorkerJobInput {
  samples: string[];
  options: Omit<InferOptions, 'onProgress'>;
}

/**
 * What the host posts to the worker: each sample in slices, then `start`. Slicing keeps each copy
 * into the worker short, so posting a 100 MB body never blocks the host for long in one go.
 */
export type HostMessage =
  | { type: 'chunk'; sample: number; text: string }
  | { type: 'start'; sampleCount: number; options: WorkerJobInput['options'] }
  /** Converts the XML gathered in sample 0's chunks to JSON text (`xmlToJson`, its default limits). */
  | { type: 'xml' };

/** What the structure worker posts back: progress any number of times, then one outcome. */
export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; structure: JsonStructure }
  | { type: 'xml-result'; json: string }
  | { type: 'parse-error'; reason: string; position: StructureParseError['position'] }
  /** A refusal with its own code (an XML body over a limit is `unsupported`, not a crash). */
  | { type: 'studio-error'; code: ErrorCode; message: string }
  | { type: 'failure'; message: string };

/** The outcome message for an error thrown by inference, keeping a parse error's position. */
export function failureMessage(error: unknown): WorkerMessage {
  if (error instanceof StructureParseError)
    return { type: 'parse-error', reason: error.reason, position: { ...error.position } };
  if (error instanceof StudioError)
    return { type: 'studio-error', code: error.code, message: error.message };
  return { type: 'failure', message: error instanceof Error ? error.message : String(error) };
}

/**
 * A progress callback over all samples: each sample's fraction is weighted by its length, and only
 * a rise of at least `step` is passed on, so a 100 MB body posts a bounded number of messages.
 */
export function overallProgress(
  lengths: readonly number[],
  post: (fraction: number) => void,
  step = 0.01,
): (fraction: number, sampleIndex: number) => void {
  const total = lengths.reduce((sum, length) => sum + length, 0) || 1;
  const before = lengths.map((_, index) =>
    lengths.slice(0, index).reduce((sum, length) => sum + length, 0),
  );
  let last = -1;
  return (fraction, sampleIndex) => {
    const overall = Math.min(
      1,
      ((before[sampleIndex] ?? 0) + fraction * (lengths[sampleIndex] ?? 0)) / total,
    );
    if (overall - last < step && overall < 1) return;
    last = overall;
    post(overall);
  };
}
