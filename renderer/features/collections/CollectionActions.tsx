import { useState } from 'react';
import type { OperationOutput } from '../../../shared/ipc/contract';
import { useApi } from '../../api/ApiProvider';
import { ImportControl } from './ImportControl';
import { useCollectionsStore } from './store';

type Notes = OperationOutput<'collection.export'>['notes'];

/** Rename, import into, export and delete (after typing the name) the open collection. */
export function CollectionActions({ name }: { name: string }) {
  const api = useApi();
  const { rename, remove, dir } = useCollectionsStore();
  const [newName, setNewName] = useState(name);
  const [confirmName, setConfirmName] = useState('');
  const [notes, setNotes] = useState<Notes>([]);
  const [exported, setExported] = useState<string | undefined>();
  const exportAs = async (to: 'postman' | 'curl') => {
    if (!dir) return;
    const result = await api.call('collection.export', { dir, to });
    setExported(result.text);
    setNotes(result.notes);
  };
  return (
    <div className="collection-actions">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void rename(api, newName.trim());
        }}
      >
        <input
          aria-label="Rename collection to"
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
        />
        <button type="submit" disabled={!newName.trim() || newName.trim() === name}>
          Rename collection
        </button>
      </form>
      <ImportControl />
      <button type="button" onClick={() => void exportAs('postman')}>
        Export Postman
      </button>
      <button type="button" onClick={() => void exportAs('curl')}>
        Export curl
      </button>
      {exported !== undefined && <textarea aria-label="Exported text" readOnly value={exported} />}
      {notes.length > 0 && (
        <ul aria-label="Conversion report">
          {notes.map((note, index) => (
            <li key={index}>
              {note.kind}: {note.where}: {note.message}
            </li>
          ))}
        </ul>
      )}
      <input
        aria-label="Type the collection name to delete it"
        value={confirmName}
        onChange={(event) => setConfirmName(event.target.value)}
      />
      <button
        type="button"
        disabled={confirmName !== name}
        onClick={() => void remove(api, confirmName)}
      >
        Delete collection
      </button>
    </div>
  );
}
