import { inferJsonStructure, StructureParseError, toRepresentativeSnippet } from '../../../shared/domain/json-structure/index';
import type { InferOptions, JsonStructure } from '../../../shared/domain/json-structure/index';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { StudioError } from '../../../shared/ipc/errors';

export interface StructureHandlerDeps {
  /** The whole kept body of a response as text (the engine's response registry). */
  readBody(responseId: string): Promise<string>;
  /** Progress of a long inference, for inputs over a few megabytes. */
  onProgress?: (fraction: number) => void;
}

export type StructureHandlers = Pick<Handlers<unknown>, 'structure.infer' | 'structure.snippet'>;

/** Turns malformed JSON into an `invalid-input` error carrying the position; other errors pass unchanged. */
export function toStudioError(error: unknown): unknown {
  if (error instanceof StructureParseError) {
    return new StudioError('invalid-input', `The JSON is malformed: ${error.message}`, { ...error.position });
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

/** The `structure.*` operations of the contract, on an injected body reader. */
export function createStructureHandlers(deps: StructureHandlerDeps): StructureHandlers {
  return {
    'structure.infer': async (input) => {
      const samples = [...(input.responseId !== undefined ? [await deps.readBody(input.responseId)] : []), ...(input.samples ?? [])];
      const options: InferOptions = { studioProVersion: input.options.studioProVersion };
      if (input.options.protocol !== undefined) options.protocol = input.options.protocol;
      if (input.options.decisions !== undefined) options.decisions = input.options.decisions;
      const onProgress = deps.onProgress;
      const total = samples.reduce((sum, text) => sum + text.length, 0);
      if (onProgress && total > progressThreshold) options.onProgress = (fraction) => onProgress(fraction);
      return inferOrExplain(samples, options);
    },
    'structure.snippet': async (input) => ({ snippet: toRepresentativeSnippet(input.structure) }),
  };
}

const progressThreshold = 4 * 1024 * 1024;
