import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { offerDownload } from '../../features/plan';
import { describeError } from '../../api/describe-error';
import { useConnectorStore } from '../../stores/connector-store';

type BundleFormat = 'zip' | 'folder';

/** "Export bundle" as a zip or a folder: saved by the desktop host, downloaded in browser mode. */
export function BundleExport() {
  const api = useApi();
  const result = useConnectorStore((state) => state.result);
  const building = useConnectorStore((state) => state.building);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const run = (format: BundleFormat) => {
    if (!result) return;
    setBusy(true);
    setMessage('');
    api.call('bundle.export', { plan: result.plan, model: result.model, format }).then(
      (exported) => {
        setBusy(false);
        if (exported.download) {
          offerDownload(exported.download);
          setMessage(
            `Download started: ${exported.download.fileName} (${exported.fileCount} files).`,
          );
        } else {
          setMessage(
            exported.cancelled
              ? 'Export cancelled.'
              : `Saved to ${exported.savedTo ?? ''} (${exported.fileCount} files).`,
          );
        }
      },
      (error: unknown) => {
        setBusy(false);
        setMessage(describeError(error).message);
      },
    );
  };

  const disabled = !result || building || busy;
  return (
    <div className="bundle-export">
      <button type="button" onClick={() => run('zip')} disabled={disabled}>
        Export bundle as zip
      </button>
      <button type="button" onClick={() => run('folder')} disabled={disabled}>
        Export bundle as folder
      </button>
      <span role="status" aria-label="Export result" className="muted">
        {message}
      </span>
    </div>
  );
}
