import { create } from 'zustand';
import { defaultStructureDecisions } from '../../shared/domain/json-structure/types';
import type { StructureDecisions } from '../../shared/domain/json-structure/types';
import { defaultModelDecisions } from '../../shared/domain/entity-model/decisions';
import type { ModelDecisions } from '../../shared/domain/entity-model/decisions';

/** The user's structure and model decisions for one operation. */
export interface OperationDecisions {
  structure: StructureDecisions;
  model: ModelDecisions;
}

/** What identifies an operation: the service and the action, or the method and path without one. */
export interface OperationIdentity {
  service: string;
  operation?: string | undefined;
  method: string;
  path: string;
}

interface DecisionsState {
  byOperation: Record<string, OperationDecisions>;
  setStructure(key: string, decisions: StructureDecisions): void;
  setModel(key: string, decisions: ModelDecisions): void;
}

/** The key decisions are kept under: `service:Operation`, or `service:METHOD path` when there is no operation. */
export function operationKey(identity: OperationIdentity): string {
  if (identity.operation) return `${identity.service}:${identity.operation}`;
  return `${identity.service}:${identity.method.toUpperCase()} ${identity.path.split('?')[0] ?? ''}`;
}

/** The defaults a new operation starts with. */
export function defaultOperationDecisions(): OperationDecisions {
  return { structure: defaultStructureDecisions, model: defaultModelDecisions };
}

/** Decisions per operation, so a new response of the same operation keeps the user's edits. */
export const useDecisionsStore = create<DecisionsState>()((set) => ({
  byOperation: {},
  setStructure: (key, structure) =>
    set((state) => ({
      byOperation: {
        ...state.byOperation,
        [key]: { ...(state.byOperation[key] ?? defaultOperationDecisions()), structure },
      },
    })),
  setModel: (key, model) =>
    set((state) => ({
      byOperation: {
        ...state.byOperation,
        [key]: { ...(state.byOperation[key] ?? defaultOperationDecisions()), model },
      },
    })),
}));

/** The decisions of one operation (defaults when the user made none); for collections to save. */
export function getOperationDecisions(key: string): OperationDecisions {
  return useDecisionsStore.getState().byOperation[key] ?? defaultOperationDecisions();
}

/** Replaces the decisions of one operation; for collections to load. */
export function setOperationDecisions(key: string, decisions: OperationDecisions): void {
  useDecisionsStore.setState((state) => ({
    byOperation: { ...state.byOperation, [key]: decisions },
  }));
}

/** Every operation's decisions, keyed as `operationKey` makes them. */
export function getAllOperationDecisions(): Record<string, OperationDecisions> {
  return useDecisionsStore.getState().byOperation;
}
