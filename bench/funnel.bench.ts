import { AGAINST_COLUMNS, measureAgainst, printTable } from './lib/measure';

// funnel on the sample at about 10k, 100k and 1M touchpoints, then 1M warm: the default
// stages as a cohort with pipeline velocity, whole and split by campaign (BENCH_AGAINST=
// <another checkout> compares the 1M cases side by side: see measureAgainst).
printTable(
  "funnel(sample, { method: 'cohort', period, asOf, by, reportingCurrency, exchangeRates })",
  ['by', ...AGAINST_COLUMNS],
  ['none', 'campaign'].flatMap((by) =>
    measureAgainst('funnel.task.ts', { by }).map((row) => [by, ...row]),
  ),
);
