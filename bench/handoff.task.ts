import { SAMPLE_AS_OF, SAMPLE_BUSINESS_HOURS } from '@closedloop/core/sample';
// The core through its source: tsx loads the package as CommonJS, where the names of
// `export *` re-exports are not seen.
import { handoff } from '../packages/core/src/handoff/index';
import type { Dataset } from '../packages/core/src/model/dataset';
import { benchSample } from './lib/sample';
import { defineTask } from './lib/task';

const run = (dataset: Dataset) =>
  handoff(dataset, { asOf: SAMPLE_AS_OF, businessHours: SAMPLE_BUSINESS_HOURS });

// The hand-off of every MQL episode of the sample at a scale: fates, flow, views, ledger.
// `mode: 'warm'` runs it once unmeasured first (JIT warm, ids hashed, the dataset's lead
// timeline built and kept), as in a long-lived app.
// `mode: 'indexed'` builds the dataset's shared indexes first with `indexDataset`, as an app
// does at load time; `indexed-as-of` builds the MQL episodes for these options too,
// as a dashboard that knows its as-of instant at load (see `benchSample`).
export default defineTask({
  setup: (args) => {
    const dataset = benchSample(args, ['handoff'], {
      asOf: SAMPLE_AS_OF,
      businessHours: SAMPLE_BUSINESS_HOURS,
    });
    if (args.mode === 'warm') run(dataset);
    return dataset;
  },
  run: (dataset) => {
    const cpu = process.cpuUsage();
    const result = run(dataset);
    const { user } = process.cpuUsage(cpu);
    return `${result.counts.mqls} MQL episodes, ${(user / 1000).toFixed(0)} ms CPU`;
  },
});
