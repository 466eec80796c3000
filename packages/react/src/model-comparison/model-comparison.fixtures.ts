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

/** The sample's rates re-based on EUR (units of EUR per 1 unit of each currency). */
const EUR_RATES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SAMPLE_EXCHANGE_RATES).map(([code, usd]) => [
    code,
    (Number(usd) / Number(SAMPLE_EXCHANGE_RATES.EUR)).toFixed(6),
  ]),
);

/**
 * `compareModels` on the embedded sample company (closed-won deals up to the sample's as-of
 * instant, in USD): the primary story and test data. Memoised per seed, scale and models.
 */
export function sampleComparison(
  options: {
    seed?: number;
    scale?: number;
    models?: readonly ModelVariant[];
    currency?: 'USD' | 'EUR';
  } = {},
): ModelComparisonResult {
  const { seed = 1, scale = 1, models = SAMPLE_MODELS, currency = 'USD' } = options;
  const key = `${seed}|${scale}|${currency}|${JSON.stringify(models)}`;
  let comparison = cache.get(key);
  if (!comparison) {
    const dataset = generateSampleDataset({ seed, scale });
    comparison = compareModels(dataset, models, {
      asOf: SAMPLE_AS_OF,
      reportingCurrency: currency === 'EUR' ? 'EUR' : SAMPLE_REPORTING_CURRENCY,
      exchangeRates: currency === 'EUR' ? EUR_RATES : SAMPLE_EXCHANGE_RATES,
    });
    cache.set(key, comparison);
  }
  return comparison;
}
