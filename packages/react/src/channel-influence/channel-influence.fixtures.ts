import {
  type AttributionResult,
  attribute,
  attributePaths,
  type PathAttribution,
  type PathRow,
} from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
  SAMPLE_REPORTING_CURRENCY,
} from '@closedloop/core/sample';

const cache = new Map<string, AttributionResult>();

/**
 * The sample company's data-driven attribution (`attribute` with `markov` or `shapley` and a
 * seeded bootstrap): its `dataDriven` fit is what `ChannelInfluence` draws. Memoised.
 */
export function sampleDataDriven(
  options: {
    model?: 'markov' | 'shapley';
    scale?: number;
    seed?: number;
    samples?: number;
    order?: number;
  } = {},
): AttributionResult {
  const { model = 'markov', scale = 1, seed = 1, samples = 200, order = 1 } = options;
  const key = `${model}|${scale}|${seed}|${samples}|${order}`;
  let result = cache.get(key);
  if (!result) {
    result = attribute(generateSampleDataset({ seed, scale }), {
      model,
      asOf: SAMPLE_AS_OF,
      reportingCurrency: SAMPLE_REPORTING_CURRENCY,
      exchangeRates: SAMPLE_EXCHANGE_RATES,
      bootstrap: { samples, seed: 1 },
      ...(model === 'markov' ? { markov: { order } } : {}),
    });
    cache.set(key, result);
  }
  return result;
}

/** The guide's three-path example (analyzecore 2016): removal effects C1 0.5, C2 1, C3 1. */
export const THREE_PATHS: PathRow[] = [
  { path: ['C1', 'C2', 'C3'], conversions: 1, value: 1000, nulls: 0 },
  { path: ['C1'], conversions: 0, value: 0, nulls: 1 },
  { path: ['C2', 'C3'], conversions: 0, value: 0, nulls: 1 },
];

/** Many journeys over four channels, so intervals are narrow and no warning shows. */
export function widePaths(): PathRow[] {
  return [
    { path: ['paid_search', 'email'], conversions: 400, value: 400_000, nulls: 900 },
    { path: ['paid_social', 'paid_search'], conversions: 260, value: 210_000, nulls: 1200 },
    { path: ['email'], conversions: 120, value: 90_000, nulls: 1500 },
    { path: ['events', 'paid_search', 'email'], conversions: 90, value: 150_000, nulls: 120 },
    { path: ['paid_social'], conversions: 30, value: 20_000, nulls: 2000 },
    { path: ['events'], conversions: 2, value: 3_000, nulls: 40 },
  ];
}

/** `attributePaths` with a bootstrap on the given rows. */
export function pathFit(
  rows: readonly PathRow[],
  model: 'markov' | 'shapley' = 'markov',
  samples = 200,
): PathAttribution {
  return attributePaths(rows, { model, bootstrap: { samples, seed: 1 } });
}
