import { SAMPLE_AS_OF, SAMPLE_EXCHANGE_RATES } from '@closedloop/core/sample';
// The core through its source: tsx loads the package as CommonJS, where the names of
// `export *` re-exports are not seen.
import { backSolveGoal, goalProgress } from '../packages/core/src/goals/index';
import type { Dataset } from '../packages/core/src/model/dataset';
import { benchSample } from './lib/sample';
import { defineTask } from './lib/task';

const options = { asOf: SAMPLE_AS_OF, exchangeRates: SAMPLE_EXCHANGE_RATES };

/** One goal of the sample by metric, or the revenue goal back-solved; returns a summary. */
function run(dataset: Dataset, which: string): string {
  const goal = dataset.goals.find((g) => g.metric === (which === 'back-solve' ? 'revenue' : which));
  if (!goal) throw new Error(`the sample has no goal for ${which}`);
  if (which === 'back-solve') {
    const plan = backSolveGoal(dataset, goal, options);
    return plan.required.map((r) => `${r.count ?? '–'} ${r.label}`).join(' → ');
  }
  const result = goalProgress(dataset, goal, options);
  return `${result.actual} of ${result.target}, ${result.status}`;
}

// `mode: 'warm'` runs the case once unmeasured first (JIT warm, ids hashed), as in a
// long-lived app; `e2e` measures the first call in a fresh process.
// `mode: 'indexed'` builds the dataset's shared indexes first with `indexDataset`, as an app
// does at load time (see `benchSample`).
export default defineTask({
  setup: (args) => {
    const dataset = benchSample(args, ['goals']);
    const which = String(args.case ?? 'revenue');
    if (args.mode === 'warm') run(dataset, which);
    return { dataset, which };
  },
  run: ({ dataset, which }) => {
    const cpu = process.cpuUsage();
    const detail = run(dataset, which);
    const { user } = process.cpuUsage(cpu);
    return `${detail} (${(user / 1000).toFixed(0)} ms CPU)`;
  },
});
