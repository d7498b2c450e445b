import { create } from 'zustand';
import type { PlanFix } from '../../shared/domain/naming/types';
import type { PlanResult } from '../../shared/ipc/operations/plan';
import type { RequestSpecInput } from '../../shared/ipc/operations/request';
import { getOperationDecisions, operationKey } from './decisions-store';
import type { OperationDecisions } from './decisions-store';

/** A response the user keeps as the sample of one connector operation. */
export interface ConnectorEntry {
  /** The decisions key of the operation; one entry per key. */
  key: string;
  spec: RequestSpecInput;
  responseId: string;
}

/** A recorded operation as `plan.build` takes it: the entry with its operation's current decisions. */
export interface ConnectorOperationInput {
  spec: RequestSpecInput;
  responseId: string;
  structureDecisions: OperationDecisions['structure'];
  modelDecisions: OperationDecisions['model'];
}

interface ConnectorState {
  entries: ConnectorEntry[];
  /** Quick fixes the user applied, replayed in order on every new build so they survive a rebuild. */
  fixes: PlanFix[];
  /** The plan, model and findings with the fixes applied; null before the first build. */
  result: PlanResult | null;
  /** The build input (`useConnectorPlan`'s text form) the result was built from, so a remount does not rebuild. */
  builtInput: string;
  building: boolean;
  error: string | null;
  add(spec: RequestSpecInput, responseId: string): void;
  remove(key: string): void;
  addFix(fix: PlanFix): void;
  startBuild(): void;
  setResult(result: PlanResult | null, builtInput?: string): void;
  fail(message: string): void;
}

/** The connector being built: its kept responses, the applied fixes and the last plan. */
export const useConnectorStore = create<ConnectorState>()((set) => ({
  entries: [],
  fixes: [],
  result: null,
  builtInput: '',
  building: false,
  error: null,
  add: (spec, responseId) =>
    set((state) => {
      const key = operationKey(spec);
      const entry = { key, spec, responseId };
      const exists = state.entries.some((item) => item.key === key);
      // A newer response of an operation already kept replaces the older sample.
      return {
        entries: exists
          ? state.entries.map((item) => (item.key === key ? entry : item))
          : [...state.entries, entry],
      };
    }),
  remove: (key) => set((state) => ({ entries: state.entries.filter((item) => item.key !== key) })),
  addFix: (fix) => set((state) => ({ fixes: [...state.fixes, fix] })),
  startBuild: () => set({ building: true, error: null }),
  setResult: (result, builtInput) =>
    set(
      builtInput === undefined
        ? { result, building: false, error: null }
        : { result, builtInput, building: false, error: null },
    ),
  fail: (error) => set({ building: false, error }),
}));

/** The kept operations with their current decisions, ready for `plan.build`. */
export function connectorOperations(entries: readonly ConnectorEntry[]): ConnectorOperationInput[] {
  return entries.map((entry) => {
    const decisions = getOperationDecisions(entry.key);
    return {
      spec: entry.spec,
      responseId: entry.responseId,
      structureDecisions: decisions.structure,
      modelDecisions: decisions.model,
    };
  });
}
