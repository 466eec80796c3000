import type { Dataset, DatasetInput } from '../model/dataset';
import { type ParseDatasetOptions, parseDataset } from '../model/parse-dataset';

/**
 * The core's own tests' `strictDataset` (the published one is `@closedloop/testkit`'s, which
 * depends on the core, so the core cannot import it): parses a hand-built dataset and throws
 * if anything was rejected, so a typo in a fixture fails loudly instead of shrinking the data.
 */
export function strictDataset(
  input: Partial<DatasetInput> | unknown,
  options?: ParseDatasetOptions,
): Dataset {
  const { dataset, rejected } = parseDataset(input, options);
  if (rejected.length > 0) {
    const lines = rejected.map((rejection) => `  - ${rejection.reason}`);
    throw new Error(`strictDataset: ${rejected.length} record(s) rejected:\n${lines.join('\n')}`);
  }
  return dataset;
}
