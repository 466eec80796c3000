import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureAtScales, printTable, SCALE_CASES, SCALE_COLUMNS } from './lib/measure';

// funnel on the sample at about 10k, 100k and 1M touchpoints, then 1M warm: the default
// stages as a cohort with pipeline velocity, whole and split by campaign.
// With BENCH_AGAINST=<another checkout> (say a worktree of the last release), each 1M case is
// measured in this checkout and in that one alternately, so both columns share the machine's
// load at the time: compare the two, not figures taken in separate runs.
const against = process.env.BENCH_AGAINST;
const task = fileURLToPath(new URL('./funnel.task.ts', import.meta.url));
const rows = ['none', 'campaign'].flatMap((by) =>
  (against === undefined
    ? measureAtScales(task, { by }, SCALE_CASES)
    : SCALE_CASES.filter(([scale]) => scale === 50).flatMap((c) => [
        ['this', ...(measureAtScales(task, { by }, [c])[0] as string[])],
        [
          'against',
          ...(measureAtScales(join(against, 'bench', 'funnel.task.ts'), { by }, [
            c,
          ])[0] as string[]),
        ],
      ])
  ).map((row) => [by, ...row]),
);
printTable(
  "funnel(sample, { method: 'cohort', period, asOf, by, reportingCurrency, exchangeRates })",
  ['by', ...(against === undefined ? SCALE_COLUMNS : ['checkout', ...SCALE_COLUMNS])],
  rows,
);
