import {
  compareModels,
  type ModelComparison as ModelComparisonResult,
  type ModelVariant,
} from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
  SAMPLE_REPORTING_CURRENCY,
} from '@closedloop/core/sample';

/** The models the sample comparison puts side by side; first touch is the baseline. */
export const SAMPLE_MODELS: readonly ModelVariant[] = [
  'first-touch',
  'last-touch',
  'linear',
  'w-shaped',
  'time-decay',
  'markov',
];

const cache = new Map<string, ModelComparisonResult>();

/**
 * `compareModels` on the embedded sample company (closed-won deals up to the sample's as-of
 * instant, in USD): the primary story and test data. Memoised per seed, scale and models.
 */
export function sampleComparison(
  options: { seed?: number; scale?: number; models?: readonly ModelVariant[] } = {},
): ModelComparisonResult {
  const { seed = 1, scale = 1, models = SAMPLE_MODELS } = options;
  const key = `${seed}|${scale}|${JSON.stringify(models)}`;
  let comparison = cache.get(key);
  if (!comparison) {
    const dataset = generateSampleDataset({ seed, scale });
    comparison = compareModels(dataset, models, {
      asOf: SAMPLE_AS_OF,
      reportingCurrency: SAMPLE_REPORTING_CURRENCY,
      exchangeRates: SAMPLE_EXCHANGE_RATES,
    });
    cache.set(key, comparison);
  }
  return comparison;
}
