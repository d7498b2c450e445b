import { useEffect } from 'react';
import type { ResponseSummary } from '../../../shared/ipc/operations/request';
import { useApi } from '../../api/ApiProvider';
import type { ApiClient } from '../../api/client';
import { useCatalogStore } from '../../stores/catalog-store';
import { currentOperationKey } from '../../stores/current-operation';
import { getOperationDecisions } from '../../stores/decisions-store';
import { useModelStore } from '../../stores/model-store';
import { useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { describeError } from '../../api/describe-error';

/**
 * True when a response body can be modelled: JSON or XML (through its JSON form). The engine
 * already classifies JSON sent under a text type as json.
 */
export function canModel(summary: Pick<ResponseSummary, 'bodyKind'> | null | undefined): boolean {
  return summary?.bodyKind === 'json' || summary?.bodyKind === 'xml';
}

/** Bodies larger than this show a progress bar while their structure is inferred. */
export const progressFromBytes = 2 * 1024 * 1024;
const pollEveryMs = 250;
let jobSerial = 0;

// Asks how far the job has got now and then, until `stop` is called when the inference settles.
function pollProgress(api: ApiClient, responseId: string, jobId: string): () => void {
  const poll = () =>
    api.call('structure.progress', { jobId }).then(
      ({ fraction }) => {
        if (fraction !== null) useModelStore.getState().setProgress(responseId, fraction);
      },
      () => undefined,
    );
  void poll();
  const timer = setInterval(() => void poll(), pollEveryMs);
  return () => clearInterval(timer);
}

/** Infers the JSON structure of the current response once, when a modelling tab first needs it. */
export function useStructureOfResponse(active: boolean): void {
  const api = useApi();
  const summary = useResponseStore((state) => state.summary);
  const known = useModelStore((state) => state.responseId);

  useEffect(() => {
    if (!active || !summary || !canModel(summary) || known === summary.responseId) return;
    const { responseId } = summary;
    const service =
      useResponseStore.getState().summarySpec?.service ?? useRequestStore.getState().service;
    const protocol = useCatalogStore
      .getState()
      .services.find((item) => item.id === service)?.protocol;
    const large = summary.size > progressFromBytes;
    useModelStore.getState().startInfer(responseId, large);
    const { studioProVersion } = getOperationDecisions(currentOperationKey()).structure;
    const options = { studioProVersion, ...(protocol ? { protocol } : {}) };
    const jobId = large ? `${responseId}#${(jobSerial += 1)}` : undefined;
    const infer = api.call('structure.infer', { responseId, options, ...(jobId ? { jobId } : {}) });
    const stop = jobId ? pollProgress(api, responseId, jobId) : () => undefined;
    infer.then(
      (structure) => {
        stop();
        useModelStore.getState().setStructure(responseId, structure);
      },
      (error: unknown) => {
        stop();
        useModelStore.getState().failInfer(responseId, describeError(error).message);
      },
    );
  }, [active, api, known, summary]);
}

/** What a modelling tab shows before there is a structure: a message, and the progress of a large inference. */
export interface ModelBlockerState {
  message: string;
  isError: boolean;
  /** The fraction of the body scanned so far, present while a large body is inferred. */
  progress?: number;
}

/** Why the modelling tabs cannot show anything yet (as a message), or null once the structure is there. */
export function useModelBlocker(): ModelBlockerState | null {
  const summary = useResponseStore((state) => state.summary);
  const loading = useModelStore((state) => state.loading);
  const error = useModelStore((state) => state.error);
  const structure = useModelStore((state) => state.structure);
  const inferredFrom = useModelStore((state) => state.responseId);
  const progress = useModelStore((state) => state.progress);
  if (!summary)
    return { message: 'Send a request first: its response is modelled here.', isError: false };
  if (!canModel(summary))
    return { message: 'Only JSON and XML responses can be modelled.', isError: false };
  if (error) return { message: error, isError: true };
  if (loading || !structure || inferredFrom !== summary.responseId) {
    const message = 'Inferring the JSON structure…';
    return loading && progress !== null && inferredFrom === summary.responseId
      ? { message, isError: false, progress }
      : { message, isError: false };
  }
  return null;
}
