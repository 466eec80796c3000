import { AGAINST_COLUMNS, measureAgainst, printTable, TIMELINE_SCALE_CASES } from './lib/measure';

// handoff on the sample at about 10k, 100k and 1M touchpoints, then 1M warm (BENCH_AGAINST=
// <another checkout> compares the 1M cases side by side: see measureAgainst).
printTable(
  'handoff(sample, { asOf, businessHours })',
  AGAINST_COLUMNS,
  measureAgainst('handoff.task.ts', {}, TIMELINE_SCALE_CASES),
);
