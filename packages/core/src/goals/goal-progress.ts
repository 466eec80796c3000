import type { Dataset } from '../model/dataset';
import type { Deal } from '../model/deals';
import { IsoDateTime } from '../model/primitives';
import type { Goal } from '../model/sales';
import { convert, exchangeRateFor } from '../money/convert';
import { currencyMinorUnits, isKnownCurrency } from '../money/currencies';
import { formatScaled, parseDecimal, rescale, toMinorUnits } from '../money/decimal';
import { divideHalfEven } from '../money/rounding';
import { InvalidGoalError } from './errors';
import { type DealMetric, dealMetric } from './metrics';
import { goalPeriod } from './period';
import type { GoalProgress, GoalProgressOptions, GoalQualityCode, QualityFinding } from './types';

/** Count goals keep two fraction digits internally (12.5 deals expected to date). */
const COUNT_SCALE = 2;

/**
 * Measures a goal against a dataset at an instant: actual, attainment, the on-track-to-date
 * value, pacing, a run-rate forecast and the rate still required.
 *
 * - **Period.** `goal.periodStart`..`goal.periodEnd` are calendar dates in `goal.timeZone`,
 *   both included: `[local midnight of the first day, local midnight after the last day)`.
 * - **Actual.** Only what happened up to `asOf` counts. `revenue` sums the amounts of deals
 *   with status `won` whose `closedAt` is in the period; `deals_won` counts them; `pipeline`
 *   sums the amounts of deals (any status) whose `createdAt` is in the period. Deals deleted
 *   at or before `asOf` are left out; `goal.ownerId` and `goal.segment` (the account's
 *   segment) narrow the deals when set.
 * - **Time.** `elapsedFraction` is calendar time: milliseconds elapsed over the period's
 *   milliseconds, clamped to 0–1 (a 23-hour DST day counts 23 hours). Business days come later.
 * - **Money.** Amounts are summed exactly in integer minor units. A deal in another currency
 *   is converted into the goal's currency with `options.exchangeRates` (units of the goal
 *   currency per 1 unit of the deal currency), rounded half-even per deal, so per-deal
 *   figures always add up to `actual`. Derived values (expected, forecast, required) are
 *   rounded half-even to the currency's minor units.
 * - **Quality.** Deals that cannot be counted (no amount, no currency, no timestamp) are
 *   reported in `quality`, never dropped silently.
 *
 * @throws {UnsupportedGoalMetricError} for a metric other than revenue, pipeline, deals_won.
 * @throws {MissingExchangeRateError} when a deal's currency has no rate.
 * @throws {InvalidGoalError} for a money goal without a known currency, a malformed period or time zone.
 * @throws {RangeError} when `asOf` is not an ISO-8601 instant with an offset.
 */
export function goalProgress(
  dataset: Dataset,
  goal: Goal,
  options: GoalProgressOptions,
): GoalProgress {
  const metric = dealMetric(goal);
  const currency = metric.kind === 'money' ? moneyGoalCurrency(goal) : null;
  const scale = currency === null ? COUNT_SCALE : currencyMinorUnits(currency);
  const format = (value: bigint) =>
    currency === null ? trimZeros(formatScaled(value, scale)) : formatScaled(value, scale);

  if (!IsoDateTime.safeParse(options.asOf).success) {
    throw new RangeError(`asOf must be an ISO-8601 instant with an offset, got "${options.asOf}"`);
  }
  const asOfMs = Date.parse(options.asOf);
  const period = goalPeriod(goal);
  const target = rescale(parseDecimal(goal.target), scale);

  const tally = tallyDeals(dataset, goal, metric, currency, options, {
    asOfMs,
    startMs: period.startMs,
    endMs: period.endMs,
  });
  const actual =
    currency === null ? BigInt(tally.dealIds.length) * 10n ** BigInt(scale) : tally.sum;

  // Calendar time, in exact integer milliseconds.
  const periodMs = BigInt(period.endMs - period.startMs);
  const elapsedMs = BigInt(
    Math.min(Math.max(asOfMs - period.startMs, 0), period.endMs - period.startMs),
  );
  const remainingMs = periodMs - elapsedMs;
  const elapsedFraction = Number(elapsedMs) / Number(periodMs);
  const attainment = target > 0n ? Number(actual) / Number(target) : null;
  const shortfall = target > actual ? target - actual : 0n;

  return {
    goalId: goal.id,
    metric: goal.metric,
    currency,
    target: format(target),
    actual: format(actual),
    attainment,
    elapsedFraction,
    expectedToDate: format(divideHalfEven(target * elapsedMs, periodMs)),
    pacing: attainment !== null && elapsedMs > 0n ? attainment / elapsedFraction : null,
    runRateForecast: elapsedMs > 0n ? format(divideHalfEven(actual * periodMs, elapsedMs)) : null,
    // shortfall / remaining days, remaining days = periodDays × remainingMs / periodMs.
    requiredPerDay:
      remainingMs > 0n
        ? format(divideHalfEven(shortfall * periodMs, BigInt(period.days) * remainingMs))
        : null,
    periodStart: goal.periodStart,
    periodEnd: goal.periodEnd,
    timeZone: goal.timeZone,
    periodStartsAt: new Date(period.startMs).toISOString(),
    periodEndsAt: new Date(period.endMs).toISOString(),
    periodDays: period.days,
    remainingDays: (period.days * Number(remainingMs)) / Number(periodMs),
    asOf: options.asOf,
    contributing: { count: tally.dealIds.length, dealIds: tally.dealIds },
    exchangeRatesUsed: tally.ratesUsed,
    quality: tally.findings,
  };
}

