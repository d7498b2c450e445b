import { useState } from 'react';
import type { ResponseSummary, SignedRequestView } from '../../../shared/ipc/operations/request';
import { useApi } from '../../api/ApiProvider';
import { useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { describeError } from '../request/describe-error';
import { suggestFileName } from './body-text';
import { buildCurlCommand } from './curl';

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

/** "Copy as curl" and "Save body". */
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
    api.call('response.saveToFile', { responseId: summary.responseId, suggestedName: suggestFileName(summary, { service, operation }) }).then(
      (result) => {
        if (result.downloadUrl) startDownload(result.downloadUrl);
        setMessage(result.cancelled ? '' : result.savedTo ? `Saved to ${result.savedTo}` : 'Download started.');
      },
      (error: unknown) => useResponseStore.getState().fail(describeError(error)),
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
