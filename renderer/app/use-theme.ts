import { useSyncExternalStore } from 'react';
import { useUiStore } from '../stores/ui-store';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const media = window.matchMedia(query);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/** The theme in effect: the user's choice, or the operating system's when the choice is "system". */
export function useEffectiveTheme(): 'light' | 'dark' {
  const choice = useUiStore((state) => state.theme);
  const systemDark = useSyncExternalStore(subscribe, prefersDark);
  if (choice !== 'system') return choice;
  return systemDark ? 'dark' : 'light';
}
