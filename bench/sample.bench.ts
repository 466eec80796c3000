import { fileURLToPath } from 'node:url';
import { measureInChild, printTable } from './lib/measure';

// Sample generation at about 10k, 100k and 1M touchpoints (scale 1 ≈ 20k touchpoints).
const task = fileURLToPath(new URL('./sample.task.ts', import.meta.url));
const rows = [0.5, 5, 50].map((scale) => {
  const m = measureInChild(task, { scale });
  return [
    String(scale),
    m.detail,
    `${(m.ms / 1000).toFixed(2)} s`,
    `${m.peakRssMiB.toFixed(0)} MiB`,
  ];
});
printTable(
  'generateSampleDataset({ seed: 1, scale })',
  ['scale', 'output', 'time', 'peak RSS'],
  rows,
);
