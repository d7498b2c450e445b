import { useState } from 'react';
import type { CollectionRequest, Environment } from '../../../shared/domain/collection';
import { unresolvedVariables, environmentValues } from '../../../shared/domain/collection';
import { useCollectionsStore } from './store';

/** The requests of the open collection, grouped by folder, with rename, reorder and delete. */
export function RequestList({
  environment,
  onOpenRequest,
}: {
  environment: Environment | undefined;
  onOpenRequest?(entry: CollectionRequest): void;
}) {
  const requests = useCollectionsStore((s) => s.data?.requests ?? []);
  const { updateRequest, deleteRequest, moveRequest } = useCollectionsStore.getState();
  const [renaming, setRenaming] = useState<string | undefined>();
  const [name, setName] = useState('');
  const values = environmentValues(environment);
  const folders = [...new Set(requests.map((r) => r.request.folder))];
  return (
    <div className="request-list">
      {folders.map((folder) => (
        <ul key={folder} aria-label={folder ? `Folder ${folder}` : 'Requests'}>
          {folder && <li className="folder-name">{folder}</li>}
          {requests
            .filter((r) => r.request.folder === folder)
            .map((entry) => {
              const missing = unresolvedVariables(entry.request, values);
              return (
                <li key={entry.slug}>
                  {renaming === entry.slug ? (
                    <form
                      onSubmit={(event) => {
                        event.preventDefault();
                        if (name.trim()) updateRequest(entry.slug, { name: name.trim() });
                        setRenaming(undefined);
                      }}
                    >
                      <input
                        aria-label="Request name"
                        value={name}
                        onChange={(event) => setName(event.target.value)}
                      />
                      <button type="submit">Done</button>
                    </form>
                  ) : (
                    <button
                      type="button"
                      onClick={() => onOpenRequest?.(entry)}
                      title={missing.length ? `Unresolved: ${missing.join(', ')}` : undefined}
                    >
                      {entry.request.method} {entry.request.name}
                      {missing.length > 0 && (
                        <span className="variable-unresolved"> ({missing.length} unresolved)</span>
                      )}
                    </button>
                  )}
                  <button
                    type="button"
                    aria-label={`Rename ${entry.request.name}`}
                    onClick={() => (setRenaming(entry.slug), setName(entry.request.name))}
                  >
                    ✎
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${entry.request.name} up`}
                    onClick={() => moveRequest(entry.slug, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${entry.request.name} down`}
                    onClick={() => moveRequest(entry.slug, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={`Delete ${entry.request.name}`}
                    onClick={() => deleteRequest(entry.slug)}
                  >
                    ✕
                  </button>
                </li>
              );
            })}
        </ul>
      ))}
    </div>
  );
}
