import { type FunnelResult, funnel } from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
} from '@closedloop/core/sample';

const cache = new Map<string, FunnelResult>();

/**
 * The lead funnel of the generated sample dataset (cohort method, split by channel), for a
 * period: `recent` is the 12 months before `SAMPLE_AS_OF`, `earlier` the 6 months before
 * that.
 */
export function sampleFunnel(period: 'recent' | 'earlier' = 'recent'): FunnelResult {
  let result = cache.get(period);
  if (!result) {
    const dataset = generateSampleDataset({ seed: 1, scale: 1 });
    result = funnel(dataset, {
      method: 'cohort',
      period:
        period === 'recent'
          ? { start: '2025-05-01', end: '2026-04-30' }
          : { start: '2024-11-01', end: '2025-04-30' },
      asOf: SAMPLE_AS_OF,
      timeZone: 'America/New_York',
      by: 'channel',
      reportingCurrency: 'USD',
      exchangeRates: SAMPLE_EXCHANGE_RATES,
    });
    cache.set(period, result);
  }
  return result;
}
