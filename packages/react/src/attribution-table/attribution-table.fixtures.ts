import type { Dataset } from '@closedloop/core';
import {
  type AttributionOptions,
  type AttributionResult,
  attribute,
  compareModels,
  type ModelComparison,
} from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
  SAMPLE_REPORTING_CURRENCY,
} from '@closedloop/core/sample';

/**
 * Shared options of the fixtures: the sample's reporting currency and a 60-day lookback, so
 * some deals fall out (unattributed) and full path keeps a pending share: the "not
 * attributed" row has something to show.
 */
export const FIXTURE_OPTIONS = {
  asOf: SAMPLE_AS_OF,
  exchangeRates: SAMPLE_EXCHANGE_RATES,
  reportingCurrency: SAMPLE_REPORTING_CURRENCY,
  lookbackDays: 60,
} satisfies Partial<AttributionOptions>;

let dataset: Dataset | null = null;

/** The sample dataset (seed 1), generated once per process. */
export function sampleDataset(): Dataset {
  dataset ??= generateSampleDataset({ seed: 1 });
  return dataset;
}

/** W-shaped on the sample (60-day lookback): 9 unattributed deals. */
export function sampleResult(overrides: Partial<AttributionOptions> = {}): AttributionResult {
  return attribute(sampleDataset(), { ...FIXTURE_OPTIONS, model: 'w-shaped', ...overrides });
}

/** W-shaped, full path (pending share kept for the closed-won anchor) and linear, side by side. */
export function sampleComparison(data: Dataset = sampleDataset()): ModelComparison {
  return compareModels(
    data,
    [
      'w-shaped',
      { model: 'full-path', missingAnchor: 'pending', label: 'Full path (pending)' },
      'linear',
    ],
    FIXTURE_OPTIONS,
  );
}

/** The sample with hostile names: markup, a `javascript:` URL and a spreadsheet formula. */
export function hostileDataset(): Dataset {
  const data = generateSampleDataset({ seed: 1, scale: 0.3 });
  const names = ['javascript:alert(1)', '<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")'];
  data.campaigns.forEach((campaign, index) => {
    const hostile = names[index % names.length];
    if (index < names.length && hostile) campaign.name = hostile;
  });
  return data;
}

/** W-shaped on the sample reported in euros (rates: euros per unit of each deal currency). */
export function eurResult(): AttributionResult {
  return attribute(sampleDataset(), {
    ...FIXTURE_OPTIONS,
    model: 'w-shaped',
    reportingCurrency: 'EUR',
    exchangeRates: { EUR: '1', USD: '0.92', GBP: '1.17' },
  });
}

/** The comparison on the hostile dataset. */
export function hostileComparison(): ModelComparison {
  return sampleComparison(hostileDataset());
}
