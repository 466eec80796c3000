import { fileURLToPath } from 'node:url';
import { ATTRIBUTION_MODEL_NAMES } from '../packages/core/src/attribution/index';
import { type Measurement, measureInChild, printProfile, printTable } from './lib/measure';

// Attribution at about 10k, 100k and 1M touchpoints (sample scales 0.5 / 5 / 50): every model
// end to end, second calls at 1M, the same at 1M with ~100k deals (dense), DuckDB's SQL for
// linear and U-shaped on the same data, and path-level models on ChannelAttribution's Data.csv
// and on 1M journeys.
const task = (name: string) => fileURLToPath(new URL(`./${name}.task.ts`, import.meta.url));
const SCALES = [0.5, 5, 50];
const ms = (m: Measurement) => `${m.ms.toFixed(0)} ms`;
const mib = (m: Measurement) => `${m.peakRssMiB.toFixed(0)} MiB`;
// What the run itself added to the process's peak memory (the dataset is built in setup).
const growth = (m: Measurement) => `${Math.max(0, m.peakRssMiB - m.setupRssMiB).toFixed(0)} MiB`;

const e2e = new Map<string, Measurement>();
const modelRows: string[][] = [];
// Second calls only for the models compared with DuckDB and the data-driven ones.
const AGAIN = new Set(['linear', 'position-based', 'u-shaped', 'markov', 'shapley']);
for (const model of ATTRIBUTION_MODEL_NAMES) {
  const row: string[] = [model];
  for (const scale of SCALES) {
    const m = measureInChild(task('attribution'), { scale, model, mode: 'e2e' });
    e2e.set(`${model}@${scale}`, m);
    row.push(ms(m), growth(m));
    if (scale === 50) row.push(mib(m));
  }
  for (const mode of ['again', 'summary']) {
    if (!AGAIN.has(model)) {
      row.push('', '');
      continue;
    }
    const m = measureInChild(task('attribution'), { scale: 50, model, mode });
    e2e.set(`${model}@${mode}`, m);
    row.push(ms(m), growth(m));
  }
  modelRows.push(row);
}
printTable(
  'attribute(sample, { model }): first call on the dataset (index, journeys, full ledger); at scale 50 also a second call (index remembered) with the full ledger and with detail: summary; RSS growth = peak − after setup',
  [
    'model',
    ...SCALES.flatMap((s) => [`${s}: time`, 'RSS growth', ...(s === 50 ? ['peak RSS'] : [])]),
    '50 again',
    'RSS growth',
    '50 summary',
    'RSS growth',
  ],
  modelRows,
);
console.log(`scale 50: ${e2e.get('linear@50')?.detail}`);

// The issue's ~100k deals at 1M touchpoints: the sample at scale 50 plus a won deal per person.
const denseRows: string[][] = [];
for (const model of AGAIN) {
  const row = [model];
  for (const mode of ['e2e', 'again', 'summary']) {
    const m = measureInChild(task('attribution'), { scale: 50, model, mode, deals: 'dense' });
    e2e.set(`${model}@dense-${mode}`, m);
    row.push(ms(m), mode === 'e2e' ? mib(m) : growth(m));
  }
  denseRows.push(row);
}
printTable(
  'dense deals: scale 50 + one won deal per person (first call, peak RSS; second call full and summary, RSS growth)',
  ['model', 'first', 'peak RSS', 'again', 'RSS growth', 'summary', 'RSS growth'],
  denseRows,
);
console.log(`dense: ${e2e.get('linear@dense-e2e')?.detail}`);

const duckRows: string[][] = [];
const CASES = [
  ...SCALES.map((scale) => ({ scale, deals: 'sample' })),
  { scale: 50, deals: 'dense' },
];
for (const { scale, deals } of CASES) {
  for (const [query, ours] of [
    ['linear', 'linear'],
    ['u-shaped', 'position-based'],
  ] as const) {
    const dense = deals === 'dense' ? 'dense-' : '';
    const first = e2e.get(dense ? `${ours}@dense-e2e` : `${ours}@${scale}`);
    const again = scale === 50 ? e2e.get(`${ours}@${dense}again`) : undefined;
    const summary = scale === 50 ? e2e.get(`${ours}@${dense}summary`) : undefined;
    for (const input of ['journeys', 'raw']) {
      const duck = measureInChild(task('attribution-duckdb'), { scale, query, input, deals });
      const ratio = (m?: Measurement) => (m ? (m.ms / duck.ms).toFixed(2) : '');
      duckRows.push([
        `${query} @ ${scale}${deals === 'dense' ? ' dense' : ''}, ${input}`,
        duck.detail,
        ms(duck),
        first ? ms(first) : '',
        ratio(first),
        again ? ms(again) : '',
        ratio(again),
        summary ? ms(summary) : '',
        ratio(summary),
      ]);
    }
  }
}
printTable(
  'DuckDB (query only: "journeys" = our journeys appended beforehand, "raw" = touchpoints, won deals and contacts loaded, the SQL builds the journeys) vs ours (U-shaped = our position-based); ratio = ours / DuckDB',
  [
    'case',
    'DuckDB input → output',
    'DuckDB',
    'ours first',
    'ratio',
    'again',
    'ratio',
    'summary',
    'ratio',
  ],
  duckRows,
);

const pathRows: string[][] = [];
for (const [input, model, order, warm] of [
  ['data-csv', 'markov', 1, 0],
  ['data-csv', 'markov', 1, 1],
  ['data-csv', 'markov', 2, 0],
  ['data-csv', 'markov', 3, 0],
  ['data-csv', 'markov', 4, 0],
  ['data-csv', 'shapley', 1, 0],
  ['data-csv', 'linear', 1, 0],
  ['million', 'markov', 1, 0],
  ['million', 'markov', 1, 1],
  ['million', 'shapley', 1, 0],
  ['million', 'linear', 1, 0],
] as const) {
  const m = measureInChild(task('attribution-paths'), { input, model, order, warm });
  const name = `${model}${model === 'markov' ? ` order ${order}` : ''}${warm ? ' (warm)' : ''}`;
  pathRows.push([name, input, m.detail, ms(m), mib(m)]);
}
printTable(
  'attributePaths (CSV read in setup)',
  ['model', 'input', 'output', 'time', 'peak RSS'],
  pathRows,
);

// Where the time goes at 1M touchpoints, for the targets missed (sampled in separate runs).
for (const [title, args] of [
  ['linear, first call, scale 50', { scale: 50, model: 'linear', mode: 'e2e' }],
  [
    'linear, second call, scale 50 dense',
    { scale: 50, model: 'linear', mode: 'again', deals: 'dense' },
  ],
  ['markov, first call, scale 50', { scale: 50, model: 'markov', mode: 'e2e' }],
] as const) {
  printProfile(title, measureInChild(task('attribution'), { ...args, profile: 1 }));
}
