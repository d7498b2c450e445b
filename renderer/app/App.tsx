import { useEffect } from 'react';
import { useCatalogLoader } from '../features/request/use-catalog';
import { useRequestActions } from '../features/request/use-send';
import { RequestPanel } from '../features/request/RequestPanel';
import { ResponsePanel } from '../features/response/ResponsePanel';
import { AppHeader } from './AppHeader';
import { useEffectiveTheme } from './use-theme';

/** The workspace: request on top, response below; Ctrl/Cmd+Enter sends from anywhere. */
export function App() {
  useCatalogLoader();
  const { send, cancel, previewSignature } = useRequestActions();
  const theme = useEffectiveTheme();

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        send();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [send]);

  return (
    <div className="app">
      <AppHeader />
      <main className="workspace">
        <RequestPanel onSend={send} onCancel={cancel} onPreview={previewSignature} />
        <ResponsePanel />
      </main>
    </div>
  );
}
