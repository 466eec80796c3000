import { AGAINST_COLUMNS, measureAgainst, printTable } from './lib/measure';

// goalProgress and backSolveGoal on the sample at about 10k, 100k and 1M touchpoints, then
// 1M warm: the revenue goal (deals, forecast, contributions), the MQL goal (lifecycle
// history) and the revenue back-solve (funnel rates, lags, win rate) (BENCH_AGAINST=
// <another checkout> compares the 1M cases side by side: see measureAgainst).
printTable(
  'goalProgress / backSolveGoal(sample, goal, { asOf, exchangeRates })',
  ['case', ...AGAINST_COLUMNS],
  ['revenue', 'mqls', 'back-solve'].flatMap((which) =>
    measureAgainst('goals.task.ts', { case: which }).map((row) => [which, ...row]),
  ),
);
