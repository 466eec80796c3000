import type { Deal } from '../model/deals';
import { convert, type ExchangeRates, exchangeRateFor } from '../money/convert';
import { toMinorUnits } from '../money/decimal';

/** Why a deal has no value in the reporting currency. */
export type MissingValue = 'deal_missing_amount' | 'deal_missing_currency';

/**
 * A deal's amount in minor units of `currency`, converted at `rates` (units of `currency`
 * per 1 unit of the deal's) and rounded half-even once per deal, so per-deal values add up
 * to any total built from them; or why it has none. Records each rate used in `ratesUsed`.
 * @throws {MissingExchangeRateError} when the deal's currency has no rate.
 */
export function dealValue(
  deal: Deal,
  currency: string,
  rates: ExchangeRates | undefined,
  ratesUsed: Record<string, string>,
): bigint | MissingValue {
  if (deal.amount === null) return 'deal_missing_amount';
  const from = deal.amount.currency;
  if (from === null) return 'deal_missing_currency';
  const minor = toMinorUnits(deal.amount.amount, from);
  if (from === currency) return minor;
  const rate = exchangeRateFor(from, currency, rates);
  ratesUsed[from] = rate;
  return convert(minor, from, currency, rate);
}
