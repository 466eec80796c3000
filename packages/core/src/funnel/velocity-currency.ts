import type { Dataset } from '../model/dataset';
import { OptionsError } from '../options/options-error';

/**
 * The reporting currency of pipeline velocity: the one asked for, else the one currency all
 * deal amounts share (USD when no deal has one).
 * @throws {OptionsError} when deals use several currencies and none was chosen.
 */
export function velocityCurrency(dataset: Dataset, asked: string | undefined): string {
  if (asked !== undefined) return asked;
  const seen = new Set<string>();
  for (const deal of dataset.deals) {
    if (deal.amount?.currency) seen.add(deal.amount.currency);
  }
  if (seen.size > 1) {
    throw new OptionsError('funnel', [
      {
        path: 'reportingCurrency',
        code: 'missing_option',
        message: `deals are in ${[...seen].sort().join(', ')}: choose a reportingCurrency and give exchangeRates into it, or pass velocity: false`,
      },
    ]);
  }
  return [...seen][0] ?? 'USD';
}
