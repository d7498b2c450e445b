import type { RequestSpecInput } from '../../shared/ipc/operations/request';
import type { ApiClient } from '../api/client';
import { ApiError, isApiError } from '../api/client';
import { describeError } from '../api/describe-error';
import { useRequestStore } from '../stores/request-store';
import { useResponseStore } from '../stores/response-store';
import { confirmSecretUses } from '../features/collections/secret-approval';
import { prepareSendSpec } from './send-spec';

/** What one send put on the wire: its id and the spec, as the response store recorded them. */
export interface SentRequest {
  requestId: string;
  spec: RequestSpecInput;
}

/**
 * The renderer's one way to send: builds the draft's spec with the open collection's variables,
 * records the request id and spec in the response store (which the samples, the structure and the
 * Connector tab read), sends, and settles the response. The Send button, Ctrl/Cmd+Enter and Resend
 * from history all call this, so none of them can skip a step: secret variables go out only after
 * the user approved their host (`confirmSecretUses`). Returns undefined when nothing went out (a
 * send in flight, a form problem, unresolved variables).
 */
export function sendDraft(api: ApiClient): SentRequest | undefined {
  const responses = useResponseStore.getState();
  if (responses.loading) return undefined;
  const built = prepareSendSpec(useRequestStore.getState());
  if (!built.ok) {
    // Unresolved variables are shown by their own alert; the last response stays.
    if (!built.unresolved) responses.fail({ code: 'invalid-input', message: built.message });
    return undefined;
  }
  const requestId = crypto.randomUUID();
  responses.start(requestId, built.spec);
  confirmSecretUses(api, built.spec)
    .then((approved) => {
      if (approved) return api.call('request.send', { requestId, spec: built.spec });
      throw new ApiError(
        'credentials',
        'Not sent: you did not approve sending the secret variables to this host.',
      );
    })
    .then(
      (summary) => {
        if (useResponseStore.getState().requestId === requestId)
          useResponseStore.getState().succeed(summary);
      },
      (error: unknown) => {
        if (useResponseStore.getState().requestId !== requestId) return;
        const failure = isApiError(error, 'cancelled')
          ? { code: 'cancelled', message: 'The request was cancelled.' }
          : describeError(error);
        useResponseStore.getState().fail(failure);
      },
    );
  return { requestId, spec: built.spec };
}

/** Cancels the request in flight, if any. */
export function cancelSend(api: ApiClient): void {
  const { requestId } = useResponseStore.getState();
  if (!requestId) return;
  useResponseStore.getState().fail({ code: 'cancelled', message: 'The request was cancelled.' });
  void api.call('request.cancel', { requestId }).catch(() => undefined);
}
