import { useCallback } from 'react';
import { useApi } from '../../api/ApiProvider';
import { ApiError, isApiError } from '../../api/client';
import { useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { useUiStore } from '../../stores/ui-store';
import { confirmSecretUses } from '../collections/secret-approval';
import { prepareSendSpec } from '../collections/send-spec';
import { describeError } from './describe-error';

/** Send, cancel and signature-preview actions for the current draft. */
export function useRequestActions(): {
  send: () => void;
  cancel: () => void;
  previewSignature: () => void;
} {
  const api = useApi();

  const send = useCallback(() => {
    const responses = useResponseStore.getState();
    if (responses.loading) return;
    const built = prepareSendSpec(useRequestStore.getState());
    if (!built.ok) {
      // Unresolved variables are shown by their own alert; the last response stays.
      if (!built.unresolved) responses.fail({ code: 'invalid-input', message: built.message });
      return;
    }
    const requestId = crypto.randomUUID();
    responses.start(requestId);
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
  }, [api]);

  const cancel = useCallback(() => {
    const { requestId } = useResponseStore.getState();
    if (!requestId) return;
    useResponseStore.getState().fail({ code: 'cancelled', message: 'The request was cancelled.' });
    void api.call('request.cancel', { requestId }).catch(() => undefined);
  }, [api]);

  const previewSignature = useCallback(() => {
    const built = prepareSendSpec(useRequestStore.getState());
    if (!built.ok) {
      if (!built.unresolved)
        useResponseStore.getState().fail({ code: 'invalid-input', message: built.message });
      return;
    }
    api.call('request.dryRun', built.spec).then(
      (view) => {
        useResponseStore.getState().setDryRun(view);
        useUiStore.getState().setResponseTab('signature');
      },
      (error: unknown) => useResponseStore.getState().fail(describeError(error)),
    );
  }, [api]);

  return { send, cancel, previewSignature };
}
