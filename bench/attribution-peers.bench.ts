import { fileURLToPath } from 'node:url';
import { type Measurement, measureInChild, printTable } from './lib/measure';
import { bestOf } from './lib/task';

// Linear and U-shaped attribution at sample scale 50 (1.1M touchpoints, ~4.2k won deals) next
// to its peers, each in a fresh process, all in this one run: ours (first call, second call with
// the full ledger, with `detail: 'summary'`, and a second call that reads every ledger line),
// DuckDB native (2 threads and 1; SQL building the journeys from the raw tables, and over our
// journeys handed over), a plain JS loop over the touch objects and the typed-array floor.
// Ratios are ours / DuckDB native 2 threads (raw): compare ratios, not times across runs.
// Every figure but a first call is the best of BENCH_REPEAT (5) calls in a row in its process.
// BENCH_SCALE=<n> changes the scale; BENCH_SCALE_200=1 adds the first call at scale 200.
const task = (name: string) => fileURLToPath(new URL(`./${name}.task.ts`, import.meta.url));
const scale = Number(process.env.BENCH_SCALE ?? 50);
const repeat = Number(process.env.BENCH_REPEAT ?? 5);
/** A peer's time: the best of its repeats (the wall time of its single run for a first call). */
const time = (m: Measurement) => {
  const best = bestOf(m.detail);
  return Number.isNaN(best) ? m.ms : best;
};
const ms = (m: Measurement) => `${time(m).toFixed(1)} ms`;
const output = (m?: Measurement) => m?.detail.replace(/ \| best.*$/, '') ?? '';

const PEERS = [
  ['closedloop first call (from the object arrays)', 'peers', { mode: 'ours-first' }],
  ['closedloop again (full ledger, written when read)', 'peers', { mode: 'ours-again' }],
  ['closedloop again, detail: summary', 'peers', { mode: 'ours-summary' }],
  ['closedloop again + every ledger line read', 'peers', { mode: 'ours-read' }],
  ['DuckDB native, 2 threads, raw tables', 'duckdb', { input: 'raw', threads: 2 }],
  ['DuckDB native, 1 thread, raw tables', 'duckdb', { input: 'raw', threads: 1 }],
  ['DuckDB native, 2 threads, our journeys', 'duckdb', { input: 'journeys', threads: 2 }],
  ['plain JS loop over the touch objects', 'peers', { mode: 'plain-js' }],
  ['same arithmetic on typed-array journey columns', 'peers', { mode: 'typed-floor' }],
] as const;

const QUERIES = ['linear', 'u-shaped'] as const;
const figures = new Map<string, Measurement>();
for (const query of QUERIES) {
  for (const [name, kind, args] of PEERS) {
    const m =
      kind === 'peers'
        ? measureInChild(task('attribution-peers'), { scale, query, repeat, ...args })
        : measureInChild(task('attribution-duckdb'), { scale, query, repeat, ...args });
    figures.set(`${query}|${name}`, m);
  }
}
const base = (query: string) => figures.get(`${query}|DuckDB native, 2 threads, raw tables`);
printTable(
  `attribution at sample scale ${scale}, side by side in one run; ratio = time / DuckDB native 2 threads (raw tables)`,
  ['peer', ...QUERIES.flatMap((q) => [q, 'ratio']), 'output (linear)'],
  PEERS.map(([name]) => {
    const cells: string[] = [name];
    for (const query of QUERIES) {
      const m = figures.get(`${query}|${name}`);
      const b = base(query);
      cells.push(m ? ms(m) : '', m && b ? `${(time(m) / time(b)).toFixed(2)}×` : '');
    }
    cells.push(output(figures.get(`linear|${name}`)));
    return cells;
  }),
);

const target = (query: string, name: string, limit: number) => {
  const m = figures.get(`${query}|${name}`);
  const b = base(query);
  if (!m || !b) return ['', ''];
  const ratio = time(m) / time(b);
  return [`${ratio.toFixed(2)}× (≤ ${limit}×)`, ratio <= limit ? 'met' : 'missed'];
};
const firstCall = (query: string) => {
  const m = figures.get(`${query}|closedloop first call (from the object arrays)`);
  return m ? [ms(m), time(m) <= 200 ? 'met' : 'missed'] : ['', ''];
};
printTable(
  'targets of issue 18 (this run)',
  ['target', ...QUERIES.flatMap((q) => [q, ''])],
  [
    [
      'again ≤ 1.0× DuckDB native',
      ...QUERIES.flatMap((q) => target(q, 'closedloop again (full ledger, written when read)', 1)),
    ],
    [
      'summary ≤ 0.5× DuckDB native',
      ...QUERIES.flatMap((q) => target(q, 'closedloop again, detail: summary', 0.5)),
    ],
    ['first call ≤ 200 ms', ...QUERIES.flatMap(firstCall)],
  ],
);

// The repeatable peers again, taking turns in one process (see attribution-interleaved.task.ts).
const INTERLEAVED: Record<string, string> = {
  'ours-again': 'closedloop again (full ledger, written when read)',
  'ours-summary': 'closedloop again, detail: summary',
  'ours-read': 'closedloop again + every ledger line read',
  'duckdb-2': 'DuckDB native, 2 threads, raw tables',
  'duckdb-1': 'DuckDB native, 1 thread, raw tables',
  'plain-js': 'plain JS loop over the touch objects',
  'typed-floor': 'same arithmetic on typed-array journey columns',
};
const turns = new Map<string, Record<string, number>>();
for (const query of QUERIES) {
  const m = measureInChild(task('attribution-interleaved'), { scale, query });
  turns.set(query, JSON.parse(m.detail) as Record<string, number>);
}
printTable(
  `the same peers taking turns in one process (best of 7 rounds), sample scale ${scale}; ratio = time / DuckDB native 2 threads`,
  ['peer', ...QUERIES.flatMap((q) => [q, 'ratio'])],
  Object.entries(INTERLEAVED).map(([key, name]) => [
    name,
    ...QUERIES.flatMap((query) => {
      const best = turns.get(query) ?? {};
      const t = best[key];
      const b = best['duckdb-2'];
      return t === undefined || b === undefined
        ? ['', '']
        : [`${t.toFixed(1)} ms`, `${(t / b).toFixed(2)}×`];
    }),
  ]),
);

const memory = measureInChild(task('attribution-memory'), { scale });
console.log(`\nmemory at scale ${scale}: ${memory.detail} (target ≤ 40 B/touch prepared)`);

if (process.env.BENCH_SCALE_200) {
  const at50 = figures.get('linear|closedloop first call (from the object arrays)');
  const at200 = measureInChild(task('attribution-peers'), {
    scale: 200,
    query: 'linear',
    mode: 'ours-first',
  });
  console.log(
    `first call, linear: scale ${scale} ${at50 ? ms(at50) : '?'}, scale 200 ${ms(at200)} ` +
      `(${at50 ? (time(at200) / time(at50)).toFixed(1) : '?'}× for ${(200 / scale).toFixed(0)}× the touches; peak RSS ${at200.peakRssMiB.toFixed(0)} MiB)`,
  );
}
