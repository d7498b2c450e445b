import type { ReactNode } from 'react';
import type { KeyValueRow } from '../stores/rows';

interface KeyValueTableProps {
  /** Singular noun used in every accessible name: "Query parameter", "Header". */
  noun: string;
  rows: KeyValueRow[];
  onAdd: () => void;
  onUpdate: (id: number, patch: Partial<Omit<KeyValueRow, 'id'>>) => void;
  onRemove: (id: number) => void;
  /** Shown under a value cell, e.g. its `{{variables}}` highlighted. */
  valueHint?: (value: string) => ReactNode;
}

/** An editable table of name/value rows that can be added, removed, enabled and disabled. */
export function KeyValueTable({
  noun,
  rows,
  onAdd,
  onUpdate,
  onRemove,
  valueHint,
}: KeyValueTableProps) {
  return (
    <div className="kv-table">
      <table aria-label={`${noun}s`}>
        <thead>
          <tr>
            <th scope="col">On</th>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id} className={row.enabled ? undefined : 'disabled'}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${noun} ${index + 1} enabled`}
                  checked={row.enabled}
                  onChange={(event) => onUpdate(row.id, { enabled: event.target.checked })}
                />
              </td>
              <td>
                <input
                  aria-label={`${noun} ${index + 1} name`}
                  value={row.name}
                  spellCheck={false}
                  onChange={(event) => onUpdate(row.id, { name: event.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`${noun} ${index + 1} value`}
                  value={row.value}
                  spellCheck={false}
                  placeholder={row.bare ? '(no value)' : undefined}
                  onChange={(event) => onUpdate(row.id, { value: event.target.value })}
                />
                {valueHint?.(row.value)}
              </td>
              <td>
                <button
                  type="button"
                  className="icon"
                  aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}
                  onClick={() => onRemove(row.id)}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="link" onClick={onAdd}>
        Add {noun.toLowerCase()}
      </button>
    </div>
  );
}
