import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
} from '@closedloop/core/sample';
// The core through its source: tsx loads the package as CommonJS, where the names of
// `export *` re-exports are not seen.
import { handoff } from '../packages/core/src/handoff/index';
import { defineTask } from './lib/task';

// The hand-off of every MQL episode of the sample at a scale: fates, flow, views, ledger.
export default defineTask({
  setup: (args) => generateSampleDataset({ seed: 1, scale: Number(args.scale ?? 1) }),
  run: (dataset) => {
    const cpu = process.cpuUsage();
    const result = handoff(dataset, { asOf: SAMPLE_AS_OF, businessHours: SAMPLE_BUSINESS_HOURS });
    const { user } = process.cpuUsage(cpu);
    return `${result.counts.mqls} MQL episodes, ${(user / 1000).toFixed(0)} ms CPU`;
  },
});
