import { create } from 'zustand';
import type { JsonStructure } from '../../shared/domain/json-structure/types';

interface ModelState {
  /** The response the structure was inferred from. */
  responseId: string | null;
  structure: JsonStructure | null;
  loading: boolean;
  error: string | null;
  /** The fraction of a large body scanned so far, while inferring; null when no progress is shown. */
  progress: number | null;
  /** Starts inferring; `showProgress` for bodies large enough to show a progress bar. */
  startInfer(responseId: string, showProgress?: boolean): void;
  setProgress(responseId: string, fraction: number): void;
  setStructure(responseId: string, structure: JsonStructure): void;
  failInfer(responseId: string, message: string): void;
}

/** The JSON structure of the current response (decisions live per operation in the decisions store). */
export const useModelStore = create<ModelState>()((set, get) => ({
  responseId: null,
  structure: null,
  loading: false,
  error: null,
  progress: null,
  startInfer: (responseId, showProgress = false) =>
    set({
      responseId,
      structure: null,
      loading: true,
      error: null,
      progress: showProgress ? 0 : null,
    }),
  setProgress: (responseId, fraction) => {
    const state = get();
    if (state.responseId === responseId && state.loading && state.progress !== null)
      set({ progress: Math.max(state.progress, fraction) });
  },
  setStructure: (responseId, structure) => {
    if (get().responseId === responseId) set({ structure, loading: false, progress: null });
  },
  failInfer: (responseId, error) => {
    if (get().responseId === responseId) set({ loading: false, error, progress: null });
  },
}));
