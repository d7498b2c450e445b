import { create } from 'zustand';
import type { JsonStructure } from '../../shared/domain/json-structure/types';

interface ModelState {
  /** The response the structure was inferred from. */
  responseId: string | null;
  /** Whether the structure (being) inferred follows the samples alone: model-complete was switched off. */
  sampleOnly: boolean;
  structure: JsonStructure | null;
  loading: boolean;
  error: string | null;
  /** The fraction of a large body scanned so far, while inferring; null when no progress is shown. */
  progress: number | null;
  /**
   * Starts inferring; `showProgress` for bodies large enough to show a progress bar. Inferring the
   * same response again (in the other mode) keeps its structure on screen until the new one is in.
   */
  startInfer(responseId: string, showProgress?: boolean, sampleOnly?: boolean): void;
  setProgress(responseId: string, fraction: number, sampleOnly?: boolean): void;
  setStructure(responseId: string, structure: JsonStructure, sampleOnly?: boolean): void;
  failInfer(responseId: string, message: string, sampleOnly?: boolean): void;
}

/** No structure yet: the store's start, and what tests reset it to. */
export const emptyModelState = {
  responseId: null,
  sampleOnly: false,
  structure: null,
  loading: false,
  error: null,
  progress: null,
} as const satisfies Partial<ModelState>;

/** The JSON structure of the current response (decisions live per operation in the decisions store). */
export const useModelStore = create<ModelState>()((set, get) => {
  // Only the latest inference counts: an older one of the same response in the other mode is ignored.
  const isCurrent = (responseId: string, sampleOnly: boolean) => {
    const state = get();
    return state.responseId === responseId && state.sampleOnly === sampleOnly;
  };
  return {
    ...emptyModelState,
    startInfer: (responseId, showProgress = false, sampleOnly = false) => {
      const state = get();
      set({
        responseId,
        sampleOnly,
        structure: state.responseId === responseId ? state.structure : null,
        loading: true,
        error: null,
        progress: showProgress ? 0 : null,
      });
    },
    setProgress: (responseId, fraction, sampleOnly = false) => {
      const state = get();
      if (isCurrent(responseId, sampleOnly) && state.loading && state.progress !== null)
        set({ progress: Math.max(state.progress, fraction) });
    },
    setStructure: (responseId, structure, sampleOnly = false) => {
      if (isCurrent(responseId, sampleOnly)) set({ structure, loading: false, progress: null });
    },
    failInfer: (responseId, error, sampleOnly = false) => {
      if (isCurrent(responseId, sampleOnly))
        set({ structure: null, loading: false, error, progress: null });
    },
  };
});
