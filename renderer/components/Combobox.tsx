import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';

/** One choice of a combobox: its value, what is shown, and extra words it is found by. */
export interface ComboOption {
  value: string;
  label: string;
  detail?: string;
  keywords?: string;
}

interface ComboboxProps {
  label: string;
  options: ComboOption[];
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** Most options listed at once; typing narrows the rest down. */
  limit?: number;
}

function matches(option: ComboOption, query: string): boolean {
  const text =
    `${option.value} ${option.label} ${option.detail ?? ''} ${option.keywords ?? ''}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => text.includes(word));
}

/** A searchable picker: a text input with the ARIA combobox role over a listbox of options. */
export function Combobox({
  label,
  options,
  value,
  onChange,
  placeholder,
  limit = 100,
}: ComboboxProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const selected = options.find((option) => option.value === value);
  const filtered = useMemo(
    () => options.filter((option) => matches(option, query.trim())),
    [options, query],
  );
  const shown = filtered.slice(0, limit);

  const choose = (option: ComboOption | undefined) => {
    if (!option) return;
    onChange(option.value);
    setOpen(false);
    setQuery('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, shown.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setQuery('');
    }
  };

  const display = selected
    ? `${selected.label}${selected.detail ? ` — ${selected.detail}` : ''}`
    : value;
  return (
    <div className="combobox">
      <input
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={open ? query : display}
        onFocus={() => {
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => {
          setOpen(false);
          setQuery('');
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul role="listbox" id={listId} aria-label={`${label} options`} className="combobox-list">
          {shown.map((option, index) => (
            <li
              key={option.value}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={option.value === value}
              className={index === active ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
            >
              <span className="option-label">{option.label}</span>{' '}
              {option.detail ? <span className="option-detail">{option.detail}</span> : null}
            </li>
          ))}
          {filtered.length > shown.length ? (
            <li role="presentation" className="muted">
              {filtered.length - shown.length} more: keep typing to narrow down.
            </li>
          ) : null}
          {filtered.length === 0 ? (
            <li role="presentation" className="muted">
              No match.
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
