import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
} from '@closedloop/core/sample';
// The core through its source: tsx loads the package as CommonJS, where the names of
// `export *` re-exports are not seen.
import { backSolveGoal, goalProgress } from '../packages/core/src/goals/index';
import { defineTask } from './lib/task';

// One goal of the sample (by metric) measured at a scale, or the revenue goal back-solved.
export default defineTask({
  setup: (args) => ({
    dataset: generateSampleDataset({ seed: 1, scale: Number(args.scale ?? 1) }),
    case: String(args.case ?? 'revenue'),
  }),
  run: ({ dataset, case: which }) => {
    const options = { asOf: SAMPLE_AS_OF, exchangeRates: SAMPLE_EXCHANGE_RATES };
    if (which === 'back-solve') {
      const goal = dataset.goals.find((g) => g.metric === 'revenue');
      if (!goal) throw new Error('the sample has no revenue goal');
      const plan = backSolveGoal(dataset, goal, options);
      return `${plan.required.map((r) => `${r.count ?? '–'} ${r.label}`).join(' → ')}`;
    }
    const goal = dataset.goals.find((g) => g.metric === which);
    if (!goal) throw new Error(`the sample has no ${which} goal`);
    const result = goalProgress(dataset, goal, options);
    return `${result.actual} of ${result.target}, ${result.status}`;
  },
});
