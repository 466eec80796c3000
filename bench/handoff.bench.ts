import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureAtScales, printTable, SCALE_COLUMNS, TIMELINE_SCALE_CASES } from './lib/measure';

// handoff on the sample at about 10k, 100k and 1M touchpoints, then 1M warm.
// With BENCH_AGAINST=<another checkout> (say a worktree of the last release), each 1M case is
// measured in this checkout and in that one alternately, so both columns share the machine's
// load at the time: compare the two, not figures taken in separate runs.
const against = process.env.BENCH_AGAINST;
const task = fileURLToPath(new URL('./handoff.task.ts', import.meta.url));
printTable(
  'handoff(sample, { asOf, businessHours })',
  against === undefined ? SCALE_COLUMNS : ['checkout', ...SCALE_COLUMNS],
  against === undefined
    ? measureAtScales(task, {}, TIMELINE_SCALE_CASES)
    : TIMELINE_SCALE_CASES.filter(([scale]) => scale === 50).flatMap((c) => [
        ['this', ...(measureAtScales(task, {}, [c])[0] as string[])],
        [
          'against',
          ...(measureAtScales(join(against, 'bench', 'handoff.task.ts'), {}, [c])[0] as string[]),
        ],
      ]),
);
