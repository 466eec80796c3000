import { fileURLToPath } from 'node:url';
import { measureInChild, printTable } from './lib/measure';

// funnel on the sample at about 10k, 100k and 1M touchpoints (scale 1 ≈ 20k touchpoints):
// the default stages as a cohort with pipeline velocity, whole and split by campaign, each
// in a fresh process; then at 1M once more after an unmeasured run (warm).
const task = fileURLToPath(new URL('./funnel.task.ts', import.meta.url));
const cases: [number, string][] = [
  [0.5, 'e2e'],
  [5, 'e2e'],
  [50, 'e2e'],
  [50, 'warm'],
];
const rows = ['none', 'campaign'].flatMap((by) =>
  cases.map(([scale, mode]) => {
    const m = measureInChild(task, { scale, by, mode });
    return [
      by,
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
  "funnel(sample, { cohort: { method: 'cohort', … }, asOf, by, velocity })",
  ['by', 'scale', 'mode', 'output', 'time', 'heap growth', 'peak RSS'],
  rows,
);
