import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useApi } from '../../api/ApiProvider';
import type { CollectionRequest } from '../../../shared/domain/collection';
import type { HistoryEntry } from '../../../shared/ipc/operations/collection';
import { initialDraft, useRequestStore } from '../../stores/request-store';
import { CollectionsPanel } from './CollectionsPanel';
import type { RequestDraftFields } from './CollectionsPanel';
import { draftToRequestFields, openRequestInDraft, reopenSpecInDraft } from './draft-bridge';
import { draftDiffers, keepDraft, watchDraft } from './follow-draft';
import { SampleList } from './SampleList';
import { useSampleStore } from './sample-store';
import type { FollowTarget } from './follow-draft';
import { useCollectionsStore } from './store';

/** Binds the editor to one saved request at a time; edits stay a draft until saved. */
function useFollowedRequest(): {
  editing: FollowTarget | undefined;
  follow(target: FollowTarget | undefined): void;
} {
  const [editing, setEditing] = useState<FollowTarget | undefined>();
  const follow = useCallback((target: FollowTarget | undefined) => {
    setEditing(target);
    useSampleStore.getState().link(target);
  }, []);
  useEffect(() => () => useSampleStore.getState().link(undefined), []);
  return { editing, follow };
}

/** True while the draft differs from the saved request it is bound to. */
function useDraftChanged(editing: FollowTarget | undefined): boolean {
  return useSyncExternalStore(watchDraft, () => (editing ? draftDiffers(editing) : false));
}

/** The collections panel wired to the request draft: opening a request fills the editor and keeps it in sync. */
export function CollectionsSidebar({
  autosaveMs,
  onSend,
}: {
  autosaveMs?: number;
  /** Sends the draft through the app's one send path (Resend from history uses it). */
  onSend?(): void;
}) {
  const api = useApi();
  const { editing, follow } = useFollowedRequest();
  const draftChanged = useDraftChanged(editing);
  const editingName = useCollectionsStore((s) =>
    editing && s.dir === editing.dir
      ? s.data?.requests.find((r) => r.slug === editing.slug)?.request.name
      : undefined,
  );
  const openRequest = useCallback(
    (entry: CollectionRequest) => {
      follow(undefined);
      const { dir, data } = useCollectionsStore.getState();
      openRequestInDraft(entry, data?.collection);
      if (dir) follow({ dir, slug: entry.slug });
    },
    [follow],
  );
  const currentRequest = useCallback(
    (): RequestDraftFields => draftToRequestFields(useRequestStore.getState()),
    [],
  );
  // The draft already holds the added request, so binding to it changes nothing until the next edit.
  const followAdded = useCallback(
    (slug: string) => {
      const { dir } = useCollectionsStore.getState();
      if (dir) follow({ dir, slug });
    },
    [follow],
  );
  const reopenHistory = useCallback(
    (entry: HistoryEntry) => {
      follow(undefined);
      reopenSpecInDraft(entry.spec);
    },
    [follow],
  );
  const saveDraft = useCallback(() => {
    if (!editing) return;
    keepDraft(editing);
    void useCollectionsStore.getState().save(api);
  }, [api, editing]);
  const discardDraft = useCallback(() => {
    const { data } = useCollectionsStore.getState();
    const entry = data?.requests.find((r) => r.slug === editing?.slug);
    if (entry) openRequestInDraft(entry, data?.collection);
  }, [editing]);
  const newRequest = useCallback(() => {
    follow(undefined);
    // A blank request in the same region with the same credential: what a user starting over expects.
    const { region, credentialId } = useRequestStore.getState();
    useRequestStore.setState({ ...initialDraft(), region, credentialId });
  }, [follow]);
  const resendHistory = useCallback(
    (entry: HistoryEntry) => {
      reopenHistory(entry);
      onSend?.();
    },
    [reopenHistory, onSend],
  );
  return (
    <div className="collections-sidebar">
      <CollectionsPanel
        onOpenRequest={openRequest}
        currentRequest={currentRequest}
        onReopenHistory={reopenHistory}
        {...(onSend ? { onResendHistory: resendHistory } : {})}
        editingName={editingName}
        draftChanged={draftChanged}
        onSaveDraft={saveDraft}
        onDiscardDraft={discardDraft}
        onNewRequest={newRequest}
        onAddedRequest={followAdded}
        {...(autosaveMs === undefined ? {} : { autosaveMs })}
      >
        {editingName !== undefined && <SampleList />}
      </CollectionsPanel>
    </div>
  );
}
