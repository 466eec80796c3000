import { fileURLToPath } from 'node:url';
import { measureInChild, printTable } from './lib/measure';

// handoff on the sample at about 10k, 100k and 1M touchpoints (scale 1 ≈ 20k touchpoints).
const task = fileURLToPath(new URL('./handoff.task.ts', import.meta.url));
const rows = [0.5, 5, 50].map((scale) => {
  const m = measureInChild(task, { scale });
  return [
    String(scale),
    m.detail,
    `${m.ms.toFixed(0)} ms`,
    `${m.heapGrowthMiB.toFixed(0)} MiB`,
    `${m.peakRssMiB.toFixed(0)} MiB`,
  ];
});
printTable(
  'handoff(sample, { asOf, businessHours })',
  ['scale', 'output', 'time', 'heap growth', 'peak RSS'],
  rows,
);
