import { useEffect } from 'react';
import type { ResponseSummary } from '../../../shared/ipc/operations/request';
import { useApi } from '../../api/ApiProvider';
import type { ApiClient } from '../../api/client';
import { useCatalogStore } from '../../stores/catalog-store';
import {
  currentCatalogOperation,
  currentOperationKey,
  useCurrentOperationKey,
} from '../../stores/current-operation';
import { getOperationDecisions, useDecisionsStore } from '../../stores/decisions-store';
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
function pollProgress(
  api: ApiClient,
  responseId: string,
  jobId: string,
  sampleOnly: boolean,
): () => void {
  const poll = () =>
    api.call('structure.progress', { jobId }).then(
      ({ fraction }) => {
        if (fraction !== null)
          useModelStore.getState().setProgress(responseId, fraction, sampleOnly);
      },
      () => undefined,
    );
  void poll();
  const timer = setInterval(() => void poll(), pollEveryMs);
  return () => clearInterval(timer);
}

/**
 * Infers the JSON structure of the current response when a modelling tab first needs it, and again
 * when the user switches model-complete mode on or off. A response to a catalog operation is
 * model-complete by default: the operation's AWS output model is laid over the body.
 */
export function useStructureOfResponse(active: boolean): void {
  const api = useApi();
  const summary = useResponseStore((state) => state.summary);
  const known = useModelStore((state) => state.responseId);
  const knownSampleOnly = useModelStore((state) => state.sampleOnly);
  const key = useCurrentOperationKey();
  const sampleOnly = useDecisionsStore(
    (state) => state.byOperation[key]?.structure.sampleOnly ?? false,
  );

  useEffect(() => {
    if (!active || !summary || !canModel(summary)) return;
    if (known === summary.responseId && knownSampleOnly === sampleOnly) return;
    const { responseId } = summary;
    const service =
      useResponseStore.getState().summarySpec?.service ?? useRequestStore.getState().service;
    const protocol = useCatalogStore
      .getState()
      .services.find((item) => item.id === service)?.protocol;
    const large = summary.size > progressFromBytes;
    useModelStore.getState().startInfer(responseId, large, sampleOnly);
    const { studioProVersion } = getOperationDecisions(currentOperationKey()).structure;
    const options = {
      studioProVersion,
      ...(protocol ? { protocol } : {}),
      modelComplete: !sampleOnly,
    };
    const operation = currentCatalogOperation();
    const jobId = large ? `${responseId}#${(jobSerial += 1)}` : undefined;
    const infer = api.call('structure.infer', {
      responseId,
      options,
      ...(operation ? { operation } : {}),
      ...(jobId ? { jobId } : {}),
    });
    const stop = jobId ? pollProgress(api, responseId, jobId, sampleOnly) : () => undefined;
    infer.then(
      (structure) => {
        stop();
        useModelStore.getState().setStructure(responseId, structure, sampleOnly);
      },
      (error: unknown) => {
        stop();
        useModelStore.getState().failInfer(responseId, describeError(error).message, sampleOnly);
      },
    );
  }, [active, api, known, knownSampleOnly, sampleOnly, summary]);
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
  // Inferring the same response again (model-complete switched) keeps its structure on screen.
  if (structure && inferredFrom === summary.responseId) return null;
  const message = 'Inferring the JSON structure…';
  return loading && progress !== null && inferredFrom === summary.responseId
    ? { message, isError: false, progress }
    : { message, isError: false };
}

/**
 * While the shown structure is inferred again (model-complete switched on or off): true, or the
 * fraction scanned for a large body; false otherwise.
 */
export function useStructureUpdating(): boolean | number {
  const loading = useModelStore((state) => state.loading);
  const structure = useModelStore((state) => state.structure);
  const progress = useModelStore((state) => state.progress);
  if (!loading || !structure) return false;
  return progress ?? true;
}
