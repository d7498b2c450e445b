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

/** True when the draft (with its decisions) differs from the saved request: an unsaved draft. */
export function draftDiffers(target: FollowTarget): boolean {
  const { dir, data } = useCollectionsStore.getState();
  const entry = dir === target.dir ? data?.requests.find((r) => r.slug === target.slug) : undefined;
  if (!entry) return false;
  return !requestHoldsFields(entry.request, draftToRequestFields(useRequestStore.getState()));
}

/** Writes the draft (and its decisions) into the saved request; the caller saves the collection. */
export function keepDraft(target: FollowTarget): void {
  const { dir, setRequestFields } = useCollectionsStore.getState();
  if (dir === target.dir)
    setRequestFields(target.slug, draftToRequestFields(useRequestStore.getState()));
}

/** Calls `onChange` whenever the draft, its decisions or the saved request change; returns the unsubscribe. */
export function watchDraft(onChange: () => void): () => void {
  const stops = [
    useRequestStore.subscribe(onChange),
    useDecisionsStore.subscribe(onChange),
    useCollectionsStore.subscribe(onChange),
  ];
  return () => stops.forEach((stop) => stop());
}
