import { useEffect } from 'react';
import type { ResponseSummary } from '../../../shared/ipc/operations/request';
import { useApi } from '../../api/ApiProvider';
import { useCatalogStore } from '../../stores/catalog-store';
import { currentOperationKey } from '../../stores/current-operation';
import { getOperationDecisions } from '../../stores/decisions-store';
import { useModelStore } from '../../stores/model-store';
import { useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { describeError } from '../request/describe-error';

/**
 * True when a response body can be modelled: JSON, XML (through its JSON form), or text that is JSON
 * (emulators such as moto label Polly's JSON `text/html`).
 */
export function canModel(summary: Pick<ResponseSummary, 'bodyKind' | 'preview'> | null | undefined): boolean {
  if (!summary) return false;
  if (summary.bodyKind === 'json' || summary.bodyKind === 'xml') return true;
  return summary.bodyKind === 'text' && /^\s*[[{]/.test(summary.preview);
}

/** Infers the JSON structure of the current response once, when a modelling tab first needs it. */
export function useStructureOfResponse(active: boolean): void {
  const api = useApi();
  const summary = useResponseStore((state) => state.summary);
  const known = useModelStore((state) => state.responseId);

  useEffect(() => {
    if (!active || !summary || !canModel(summary) || known === summary.responseId) return;
    const { responseId } = summary;
    const service = useResponseStore.getState().summarySpec?.service ?? useRequestStore.getState().service;
    const protocol = useCatalogStore.getState().services.find((item) => item.id === service)?.protocol;
    useModelStore.getState().startInfer(responseId);
    const { studioProVersion } = getOperationDecisions(currentOperationKey()).structure;
    const options = { studioProVersion, ...(protocol ? { protocol } : {}) };
    api.call('structure.infer', { responseId, options }).then(
      (structure) => useModelStore.getState().setStructure(responseId, structure),
      (error: unknown) => useModelStore.getState().failInfer(responseId, describeError(error).message),
    );
  }, [active, api, known, summary]);
}

/** Why the modelling tabs cannot show anything yet (as a message), or null once the structure is there. */
export function useModelBlocker(): { message: string; isError: boolean } | null {
  const summary = useResponseStore((state) => state.summary);
  const loading = useModelStore((state) => state.loading);
  const error = useModelStore((state) => state.error);
  const structure = useModelStore((state) => state.structure);
  const inferredFrom = useModelStore((state) => state.responseId);
  if (!summary) return { message: 'Send a request first: its response is modelled here.', isError: false };
  if (!canModel(summary)) return { message: 'Only JSON and XML responses can be modelled.', isError: false };
  if (error) return { message: error, isError: true };
  if (loading || !structure || inferredFrom !== summary.responseId) return { message: 'Inferring the JSON structure…', isError: false };
  return null;
}
