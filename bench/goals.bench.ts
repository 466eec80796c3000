import { fileURLToPath } from 'node:url';
import { measureAtScales, printTable, SCALE_COLUMNS } from './lib/measure';

// goalProgress and backSolveGoal on the sample at about 10k, 100k and 1M touchpoints, then
// 1M warm: the revenue goal (deals, forecast, contributions), the MQL goal (lifecycle
// history) and the revenue back-solve (funnel rates, lags, win rate).
const task = fileURLToPath(new URL('./goals.task.ts', import.meta.url));
const rows = ['revenue', 'mqls', 'back-solve'].flatMap((which) =>
  measureAtScales(task, { case: which }).map((row) => [which, ...row]),
);
printTable(
  'goalProgress / backSolveGoal(sample, goal, { asOf, exchangeRates })',
  ['case', ...SCALE_COLUMNS],
  rows,
);
