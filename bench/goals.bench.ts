import { fileURLToPath } from 'node:url';
import { measureInChild, printTable } from './lib/measure';

// goalProgress and backSolveGoal on the sample at about 10k, 100k and 1M touchpoints
// (scale 1 ≈ 20k touchpoints), each in a fresh process, then at 1M once more after an
// unmeasured run (warm): the revenue goal (deals, forecast, contributions), the MQL goal
// (lifecycle history) and the revenue back-solve (funnel rates, lags, win rate).
const task = fileURLToPath(new URL('./goals.task.ts', import.meta.url));
const cases: [number, string][] = [
  [0.5, 'e2e'],
  [5, 'e2e'],
  [50, 'e2e'],
  [50, 'warm'],
];
const rows = ['revenue', 'mqls', 'back-solve'].flatMap((which) =>
  cases.map(([scale, mode]) => {
    const m = measureInChild(task, { scale, case: which, mode });
    return [
      which,
      String(scale),
      mode,
      m.detail,
      `${m.ms.toFixed(0)} ms`,
      `${m.heapGrowthMiB.toFixed(0)} MiB`,
      `${m.peakRssMiB.toFixed(0)} MiB`,
    ];
  }),
);
printTable(
  'goalProgress / backSolveGoal(sample, goal, { asOf, exchangeRates })',
  ['case', 'scale', 'mode', 'output', 'time', 'heap growth', 'peak RSS'],
  rows,
);
