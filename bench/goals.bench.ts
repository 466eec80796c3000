import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureAtScales, printTable, SCALE_CASES, SCALE_COLUMNS } from './lib/measure';

// goalProgress and backSolveGoal on the sample at about 10k, 100k and 1M touchpoints, then
// 1M warm: the revenue goal (deals, forecast, contributions), the MQL goal (lifecycle
// history) and the revenue back-solve (funnel rates, lags, win rate).
// With BENCH_AGAINST=<another checkout> (say a worktree of the last release), each 1M case is
// measured in this checkout and in that one alternately, so both columns share the machine's
// load at the time: compare the two, not figures taken in separate runs.
const against = process.env.BENCH_AGAINST;
const task = fileURLToPath(new URL('./goals.task.ts', import.meta.url));
const rows = ['revenue', 'mqls', 'back-solve'].flatMap((which) =>
  (against === undefined
    ? measureAtScales(task, { case: which }, SCALE_CASES)
    : SCALE_CASES.filter(([scale]) => scale === 50).flatMap((c) => [
        ['this', ...(measureAtScales(task, { case: which }, [c])[0] as string[])],
        [
          'against',
          ...(measureAtScales(join(against, 'bench', 'goals.task.ts'), { case: which }, [
            c,
          ])[0] as string[]),
        ],
      ])
  ).map((row) => [which, ...row]),
);
printTable(
  'goalProgress / backSolveGoal(sample, goal, { asOf, exchangeRates })',
  ['case', ...(against === undefined ? SCALE_COLUMNS : ['checkout', ...SCALE_COLUMNS])],
  rows,
);
