import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../shared/ipc/operations/collection';
import { useApi } from '../../api/ApiProvider';
import { useCollectionsStore } from './store';

/** Sent requests, newest first: searchable, re-openable, re-sendable, clearable. */
export function HistoryList({
  onReopen,
  onResend,
}: {
  onReopen?(entry: HistoryEntry): void;
  onResend?(entry: HistoryEntry): void;
}) {
  const api = useApi();
  const history = useCollectionsStore((s) => s.history);
  const loadHistory = useCollectionsStore((s) => s.loadHistory);
  const clearHistory = useCollectionsStore((s) => s.clearHistory);
  const [search, setSearch] = useState('');
  useEffect(() => {
    void loadHistory(api, search);
  }, [api, loadHistory, search]);
  return (
    <section aria-label="History" className="history-list">
      <h3>History</h3>
      <input
        aria-label="Search history"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <button type="button" onClick={() => void clearHistory(api)} disabled={history.length === 0}>
        Clear history
      </button>
      <ul>
        {history.map((entry) => (
          <li key={entry.id}>
            <button type="button" onClick={() => onReopen?.(entry)} title={entry.at}>
              {entry.status ?? 'ERR'} {entry.spec.method} {entry.spec.service}{' '}
              {entry.name ?? entry.spec.path}
            </button>
            {onResend && (
              <button
                type="button"
                aria-label={`Resend ${entry.spec.method} ${entry.spec.service} ${entry.name ?? entry.spec.path} (${entry.at})`}
                onClick={() => onResend(entry)}
              >
                Resend
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