function moneyGoalCurrency(goal: Goal): string {
  if (goal.currency === null || !isKnownCurrency(goal.currency)) {
    throw new InvalidGoalError(
      goal.id,
      `a ${goal.metric} goal needs an ISO-4217 currency, got ${JSON.stringify(goal.currency)}`,
    );
  }
  return goal.currency;
}

interface Tally {
  /** Sum in minor units of the goal currency (money metrics). */
  sum: bigint;
  dealIds: string[];
  ratesUsed: Record<string, string>;
  findings: QualityFinding[];
}

function tallyDeals(
  dataset: Dataset,
  goal: Goal,
  metric: DealMetric,
  currency: string | null,
  options: GoalProgressOptions,
  window: { asOfMs: number; startMs: number; endMs: number },
): Tally {
  const inScope = dealScope(dataset, goal, window.asOfMs);
  const findings = new Map<GoalQualityCode, string[]>();
  const report = (code: GoalQualityCode, id: string) => {
    const ids = findings.get(code);
    if (ids) ids.push(id);
    else findings.set(code, [id]);
  };
  const tally: Tally = { sum: 0n, dealIds: [], ratesUsed: {}, findings: [] };

  for (const deal of dataset.deals) {
    if (!inScope(deal) || !metric.applies(deal)) continue;
    const timestamp = metric.timestamp(deal);
    if (timestamp === null) {
      report(metric.missingTimestamp, deal.id);
      continue;
    }
    const at = Date.parse(timestamp);
    if (at < window.startMs || at >= window.endMs || at > window.asOfMs) continue;

    if (currency !== null) {
      if (deal.amount === null) {
        report('deal_missing_amount', deal.id);
        continue;
      }
      if (deal.amount.currency === null) {
        report('deal_missing_currency', deal.id);
        continue;
      }
      const from = deal.amount.currency;
      const minor = toMinorUnits(deal.amount.amount, from);
      if (from === currency) {
        tally.sum += minor;
      } else {
        const rate = exchangeRateFor(from, currency, options.exchangeRates);
        tally.sum += convert(minor, from, currency, rate);
        tally.ratesUsed[from] = rate;
      }
    }
    tally.dealIds.push(deal.id);
  }
  tally.findings = [...findings].map(([code, ids]) => ({ code, count: ids.length, ids }));
  return tally;
}

/** Which deals a goal looks at: not deleted by `asOf`, and matching its owner and segment. */
function dealScope(dataset: Dataset, goal: Goal, asOfMs: number): (deal: Deal) => boolean {
  let segmentOf: Map<string, string | null> | undefined;
  if (goal.segment !== null) {
    segmentOf = new Map(dataset.accounts.map((account) => [account.id, account.segment]));
  }
  return (deal) => {
    if (deal.deletedAt !== null && Date.parse(deal.deletedAt) <= asOfMs) return false;
    if (goal.ownerId !== null && deal.ownerId !== goal.ownerId) return false;
    if (segmentOf !== undefined) {
      if (deal.accountId === null || segmentOf.get(deal.accountId) !== goal.segment) return false;
    }
    return true;
  };
}

/** `"12.50"` → `"12.5"`, `"7.00"` → `"7"`. */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
