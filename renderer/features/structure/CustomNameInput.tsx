import { useId, useState } from 'react';
import { validateCustomName } from '../../../shared/domain/json-structure/names';

interface CustomNameInputProps {
  /** The custom name in force, or '' for none. */
  value: string;
  placeholder: string;
  label: string;
  onCommit(name: string): void;
}

/** An exposed-name field that checks the Mendix identifier rules as you type and commits valid names only. */
export function CustomNameInput({ value, placeholder, label, onCommit }: CustomNameInputProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const errorId = useId();
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  const problem = draft.trim() === '' ? null : validateCustomName(draft.trim());
  const commit = () => {
    if (problem === null && draft.trim() !== value) onCommit(draft.trim());
  };
  return (
    <span className="structure-custom-name">
      <input
        type="text"
        value={draft}
        placeholder={placeholder}
        aria-label={label}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? errorId : undefined}
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(value);
        }}
        style={{
          width: '100%',
          boxSizing: 'border-box',
          borderColor: problem ? 'var(--danger, #c00)' : undefined,
        }}
      />
      {problem !== null && (
        <span id={errorId} role="alert" className="error-text" style={{ fontSize: 11 }}>
          {problem}
        </span>
      )}
    </span>
  );
}
