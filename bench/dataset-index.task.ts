import { generateSampleDataset } from '@closedloop/core/sample';
// The core through its source: tsx loads the package as CommonJS, where the names of
// `export *` re-exports are not seen.
import { indexDataset } from '../packages/core/src/dataset-index/index';
import { defineTask } from './lib/task';

// `indexDataset` on a freshly generated sample: what an app pays once at load time so that
// the first hand-off, SLA, funnel, goal or attribution call finds the shared indexes built.
export default defineTask({
  setup: (args) => generateSampleDataset({ seed: 1, scale: Number(args.scale ?? 1) }),
  run: (dataset) => {
    const report = indexDataset(dataset);
    return report.parts.map((p) => `${p.part} ${p.ms.toFixed(0)} ms`).join(', ');
  },
});
