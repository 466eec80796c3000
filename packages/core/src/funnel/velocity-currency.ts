import { AnalyticsOptionsError } from '../lifecycle/options-error';
import type { Dataset } from '../model/dataset';

/**
 * The reporting currency of pipeline velocity: the one asked for, else the one currency all
 * deal amounts share (USD when no deal has one).
 * @throws {AnalyticsOptionsError} when deals use several currencies and none was chosen.
 */
export function velocityCurrency(dataset: Dataset, asked: string | undefined): string {
  if (asked !== undefined) return asked;
  const seen = new Set<string>();
  for (const deal of dataset.deals) {
    if (deal.amount?.currency) seen.add(deal.amount.currency);
  }
  if (seen.size > 1) {
    throw new AnalyticsOptionsError('funnel', [
      {
        path: 'velocity.currency',
        message: `deals are in ${[...seen].sort().join(', ')}: choose a reporting currency and give exchangeRates into it, or pass velocity: false`,
      },
    ]);
  }
  return [...seen][0] ?? 'USD';
}
