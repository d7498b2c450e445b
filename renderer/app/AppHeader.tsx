import { useCatalogStore } from '../stores/catalog-store';
import { useUiStore } from '../stores/ui-store';
import type { ThemeChoice } from '../stores/ui-store';

/** Title bar: product name, host mode and catalog version, a key storage notice, theme choice. */
export function AppHeader() {
  const info = useCatalogStore((state) => state.appInfo);
  const theme = useUiStore((state) => state.theme);
  const setTheme = useUiStore((state) => state.setTheme);
  return (
    <header className="app-header">
      <h1>Connector Studio</h1>
      {info ? (
        <span className="muted" aria-label="Host mode">
          {info.mode === 'browser' ? 'Browser mode' : 'Desktop'} · v{info.version} · AWS catalog{' '}
          {info.catalog.sdkVersion}
        </span>
      ) : null}
      {info?.keyStorageNotice ? (
        <p role="note" aria-label="Key storage" className="warning">
          {info.keyStorageNotice}
        </p>
      ) : null}
      <select
        aria-label="Theme"
        value={theme}
        onChange={(event) => setTheme(event.target.value as ThemeChoice)}
      >
        <option value="system">System theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </header>
  );
}
