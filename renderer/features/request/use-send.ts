import { useCallback } from 'react';
import { useApi } from '../../api/ApiProvider';
import { describeError } from '../../api/describe-error';
import { useResponseStore } from '../../stores/response-store';
import { useUiStore } from '../../stores/ui-store';
import { cancelSend, sendDraft } from '../../send/send-request';
import { prepareSendSpec } from '../../send/send-spec';
import { useRequestStore } from '../../stores/request-store';

/** Send, cancel and signature-preview actions for the current draft (sending goes through `sendDraft`). */
export function useRequestActions(): {
  send: () => void;
  cancel: () => void;
  previewSignature: () => void;
} {
  const api = useApi();
  const send = useCallback(() => void sendDraft(api), [api]);
  const cancel = useCallback(() => cancelSend(api), [api]);

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
