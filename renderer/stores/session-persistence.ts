import { useConnectorStore } from './connector-store';
import { useDecisionsStore } from './decisions-store';
import { initialDraft, useRequestStore } from './request-store';
import type { RequestDraft } from './request-store';
import { useResponseStore } from './response-store';
import { createRow } from './rows';
import { boundedSummary, parseSnapshot } from './session-snapshot';
import type { SessionSnapshot, SessionSnapshotInput } from './session-snapshot';
import { useUiStore } from './ui-store';

/** The sessionStorage key the page's state is kept under. */
export const sessionKey = 'connector-studio.session';

function draftOf(): RequestDraft {
  const state = useRequestStore.getState();
  const draft = initialDraft();
  for (const key of Object.keys(draft) as Array<keyof RequestDraft>)
    (draft as unknown as Record<string, unknown>)[key] = state[key];
  return draft;
}

/** The state worth keeping across a reload, with the response cut to a bounded preview. */
export function takeSnapshot(): SessionSnapshotInput {
  const { view, requestTab, responseTab } = useUiStore.getState();
  const { summary, summarySpec } = useResponseStore.getState();
  const { entries, fixes } = useConnectorStore.getState();
  const { timeoutMs, ...draft } = draftOf();
  return {
    version: 1,
    draft: timeoutMs === undefined ? draft : { ...draft, timeoutMs },
    decisions: useDecisionsStore.getState().byOperation,
    connector: { entries, fixes },
    ui: { view, requestTab, responseTab },
    response: summary ? { summary: boundedSummary(summary), spec: summarySpec } : null,
  };
}

/** Puts a snapshot back into the stores (rows get fresh ids; the response by its id and preview). */
export function applySnapshot(snapshot: SessionSnapshot): void {
  const { draft } = snapshot;
  const row = (r: SessionSnapshot['draft']['query'][number]) => ({
    ...createRow(r.name, r.value, r.bare ?? false),
    enabled: r.enabled,
  });
  useRequestStore.setState({
    ...draft,
    timeoutMs: draft.timeoutMs,
    query: draft.query.map(row),
    headers: draft.headers.map(row),
  });
  useDecisionsStore.setState({ byOperation: snapshot.decisions });
  useConnectorStore.setState({
    entries: snapshot.connector.entries,
    fixes: snapshot.connector.fixes,
  });
  useUiStore.setState(snapshot.ui);
  if (snapshot.response) {
    useResponseStore.getState().start('restored', snapshot.response.spec);
    useResponseStore.getState().succeed(snapshot.response.summary);
  }
}

/**
 * Restores the page's state from `storage` and keeps it there as it changes (written once per
 * burst of changes). Storage that is full or missing only means a reload starts fresh.
 */
export function persistSession(storage: Storage): () => void {
  const saved = parseSnapshot(storage.getItem(sessionKey));
  if (saved) applySnapshot(saved);
  let scheduled = false;
  const write = () => {
    scheduled = false;
    try {
      storage.setItem(sessionKey, JSON.stringify(takeSnapshot()));
    } catch {
      // Quota or privacy mode: the state stays in memory for this page.
    }
  };
  // Written in a task of its own, when the page is idle: serializing a response preview in the
  // same task as the render it follows made one long task of both (the 100 MB e2e measures it).
  const later: (run: () => void) => void =
    typeof globalThis.requestIdleCallback === 'function'
      ? (run) => void globalThis.requestIdleCallback(run, { timeout: 1000 })
      : (run) => void setTimeout(run, 0);
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    later(write);
  };
  const stores = [useRequestStore, useDecisionsStore, useConnectorStore, useUiStore];
  const stops = stores.map((store) => store.subscribe(schedule));
  stops.push(
    useResponseStore.subscribe((state, previous) => {
      if (state.summary !== previous.summary) schedule();
    }),
  );
  // A reload right after a change must not lose it: write what is pending as the page goes.
  const flush = () => {
    if (scheduled) write();
  };
  globalThis.addEventListener?.('pagehide', flush);
  stops.push(() => globalThis.removeEventListener?.('pagehide', flush));
  return () => {
    stops.forEach((stop) => stop());
    flush();
  };
}
