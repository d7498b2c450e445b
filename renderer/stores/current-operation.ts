import type { RequestSpecInput } from '../../shared/ipc/operations/request';
import { operationKey } from './decisions-store';
import { useRequestStore } from './request-store';
import { useResponseStore } from './response-store';

/** The identity of the operation whose response is shown: its sent spec, else the draft. */
function identityOf(
  spec: RequestSpecInput | null,
  draft: { service: string; operation: string; method: string; path: string },
) {
  if (spec)
    return {
      service: spec.service,
      operation: spec.operation,
      method: spec.method,
      path: spec.path,
    };
  return {
    service: draft.service,
    operation: draft.operation,
    method: draft.method,
    path: draft.path,
  };
}

/** The decisions key of the shown response's operation (outside React). */
export function currentOperationKey(): string {
  return operationKey(
    identityOf(useResponseStore.getState().summarySpec, useRequestStore.getState()),
  );
}

/**
 * The catalog operation the shown response answers (its sent spec, else the draft), for a
 * model-complete structure; undefined when the request was made by method and path.
 */
export function currentCatalogOperation(): { service: string; name: string } | undefined {
  const { service, operation } = identityOf(
    useResponseStore.getState().summarySpec,
    useRequestStore.getState(),
  );
  return service && operation ? { service, name: operation } : undefined;
}

/** The decisions key of the shown response's operation, following the stores. */
export function useCurrentOperationKey(): string {
  const spec = useResponseStore((state) => state.summarySpec);
  const service = useRequestStore((state) => state.service);
  const operation = useRequestStore((state) => state.operation);
  const method = useRequestStore((state) => state.method);
  const path = useRequestStore((state) => state.path);
  return operationKey(identityOf(spec, { service, operation, method, path }));
}
