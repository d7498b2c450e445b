import { useCallback, useEffect, useRef } from 'react';
import type { PlanFix } from '../../../shared/domain/naming/types';
import type { PlanResult } from '../../../shared/ipc/operations/plan';
import { useApi } from '../../api/ApiProvider';
import type { ApiClient } from '../../api/client';
import { connectorOperations, useConnectorStore } from '../../stores/connector-store';
import type { ConnectorOperationInput } from '../../stores/connector-store';
import { useDecisionsStore } from '../../stores/decisions-store';
import { describeError } from '../../api/describe-error';

/** Edits (renames as you type) come in bursts; one plan per pause is enough. */
const debounceMs = 250;

async function buildWithFixes(
  api: ApiClient,
  operations: ConnectorOperationInput[],
  fixes: readonly PlanFix[],
): Promise<PlanResult> {
  let result = await api.call('plan.build', { operations });
  for (const fix of fixes) {
    try {
      result = await api.call('plan.applyFix', { plan: result.plan, model: result.model, fix });
    } catch {
      // A fix whose element is gone after the rebuild no longer applies; the others still do.
    }
  }
  return result;
}

/** The kept operations with their decisions, as text: the plan is rebuilt when this changes. */
function useBuildInput(): string {
  const entries = useConnectorStore((state) => state.entries);
  const byOperation = useDecisionsStore((state) => state.byOperation);
  const relevant = entries.map((entry) => byOperation[entry.key] ?? null);
  return JSON.stringify([entries, relevant]);
}

/** Builds the connector plan (debounced) when the kept operations or their decisions change; returns the fix action. */
export function useConnectorPlan(): { applyFix: (fix: PlanFix) => void } {
  const api = useApi();
  const input = useBuildInput();
  const generation = useRef(0);

  useEffect(() => {
    const run = ++generation.current;
    const { entries, result, builtInput } = useConnectorStore.getState();
    if (entries.length === 0) {
      useConnectorStore.getState().setResult(null, input);
      return;
    }
    if (result && builtInput === input) return;
    useConnectorStore.getState().startBuild();
    const timer = setTimeout(() => {
      const store = useConnectorStore.getState();
      buildWithFixes(api, connectorOperations(store.entries), store.fixes).then(
        (result) => {
          if (generation.current === run) useConnectorStore.getState().setResult(result, input);
        },
        (error: unknown) => {
          if (generation.current === run)
            useConnectorStore.getState().fail(describeError(error).message);
        },
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [api, input]);

  const applyFix = useCallback(
    (fix: PlanFix) => {
      const current = useConnectorStore.getState().result;
      if (!current) return;
      const run = generation.current;
      api.call('plan.applyFix', { plan: current.plan, model: current.model, fix }).then(
        (result) => {
          if (generation.current !== run) return;
          useConnectorStore.getState().addFix(fix);
          useConnectorStore.getState().setResult(result);
        },
        (error: unknown) => useConnectorStore.getState().fail(describeError(error).message),
      );
    },
    [api],
  );

  return { applyFix };
}
