import { create } from 'zustand';
import { defaultStructureDecisions } from '../../shared/domain/json-structure/types';
import type { JsonStructure, StructureDecisions } from '../../shared/domain/json-structure/types';
import { defaultModelDecisions } from '../../shared/domain/entity-model/decisions';
import type { ModelDecisions } from '../../shared/domain/entity-model/decisions';

interface ModelState {
  /** The response the structure was inferred from. */
  responseId: string | null;
  structure: JsonStructure | null;
  loading: boolean;
  error: string | null;
  structureDecisions: StructureDecisions;
  modelDecisions: ModelDecisions;
  startInfer(responseId: string): void;
  setStructure(responseId: string, structure: JsonStructure): void;
  failInfer(responseId: string, message: string): void;
  setStructureDecisions(decisions: StructureDecisions): void;
  setModelDecisions(decisions: ModelDecisions): void;
}

/** The JSON structure of the current response and the user's structure and model decisions. */
export const useModelStore = create<ModelState>()((set, get) => ({
  responseId: null,
  structure: null,
  loading: false,
  error: null,
  structureDecisions: defaultStructureDecisions,
  modelDecisions: defaultModelDecisions,
  startInfer: (responseId) => set({ responseId, structure: null, loading: true, error: null }),
  setStructure: (responseId, structure) => {
    if (get().responseId === responseId) set({ structure, loading: false });
  },
  failInfer: (responseId, error) => {
    if (get().responseId === responseId) set({ loading: false, error });
  },
  setStructureDecisions: (structureDecisions) => set({ structureDecisions }),
  setModelDecisions: (modelDecisions) => set({ modelDecisions }),
}));
