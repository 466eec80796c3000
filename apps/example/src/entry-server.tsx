// Server entry (built with `vite build --ssr`): renders the page to HTML with the data it
// computed, and the data as JSON for the browser to hydrate with.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { computeExampleData } from './compute';

/** JSON that is safe inside a <script> element: no `<` can close it or open a comment. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function render(): { html: string; data: string } {
  const data = computeExampleData();
  const html = renderToString(
    <StrictMode>
      <App data={data} />
    </StrictMode>,
  );
  return {
    html,
    data: `<script type="application/json" id="closedloop-data">${scriptJson(data)}</script>`,
  };
}
