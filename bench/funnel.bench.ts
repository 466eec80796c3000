import { fileURLToPath } from 'node:url';
import { measureInChild, printTable } from './lib/measure';

// funnel on the sample at about 10k, 100k and 1M touchpoints (scale 1 ≈ 20k touchpoints):
// the default stages as a cohort with pipeline velocity, whole and split by campaign.
const task = fileURLToPath(new URL('./funnel.task.ts', import.meta.url));
const rows = ['none', 'campaign'].flatMap((by) =>
  [0.5, 5, 50].map((scale) => {
    const m = measureInChild(task, { scale, by });
    return [
      by,
      String(scale),
      m.detail,
      `${m.ms.toFixed(0)} ms`,
      `${m.heapGrowthMiB.toFixed(0)} MiB`,
      `${m.peakRssMiB.toFixed(0)} MiB`,
    ];
  }),
);
printTable(
  "funnel(sample, { cohort: { method: 'cohort', … }, asOf, by, velocity })",
  ['by', 'scale', 'output', 'time', 'heap growth', 'peak RSS'],
  rows,
);
