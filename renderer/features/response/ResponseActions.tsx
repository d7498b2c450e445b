import { useState } from 'react';
import type { ResponseSummary, SignedRequestView } from '../../../shared/ipc/operations/request';
import { useApi } from '../../api/ApiProvider';
import { useConnectorStore } from '../../stores/connector-store';
import { useSampleStore } from '../collections/sample-store';
import { useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { buildRequestSpec } from '../../stores/build-spec';
import { describeError } from '../../api/describe-error';
import { suggestFileName } from './body-text';
import { buildCurlCommand } from './curl';
import { canModel } from './use-structure';

interface ResponseActionsProps {
  summary: ResponseSummary | null;
  signed: SignedRequestView | null;
}

function startDownload(url: string): void {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.rel = 'noopener';
  anchor.download = '';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}

/** "Copy as curl", "Save body", "Add to connector" and, for a response of a saved request, "Save as sample". */
export function ResponseActions({ summary, signed }: ResponseActionsProps) {
  const api = useApi();
  const [curl, setCurl] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const copy = () => {
    if (!signed) return;
    const command = buildCurlCommand(signed);
    setCurl(command);
    navigator.clipboard?.writeText(command).then(
      () => setMessage('Copied the curl command.'),
      () => setMessage('Copy the command below.'),
    );
  };
  const save = () => {
    if (!summary) return;
    const { service, operation } = useRequestStore.getState();
    api
      .call('response.saveToFile', {
        responseId: summary.responseId,
        suggestedName: suggestFileName(summary, { service, operation }),
      })
      .then(
        (result) => {
          if (result.downloadUrl) startDownload(result.downloadUrl);
          setMessage(
            result.cancelled
              ? ''
              : result.savedTo
                ? `Saved to ${result.savedTo}`
                : 'Download started.',
          );
        },
        (error: unknown) => useResponseStore.getState().fail(describeError(error)),
      );
  };

  const addToConnector = () => {
    if (!summary) return;
    const built = buildRequestSpec(useRequestStore.getState());
    const spec = useResponseStore.getState().summarySpec ?? (built.ok ? built.spec : null);
    if (!spec) return setMessage('The request of this response is not known.');
    useConnectorStore.getState().add(spec, summary.responseId);
    setMessage(`Added ${spec.operation ?? `${spec.method} ${spec.path}`} to the connector.`);
  };
  const modellable = canModel(summary) && !summary?.awsError;
  const source = useSampleStore((state) => state.source);
  const saveSample = () => {
    if (!summary) return;
    useSampleStore
      .getState()
      .saveSample(api, summary)
      .then(
        (path) => setMessage(`Saved the response as a sample: ${path}`),
        (error: unknown) => setMessage(`The sample was not saved: ${describeError(error).message}`),
      );
  };

  return (
    <div className="response-actions">
      <button type="button" onClick={copy} disabled={!signed}>
        Copy as curl
      </button>
      <button type="button" onClick={save} disabled={!summary || summary.bodyKind === 'empty'}>
        Save body
      </button>
      <button type="button" onClick={addToConnector} disabled={!modellable}>
        Add to connector
      </button>
      {source ? (
        <button type="button" onClick={saveSample} disabled={!summary}>
          Save as sample
        </button>
      ) : null}
      <span role="status" aria-label="Action result" className="muted">
        {message}
      </span>
      {curl ? (
        <pre className="curl" aria-label="curl command">
          {curl}
        </pre>
      ) : null}
    </div>
  );
}
