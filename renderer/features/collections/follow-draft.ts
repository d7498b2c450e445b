import { serializeFile } from '../../../shared/domain/collection';
import type { RequestFile } from '../../../shared/domain/collection';
import { useDecisionsStore } from '../../stores/decisions-store';
import { useRequestStore } from '../../stores/request-store';
import type { RequestDraftFields } from './CollectionsPanel';
import { draftToRequestFields } from './draft-bridge';
import { useCollectionsStore } from './store';

/** The saved request the editor is bound to: its collection folder and slug. */
export interface FollowTarget {
  dir: string;
  slug: string;
}

/** True when a saved request already holds the fields the draft would save. */
export function requestHoldsFields(request: RequestFile, fields: RequestDraftFields): boolean {
  const {
    formatVersion: _version,
    name: _name,
    folder: _folder,
    authInQuery: _auth,
    ...saved
  } = request;
  return serializeFile(saved) === serializeFile(fields);
}

/** Copies the draft (and its decisions) into the target request whenever either changes; returns the unsubscribe. */
export function followDraft(target: FollowTarget): () => void {
  const sync = () => {
    const { dir, data, setRequestFields } = useCollectionsStore.getState();
    const entry =
      dir === target.dir ? data?.requests.find((r) => r.slug === target.slug) : undefined;
    if (!entry) return;
    const fields = draftToRequestFields(useRequestStore.getState());
    // Only real edits mark the collection unsaved; opening a request changes nothing.
    if (!requestHoldsFields(entry.request, fields)) setRequestFields(target.slug, fields);
  };
  const unsubscribe = [useRequestStore.subscribe(sync), useDecisionsStore.subscribe(sync)];
  return () => unsubscribe.forEach((stop) => stop());
}
