import type { Deal } from '../model/deals';
import { convert, type ExchangeRates, exchangeRateFor } from '../money/convert';
import { toMinorUnits } from '../money/decimal';
import { formatMoneyText } from '../money/format-money-text';
import { optionsError } from '../options/options-error';
import type { AttributionFinding } from './types';

/**
 * The currency rollups are in: the `reportingCurrency` option, else the single currency of
 * the deals with an amount (null when none has one).
 * @throws {OptionsError} when deals come in several currencies and no
 * reporting currency is given.
 */
export function pickReportingCurrency(
  deals: readonly Deal[],
  reportingCurrency: string | null,
): string | null {
  if (reportingCurrency) return reportingCurrency;
  const currencies = new Set<string>();
  for (const deal of deals) if (deal.amount?.currency) currencies.add(deal.amount.currency);
  if (currencies.size <= 1) return [...currencies][0] ?? null;
  const list = [...currencies].sort();
  throw optionsError(
    'attribute',
    'reportingCurrency',
    'missing_option',
    `deals are in ${list.join(', ')}: pass reportingCurrency and exchangeRates (units of the reporting currency per 1 unit of each)`,
    list,
  );
}

/**
 * A deal's amount in minor units of its currency and of the reporting currency, converted
 * once for the whole deal (caller's rate, half-even) so its credits can then be split
 * exactly. A deal without an amount, or with an amount but no currency, has no value and
 * is reported as a finding.
 * @throws {MissingExchangeRateError} when there is no rate for the deal's currency.
 */
export function dealMoney(
  deal: Deal,
  currency: string | null,
  rates: ExchangeRates,
  findings: AttributionFinding[],
): { minor: bigint | null; reporting: bigint | null } {
  if (deal.amount === null) {
    findings.push({
      code: 'deal-without-amount',
      severity: 'info',
      dealId: deal.id,
      message: `deal ${deal.id} has no amount: it is counted, with no value`,
    });
    return { minor: null, reporting: null };
  }
  if (deal.amount.currency === null) {
    findings.push({
      code: 'amount-without-currency',
      severity: 'warning',
      dealId: deal.id,
      message: `deal ${deal.id} has an amount of ${formatMoneyText(deal.amount.amount, null)} but no currency: it is counted, with no value`,
    });
    return { minor: null, reporting: null };
  }
  const from = deal.amount.currency;
  const minor = toMinorUnits(deal.amount.amount, from);
  if (currency === null || from === currency) return { minor, reporting: minor };
  return {
    minor,
    reporting: convert(minor, from, currency, exchangeRateFor(from, currency, rates)),
  };
}
