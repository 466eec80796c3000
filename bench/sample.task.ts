import { generateSampleDataset } from '@closedloop/core/sample';
import { defineTask } from './lib/task';

// Generates the sample dataset at a scale; reports what came out.
export default defineTask({
  setup: (args) => Number(args.scale ?? 1),
  run: (scale) => {
    const dataset = generateSampleDataset({ seed: 1, scale });
    return `${dataset.touchpoints.length} touchpoints, ${dataset.deals.length} deals, ${dataset.people.length} people`;
  },
});
