import { create } from 'zustand';
import type { JsonStructure } from '../../shared/domain/json-structure/types';

interface ModelState {
  /** The response the structure was inferred from. */
  responseId: string | null;
  structure: JsonStructure | null;
  loading: boolean;
  error: string | null;
  startInfer(responseId: string): void;
  setStructure(responseId: string, structure: JsonStructure): void;
  failInfer(responseId: string, message: string): void;
}

/** The JSON structure of the current response (decisions live per operation in the decisions store). */
export const useModelStore = create<ModelState>()((set, get) => ({
  responseId: null,
  structure: null,
  loading: false,
  error: null,
  startInfer: (responseId) => set({ responseId, structure: null, loading: true, error: null }),
  setStructure: (responseId, structure) => {
    if (get().responseId === responseId) set({ structure, loading: false });
  },
  failInfer: (responseId, error) => {
    if (get().responseId === responseId) set({ loading: false, error });
  },
}));
