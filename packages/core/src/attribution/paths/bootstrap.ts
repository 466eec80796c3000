import { quantileSorted } from '../../stats/quantiles';
import { poisson, seededRandom } from './random';
import type { Interval, PathAttribution, PathRow } from './types';

/** Per-channel credits a model computes from rows and their totals (channels fixed by the caller). */
export type CreditFunction = (
  rows: readonly PathRow[],
  totals: Pick<PathAttribution['totals'], 'conversions' | 'value'>,
) => {
  conversions: ArrayLike<number>;
  value: ArrayLike<number>;
};

/**
 * Bootstrap intervals for each channel's credited conversions and value. Journeys are
 * resampled with the Poisson bootstrap (each journey drawn Poisson(1) times, so a row's
 * conversions and nulls are redrawn as Poisson(count); value scales with the conversions
 * drawn), the model refitted, and the percentile interval taken — seeded, so repeatable.
 */
export function bootstrapIntervals(
  rows: readonly PathRow[],
  channelCount: number,
  credit: CreditFunction,
  settings: { samples: number; seed: number; confidence: number },
): { conversions: Interval; value: Interval }[] {
  const random = seededRandom(settings.seed);
  const conv = Array.from({ length: channelCount }, () => new Float64Array(settings.samples));
  const value = Array.from({ length: channelCount }, () => new Float64Array(settings.samples));
  for (let b = 0; b < settings.samples; b++) {
    const totals = { conversions: 0, value: 0 };
    const resampled = rows.map((row) => {
      const conversions = poisson(row.conversions, random);
      const value = row.conversions > 0 ? (row.value * conversions) / row.conversions : 0;
      totals.conversions += conversions;
      totals.value += value;
      return { path: row.path, conversions, nulls: poisson(row.nulls, random), value };
    });
    const result = credit(resampled, totals);
    for (let c = 0; c < channelCount; c++) {
      (conv[c] as Float64Array)[b] = result.conversions[c] ?? 0;
      (value[c] as Float64Array)[b] = result.value[c] ?? 0;
    }
  }
  const tail = (1 - settings.confidence) / 2;
  const interval = (sample: Float64Array): Interval => {
    sample.sort();
    return { low: quantileSorted(sample, tail) ?? 0, high: quantileSorted(sample, 1 - tail) ?? 0 };
  };
  return conv.map((c, i) => ({
    conversions: interval(c),
    value: interval(value[i] as Float64Array),
  }));
}
