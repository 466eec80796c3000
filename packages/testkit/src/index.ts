/**
 * `@closedloop/testkit`: helpers for testing code built on `@closedloop/core`.
 * @packageDocumentation
 */
import {
  type Dataset,
  type DatasetInput,
  type ParseDatasetOptions,
  parseDataset,
} from '@closedloop/core';

/**
 * Parses a hand-built dataset and throws if `parseDataset` rejected anything, listing every
 * rejection reason, so a typo in a test fixture fails loudly instead of silently shrinking
 * the data under test. Entity keys may be left out (they mean no records).
 * @throws {Error} naming each rejected record and why; `DatasetError` when the input is not a dataset.
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
export * from './conformance/index';
export * from './csv/index';
export * from './harness/index';
export * from './hubspot/index';
export * from './pipedrive/index';
export * from './salesforce/index';
