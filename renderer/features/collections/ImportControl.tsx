import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useCredentialsStore } from '../../stores/credentials-store';
import { useCollectionsStore } from './store';
import type { ImportOutcome } from './store';

/** Imports a file into the open collection; found keys go to the credential store if the user keeps the box ticked. */
export function ImportControl() {
  const api = useApi();
  const importText = useCollectionsStore((s) => s.importText);
  const [storeSecrets, setStoreSecrets] = useState(true);
  const [outcome, setOutcome] = useState<ImportOutcome | undefined>();
  const run = async (text: string) => {
    const result = await importText(api, text, storeSecrets);
    setOutcome(result);
    // The request editor's credential list must offer the keys the imported requests now name.
    if (result.storedCredentials.length > 0)
      useCredentialsStore.getState().setCredentials(await api.call('credentials.list', {}));
  };
  return (
    <div className="import-control">
      <label>
        Import Postman, Insomnia or cURL file
        <input
          type="file"
          aria-label="Import file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void file.text().then(run);
          }}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={storeSecrets}
          onChange={(event) => setStoreSecrets(event.target.checked)}
        />
        Keep keys found in the file in the credential store (never in the folder)
      </label>
      {outcome && (
        <ul aria-label="Import report">
          {outcome.storedCredentials.map((key) => (
            <li key={key.id}>
              stored key: {key.label}
              {key.maskedKeyId ? ` (${key.maskedKeyId})` : ''} in the credential store
            </li>
          ))}
          {outcome.notes.map((note, index) => (
            <li key={index}>
              {note.kind}: {note.where}: {note.message}
            </li>
          ))}
          {outcome.notes.length + outcome.storedCredentials.length === 0 && (
            <li>Imported with nothing dropped or changed.</li>
          )}
        </ul>
      )}
    </div>
  );
}
