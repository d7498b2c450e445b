import { useEffect } from 'react';
import { Tabs } from '../components/Tabs';
import type { TabItem } from '../components/Tabs';
import { CollectionsSidebar } from '../features/collections/CollectionsSidebar';
import { trackSampleSource } from '../features/collections/sample-store';
import { useCatalogLoader } from '../features/request/use-catalog';
import { useRequestActions } from '../features/request/use-send';
import { RequestPanel } from '../features/request/RequestPanel';
import { ResponsePanel } from '../features/response/ResponsePanel';
import { useUiStore } from '../stores/ui-store';
import type { AppView } from '../stores/ui-store';
import { AppHeader } from './AppHeader';
import { ConnectorPanel } from './connector/ConnectorPanel';
import { useEffectiveTheme } from './use-theme';

const views: TabItem<AppView>[] = [
  { key: 'requests', label: 'Requests' },
  { key: 'connector', label: 'Connector' },
];

/** The app: the request workspace (request on top, response below) or the connector; Ctrl/Cmd+Enter sends from anywhere. */
export function App() {
  useCatalogLoader();
  const { send, cancel, previewSignature } = useRequestActions();
  const theme = useEffectiveTheme();
  const view = useUiStore((state) => state.view);
  const setView = useUiStore((state) => state.setView);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => trackSampleSource(), []);

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
      <CollectionsSidebar onSend={send} />
      <Tabs label="Views" tabs={views} active={view} onSelect={setView}>
        {view === 'requests' ? (
          <main className="workspace">
            <RequestPanel onSend={send} onCancel={cancel} onPreview={previewSignature} />
            <ResponsePanel />
          </main>
        ) : (
          <main className="workspace-connector">
            <ConnectorPanel />
          </main>
        )}
      </Tabs>
    </div>
  );
}
