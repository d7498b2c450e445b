import { useState } from 'react';

export interface DocumentationFieldProps {
  label: string;
  text: string;
  onChange(text: string): void;
}

/** Documentation text, saved when the field loses focus. */
export function DocumentationField({ label, text, onChange }: DocumentationFieldProps) {
  const [draft, setDraft] = useState(text);
  const [shownFor, setShownFor] = useState(text);
  if (shownFor !== text) {
    setShownFor(text);
    setDraft(text);
  }
  return (
    <label style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <span>{label}</span>
      <textarea
        rows={4}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => draft !== text && onChange(draft)}
      />
    </label>
  );
}
