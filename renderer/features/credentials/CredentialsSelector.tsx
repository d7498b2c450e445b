import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useCredentialsStore } from '../../stores/credentials-store';
import { useRequestStore } from '../../stores/request-store';
import { useResponseStore } from '../../stores/response-store';
import { describeError } from '../../api/describe-error';
import { AddKeyDialog } from './AddKeyDialog';
import { CredentialTest } from './CredentialTest';
import { describeCredential } from './describe-credential';

/**
 * Picks the credential to sign with; static keys can be added and removed here. `collectionDir` is
 * the open collection, which a new key can be bound to for its secret variables.
 */
export function CredentialsSelector({ collectionDir }: { collectionDir?: string | undefined }) {
  const api = useApi();
  const credentials = useCredentialsStore((state) => state.credentials);
  const credentialId = useRequestStore((state) => state.credentialId);
  const setField = useRequestStore((state) => state.setField);
  const [adding, setAdding] = useState(false);
  const selected = credentials.find((item) => item.id === credentialId);

  const refresh = async (select?: string) => {
    const list = await api.call('credentials.list', {});
    useCredentialsStore.getState().setCredentials(list);
    if (select !== undefined) setField('credentialId', select);
  };
  const remove = () => {
    if (!selected) return;
    api
      .call('credentials.remove', { id: selected.id })
      .then(() => refresh(''))
      .catch((error: unknown) => useResponseStore.getState().fail(describeError(error)));
  };

  return (
    <div className="field credentials">
      <span className="field-label">Credentials</span>
      <div className="inline">
        <select
          aria-label="Credentials"
          value={credentialId}
          onChange={(event) => setField('credentialId', event.target.value)}
        >
          <option value="">Host default (automatic)</option>
          {credentials.map((item) => (
            <option key={item.id} value={item.id}>
              {describeCredential(item)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => setAdding(true)}>
          Add static key
        </button>
        <CredentialTest key={credentialId} credentialId={credentialId} />
        {selected?.source === 'static' ? (
          <button type="button" onClick={remove}>
            Remove key
          </button>
        ) : null}
      </div>
      {adding ? (
        <AddKeyDialog
          collectionDir={collectionDir}
          onClose={() => setAdding(false)}
          onAdded={(id) => {
            setAdding(false);
            void refresh(id).catch((error: unknown) =>
              useResponseStore.getState().fail(describeError(error)),
            );
          }}
        />
      ) : null}
    </div>
  );
}
