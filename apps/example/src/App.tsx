import { useEffect, useState } from 'react';
import type { ExampleData } from './compute';
import { WIDGETS } from './widgets';

const money = (value: string, currency: string | null) =>
  currency
    ? new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }).format(Number(value))
    : value;

/** Channel credits as a plain table (the app's own markup, next to the library's widgets). */
function AttributionTable({ attribution }: { attribution: ExampleData['attribution'] }) {
  return (
    <table>
      <caption>
        {attribution.model} attribution: {money(attribution.total, attribution.currency)} credited
      </caption>
      <thead>
        <tr>
          <th scope="col">Channel</th>
          <th scope="col">Credited</th>
          <th scope="col">Deals</th>
        </tr>
      </thead>
      <tbody>
        {attribution.byChannel.map((row) => (
          <tr key={row.channel}>
            <th scope="row">{row.channel}</th>
            <td>{money(row.value, attribution.currency)}</td>
            <td>{row.deals}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function App({ data }: { data: ExampleData }) {
  // Set after the first commit in the browser: tests wait for it (mount or hydration done).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <main data-ready={ready ? 'true' : 'false'}>
      <h1>Marketing + sales, as of {data.asOf.slice(0, 10)}</h1>
      {WIDGETS.map((widget) => (
        <section key={widget.id} data-testid={`widget-${widget.id}`}>
          {widget.render(data)}
        </section>
      ))}
      <section data-testid="attribution">
        <AttributionTable attribution={data.attribution} />
      </section>
    </main>
  );
}
