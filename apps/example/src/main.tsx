// Browser entry. The server-rendered page (server.mjs, /ssr) carries its markup and the data
// it was computed from: hydrate with the same data. Otherwise compute here and render.
import '@closedloop/react/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { computeExampleData, type ExampleData } from './compute';

declare global {
  interface Window {
    /** Hydration problems React recovered from; the tests require none. */
    __recoverableErrors?: string[];
  }
}

const container = document.getElementById('root') as HTMLElement;
const embedded = document.getElementById('closedloop-data');
window.__recoverableErrors = [];
const onRecoverableError = (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  window.__recoverableErrors?.push(message);
  console.error('Recoverable React error:', message);
};

if (embedded?.textContent) {
  const data = JSON.parse(embedded.textContent) as ExampleData;
  hydrateRoot(
    container,
    <StrictMode>
      <App data={data} />
    </StrictMode>,
    { onRecoverableError },
  );
} else {
  createRoot(container, { onRecoverableError }).render(
    <StrictMode>
      <App data={computeExampleData()} />
    </StrictMode>,
  );
}
