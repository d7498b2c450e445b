import { useId, useState } from 'react';
import { validateName } from '../../../shared/domain/entity-model/validate-name';

export interface NameFieldProps {
  label: string;
  name: string;
  /** Names already used by siblings (checked case-insensitively). */
  taken: readonly string[];
  onRename(name: string): void;
}

/** A name input validated as you type (Mendix identifier rules); renames on Enter or on leaving the field. */
export function NameField({ label, name, taken, onRename }: NameFieldProps) {
  const [draft, setDraft] = useState(name);
  const [shownFor, setShownFor] = useState(name);
  const messageId = useId();
  if (shownFor !== name) {
    // The model changed under the field (another edit, a new sample): show the new name.
    setShownFor(name);
    setDraft(name);
  }
  const check = draft === name ? { isValid: true, problems: [] } : validateName(draft, taken);
  const commit = () => {
    if (draft !== name && check.isValid) onRename(draft);
  };
  return (
    <label style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <span>{label}</span>
      <input
        value={draft}
        spellCheck={false}
        aria-invalid={!check.isValid}
        aria-describedby={messageId}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(name);
        }}
      />
      <span
        id={messageId}
        role={check.isValid ? undefined : 'alert'}
        style={{ color: 'var(--danger)', fontSize: 12 }}
      >
        {check.problems.map((p) => `${p.rule}: ${p.message}`).join(' ')}
      </span>
    </label>
  );
}
