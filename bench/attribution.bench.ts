import { fileURLToPath } from 'node:url';
import { MODEL_NAMES } from '../packages/core/src/attribution/index';
import { type Measurement, measureInChild, printTable } from './lib/measure';

// Attribution at about 10k, 100k and 1M touchpoints (sample scales 0.5 / 5 / 50): every model
// end to end, the warm run at 1M, DuckDB's SQL for linear and U-shaped on the same journeys,
// and path-level Markov on ChannelAttribution's Data.csv and on 1M journeys.
const task = (name: string) => fileURLToPath(new URL(`./${name}.task.ts`, import.meta.url));
const SCALES = [0.5, 5, 50];
const ms = (m: Measurement) => `${m.ms.toFixed(0)} ms`;
const mib = (m: Measurement) => `${m.peakRssMiB.toFixed(0)} MiB`;
// What the run itself added to the process's peak memory (the dataset is built in setup).
const growth = (m: Measurement) => `${Math.max(0, m.peakRssMiB - m.setupRssMiB).toFixed(0)} MiB`;

const e2e = new Map<string, Measurement>();
const modelRows: string[][] = [];
// The warm run only for the models compared with DuckDB and the data-driven ones.
const WARM = new Set(['linear', 'position-based', 'u-shaped', 'markov', 'shapley']);
for (const model of MODEL_NAMES) {
  const row: string[] = [model];
  for (const scale of SCALES) {
    const m = measureInChild(task('attribution'), { scale, model, mode: 'e2e' });
    e2e.set(`${model}@${scale}`, m);
    row.push(ms(m), growth(m));
    if (scale === 50) row.push(mib(m));
  }
  if (WARM.has(model)) {
    const warm = measureInChild(task('attribution'), { scale: 50, model, mode: 'warm' });
    e2e.set(`${model}@warm`, warm);
    row.push(ms(warm), growth(warm));
  } else row.push('', '');
  modelRows.push(row);
}
printTable(
  'attribute(sample, { model }) end to end (index, journeys, full ledger); runAttribution warm at scale 50 (detail: summary); RSS growth = peak − after setup',
  [
    'model',
    ...SCALES.flatMap((s) => [`${s}: time`, 'RSS growth', ...(s === 50 ? ['peak RSS'] : [])]),
    '50 warm',
    'RSS growth',
  ],
  modelRows,
);
console.log(`scale 50: ${e2e.get('linear@50')?.detail}`);

const duckRows: string[][] = [];
for (const scale of SCALES) {
  for (const [query, ours] of [
    ['linear', 'linear'],
    ['u-shaped', 'position-based'],
  ] as const) {
    const duck = measureInChild(task('attribution-duckdb'), { scale, query });
    const end = e2e.get(`${ours}@${scale}`) as Measurement;
    const warm = scale === 50 ? e2e.get(`${ours}@warm`) : undefined;
    duckRows.push([
      `${query} @ ${scale}`,
      duck.detail,
      ms(duck),
      ms(end),
      (end.ms / duck.ms).toFixed(2),
      warm ? ms(warm) : '',
      warm ? (warm.ms / duck.ms).toFixed(2) : '',
    ]);
  }
}
printTable(
  'DuckDB (query only; journeys appended beforehand) vs ours (U-shaped = first/last 40, middle 20 = our position-based)',
  ['case', 'DuckDB input', 'DuckDB', 'ours e2e', 'ratio', 'ours warm', 'ratio warm'],
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
