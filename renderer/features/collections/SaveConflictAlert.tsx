import type { SaveConflict } from '../../../shared/ipc/operations/collection';

export interface SaveConflictAlertProps {
  conflicts: SaveConflict[];
  onReload(): void;
  onOverwrite(): void;
}

const CHANGE_TEXT: Record<SaveConflict['change'], string> = {
  changed: 'changed',
  added: 'added',
  removed: 'deleted',
};

/** Shown when a save was refused because files changed on disk since the collection was loaded. */
export function SaveConflictAlert({ conflicts, onReload, onOverwrite }: SaveConflictAlertProps) {
  return (
    <div role="alert" aria-label="Save conflict" className="save-conflict">
      <p>Not saved: these files were changed outside Connector Studio since it loaded them.</p>
      <ul>
        {conflicts.map((c) => (
          <li key={c.file}>
            {c.file} ({CHANGE_TEXT[c.change]})
          </li>
        ))}
      </ul>
      <button type="button" onClick={onReload}>
        Reload from disk
      </button>
      <button type="button" onClick={onOverwrite}>
        Overwrite with my changes
      </button>
    </div>
  );
}
