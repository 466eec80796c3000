import { useEffect, useState } from 'react';
import type { ExampleData } from './compute';
import { WIDGETS } from './widgets';

export function App({ data }: { data: ExampleData }) {
  // Set after the first commit in the browser: tests wait for it (mount or hydration done).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <main data-ready={ready ? 'true' : 'false'} data-widgets={WIDGETS.length}>
      <h1>Marketing + sales, as of {data.asOf.slice(0, 10)}</h1>
      {WIDGETS.map((widget) => (
        <section key={widget.id} data-testid={`widget-${widget.id}`}>
          {widget.render(data)}
        </section>
      ))}
    </main>
  );
}
