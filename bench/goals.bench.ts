import { fileURLToPath } from 'node:url';
import { measureInChild, printTable } from './lib/measure';

// goalProgress and backSolveGoal on the sample at about 10k, 100k and 1M touchpoints
// (scale 1 ≈ 20k touchpoints): the revenue goal (deals, forecast, contributions), the MQL
// goal (lifecycle history) and the revenue back-solve (funnel rates, lags, win rate).
const task = fileURLToPath(new URL('./goals.task.ts', import.meta.url));
const rows = ['revenue', 'mqls', 'back-solve'].flatMap((which) =>
  [0.5, 5, 50].map((scale) => {
    const m = measureInChild(task, { scale, case: which });
    return [
      which,
      String(scale),
      m.detail,
      `${m.ms.toFixed(0)} ms`,
      `${m.heapGrowthMiB.toFixed(0)} MiB`,
      `${m.peakRssMiB.toFixed(0)} MiB`,
    ];
  }),
);
printTable(
  'goalProgress / backSolveGoal(sample, goal, { asOf, exchangeRates })',
  ['case', 'scale', 'output', 'time', 'heap growth', 'peak RSS'],
  rows,
);
