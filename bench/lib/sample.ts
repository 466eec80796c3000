import { generateSampleDataset } from '@closedloop/core/sample';
// The core through its source: tsx loads the package as CommonJS, where the names of
// `export *` re-exports are not seen.
import { indexDataset } from '../../packages/core/src/dataset-index/index';
import type {
  IndexDatasetOptions,
  IndexedAnalysis,
} from '../../packages/core/src/dataset-index/options';
import type { Dataset } from '../../packages/core/src/model/dataset';

/**
 * The sample at `args.scale`. With `mode: 'indexed'` the dataset's shared indexes for
 * `analyses` are built here, unmeasured, as an app does at load time with `indexDataset`:
 * the run then measures a first call that finds them built (the JIT still cold). With
 * `mode: 'indexed-as-of'` the MQL episodes for `timeline` (the run's own options) are too.
 */
export function benchSample(
  args: Record<string, number | string>,
  analyses: readonly IndexedAnalysis[],
  timeline?: IndexDatasetOptions['timeline'],
): Dataset {
  const dataset = generateSampleDataset({ seed: 1, scale: Number(args.scale ?? 1) });
  if (args.mode === 'indexed') indexDataset(dataset, { for: analyses });
  if (args.mode === 'indexed-as-of') indexDataset(dataset, { for: analyses, timeline });
  return dataset;
}
