import { useId } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

/** One tab: its key and its visible (and accessible) name. */
export interface TabItem<K extends string> {
  key: K;
  label: string;
  badge?: string;
}

interface TabsProps<K extends string> {
  label: string;
  tabs: TabItem<K>[];
  active: K;
  onSelect: (key: K) => void;
  children: ReactNode;
}

/** An ARIA tab list with one panel: the active tab's content. */
export function Tabs<K extends string>({ label, tabs, active, onSelect, children }: TabsProps<K>) {
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.key === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (step !== 0 && next) onSelect(next.key);
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${id}-${tab.key}`}
            aria-selected={tab.key === active}
            aria-controls={`${id}-panel`}
            tabIndex={tab.key === active ? 0 : -1}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
            {tab.badge ? <span className="badge"> {tab.badge}</span> : null}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${active}`}
        className="tab-panel"
      >
        {children}
      </div>
    </div>
  );
}
