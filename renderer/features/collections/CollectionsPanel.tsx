import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { CollectionRequest, RequestFile } from '../../../shared/domain/collection';
import type { HistoryEntry } from '../../../shared/ipc/operations/collection';
import { useApi } from '../../api/ApiProvider';
import { CollectionActions } from './CollectionActions';
import { EnvironmentSelector } from './EnvironmentSelector';
import { HistoryList } from './HistoryList';
import { NewCollectionForm } from './NewCollectionForm';
import { RequestList } from './RequestList';
import { SaveConflictAlert } from './SaveConflictAlert';
import { useCollectionsStore } from './store';

export type RequestDraftFields = Omit<RequestFile, 'formatVersion' | 'name' | 'folder'>;

export interface CollectionsPanelProps {
  /** Called when the user opens a saved request (the lead loads it into the request editor). */
  onOpenRequest?(entry: CollectionRequest): void;
  /** The request being edited, to add to the collection; a bare `GET /` when absent. */
  currentRequest?(): RequestDraftFields;
  onReopenHistory?(entry: HistoryEntry): void;
  /** Loads a history entry into the editor and sends it again. */
  onResendHistory?(entry: HistoryEntry): void;
  /** The name of the saved request the editor writes into, shown under the collection name. */
  editingName?: string | undefined;
  /** The draft differs from the saved request it is bound to. */
  draftChanged?: boolean;
  /** Writes the draft into the saved request and saves the collection. */
  onSaveDraft?(): void;
  /** Puts the saved request back into the editor. */
  onDiscardDraft?(): void;
  /** Starts a blank request bound to no saved one. */
  onNewRequest?(): void;
  /** Saves this long after the last edit; 0 turns autosave off. */
  autosaveMs?: number;
  /** Called with the slug of a request just added, so the editor can bind to it at once. */
  onAddedRequest?(slug: string): void;
  /** Shown under the editing note (the samples of the bound request). */
  children?: ReactNode;
}

const BLANK: RequestDraftFields = { method: 'GET', path: '/', query: [], headers: [] };

/** The sidebar: recent collections, the open collection's requests, environments and history. */
export function CollectionsPanel({
  onOpenRequest,
  currentRequest,
  onReopenHistory,
  onResendHistory,
  editingName,
  draftChanged = false,
  onSaveDraft,
  onDiscardDraft,
  onNewRequest,
  autosaveMs = 1500,
  onAddedRequest,
  children,
}: CollectionsPanelProps) {
  const api = useApi();
  const state = useCollectionsStore();
  const [requestName, setRequestName] = useState('');
  const { loadRecent, save, dirty, data } = state;
  useEffect(() => {
    void loadRecent(api);
  }, [api, loadRecent]);
  useEffect(() => {
    if (!dirty || autosaveMs <= 0) return undefined;
    const timer = setTimeout(() => void save(api), autosaveMs);
    return () => clearTimeout(timer);
  }, [api, save, dirty, data, autosaveMs]);
  const environment = data?.collection.environments.find((e) => e.name === state.environment);
  return (
    <aside aria-label="Collections" className="collections-panel">
      <h2>Collections</h2>
      {state.conflicts ? (
        <SaveConflictAlert
          conflicts={state.conflicts}
          onReload={() => void state.reload(api)}
          onOverwrite={() => void save(api, { overwrite: true })}
        />
      ) : (
        state.error && <p role="alert">{state.error}</p>
      )}
      {onNewRequest && (
        <button type="button" onClick={onNewRequest}>
          New request
        </button>
      )}
      <ul aria-label="Recent collections">
        {state.recent.map((recent) => (
          <li key={recent.dir}>
            <button
              type="button"
              title={recent.dir}
              onClick={() => void state.open(api, recent.dir)}
            >
              {recent.name}
            </button>
          </li>
        ))}
      </ul>
      <NewCollectionForm
        onCreate={(input) => void state.create(api, input)}
        onOpen={(dir) => void state.open(api, dir)}
      />
      {data && (
        <section aria-label="Open collection">
          <h3>
            {data.collection.name}
            {dirty && <span aria-label="Unsaved changes"> •</span>}
          </h3>
          {editingName !== undefined && (
            <div className="note">
              <p role="status">
                Editing “{editingName}”
                {draftChanged ? (
                  <span aria-label="Unsaved draft"> • unsaved draft</span>
                ) : (
                  ': saved'
                )}
              </p>
              {draftChanged && (
                <>
                  <button type="button" onClick={onSaveDraft}>
                    Save request
                  </button>
                  <button type="button" onClick={onDiscardDraft}>
                    Discard draft
                  </button>
                </>
              )}
            </div>
          )}
          {children}
          {state.problems.map((problem) => (
            <p key={problem.path} role="status" className="load-problem">
              Skipped {problem.path}: {problem.reason}
            </p>
          ))}
          <EnvironmentSelector
            environments={data.collection.environments}
            value={state.environment}
            onChange={state.setEnvironment}
          />
          <RequestList environment={environment} onOpenRequest={onOpenRequest} />
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const slug = state.addRequest({
                ...(currentRequest?.() ?? BLANK),
                name: requestName.trim(),
                folder: '',
              });
              setRequestName('');
              if (slug) onAddedRequest?.(slug);
            }}
          >
            <input
              aria-label="New request name"
              placeholder="Name for the current request"
              value={requestName}
              onChange={(event) => setRequestName(event.target.value)}
            />
            <button type="submit" disabled={!requestName.trim()}>
              Add request
            </button>
          </form>
          <button type="button" onClick={() => void save(api)} disabled={!dirty}>
            Save
          </button>
          <CollectionActions name={data.collection.name} />
        </section>
      )}
      <HistoryList onReopen={onReopenHistory} onResend={onResendHistory} />
    </aside>
  );
}
