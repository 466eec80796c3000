import { fileURLToPath } from 'node:url';
import { measureAtScales, printTable, SCALE_COLUMNS, TIMELINE_SCALE_CASES } from './lib/measure';

// evaluateSla on the sample at about 10k, 100k and 1M touchpoints, then 1M warm.
const task = fileURLToPath(new URL('./sla.task.ts', import.meta.url));
printTable(
  'evaluateSla(sample, sla, { asOf })',
  SCALE_COLUMNS,
  measureAtScales(task, {}, TIMELINE_SCALE_CASES),
);
