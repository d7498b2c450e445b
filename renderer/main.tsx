import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import { createApiClient } from './api/client';
import { createDefaultTransport } from './api/transport';
import { App } from './app/App';
import { persistSession } from './stores/session-persistence';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The request, response (by id, with a bounded preview), decisions and connector survive a reload.
persistSession(window.sessionStorage);

createRoot(root).render(
  <StrictMode>
    <ApiProvider client={createApiClient(createDefaultTransport())}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
