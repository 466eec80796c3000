import { fileURLToPath } from 'node:url';
import { measureAtScales, printTable, SCALE_COLUMNS } from './lib/measure';

// funnel on the sample at about 10k, 100k and 1M touchpoints, then 1M warm: the default
// stages as a cohort with pipeline velocity, whole and split by campaign.
const task = fileURLToPath(new URL('./funnel.task.ts', import.meta.url));
const rows = ['none', 'campaign'].flatMap((by) =>
  measureAtScales(task, { by }).map((row) => [by, ...row]),
);
printTable(
  "funnel(sample, { method: 'cohort', period, asOf, by, reportingCurrency, exchangeRates })",
  ['by', ...SCALE_COLUMNS],
  rows,
);
