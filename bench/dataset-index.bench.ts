import { fileURLToPath } from 'node:url';
import { measureInChild, printTable } from './lib/measure';

// indexDataset (every shared index) at about 10k, 100k and 1M touchpoints.
const task = fileURLToPath(new URL('./dataset-index.task.ts', import.meta.url));
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
  'indexDataset(sample) — paid once at load',
  ['scale', 'parts', 'time', 'heap growth', 'peak RSS'],
  rows,
);
