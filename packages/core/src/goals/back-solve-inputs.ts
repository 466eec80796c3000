import { dealValue } from '../funnel/deal-value';
import { quantile } from '../funnel/quantile';
import { newTally, tallyRecord } from '../funnel/slice-tally';
import { type DateWindow, inWindow } from '../funnel/window';
import type { StageTimelines } from '../lifecycle/stage-timelines';
import type { Dataset } from '../model/dataset';
import type { Deal } from '../model/deals';
import type { ExchangeRates } from '../money/convert';
import { divideHalfEven } from '../money/rounding';
import type { FindingCollector } from '../quality/quality-finding';
import { recordTimes } from '../time/record-times';
import type { MeasuredConversion, MeasuredLag } from './back-solve-types';

const DAY = 86_400_000;
const INFERRED = 3;

/** Stage-to-stage conversions of the cohort that entered the first stage in the window. */
export function measureConversions(t: StageTimelines, window: DateWindow): MeasuredConversion[] {
  const n = t.rules.stages.length;
  const tally = newTally(n);
  const counted = new Uint8Array(n);
  for (let r = 0; r < t.visits.records.length; r++) {
    tallyRecord(t, r, 'cohort', window, [tally], counted);
  }
  return t.rules.stages.slice(1).map((stage, i) => {
    const fromCount = tally.count[i] as number;
    const toCount = tally.advanced[i + 1] as number;
    return {
      from: t.rules.stages[i]?.id ?? '',
      to: stage.id,
      rate: fromCount > 0 ? toCount / fromCount : null,
      fromCount,
      toCount,
    };
  });
}

/**
 * Median days from entering each stage to entering the last (won) stage, over records that
 * won in the window with an observed (not inferred) entry into that stage before winning.
 */
export function measureLags(t: StageTimelines, window: DateWindow): MeasuredLag[] {
  const n = t.rules.stages.length;
  const won = n - 1;
  const lags: number[][] = Array.from({ length: n }, () => []);
  for (let r = 0; r < t.visits.records.length; r++) {
    const wonAt = t.entered[r * n + won] as number;
    if (Number.isNaN(wonAt) || !inWindow(wonAt, window)) continue;
    for (let s = 0; s < n; s++) {
      const at = t.entered[r * n + s] as number;
      const basis = t.basis[r * n + s];
      if (basis !== 0 && basis !== INFERRED && at <= wonAt) lags[s]?.push((wonAt - at) / DAY);
    }
  }
  return t.rules.stages.map((stage, s) => {
    const values = Float64Array.from(lags[s] ?? []);
    return { stage: stage.id, medianDaysToWon: quantile(values, 0.5), records: values.length };
  });
}

/**
 * Deals won and lost in the window (not deleted by `asOf`), and the mean value of the won
 * ones in `currency` (rounded half-even to minor units).
 */
export function measureClosedDeals(
  dataset: Dataset,
  window: DateWindow,
  asOfMs: number,
  currency: string | null,
  rates: ExchangeRates | undefined,
  ratesUsed: Record<string, string>,
  findings: FindingCollector<'deal_missing_amount' | 'deal_missing_currency'>,
): { won: number; lost: number; averageWon: bigint | null } {
  let won = 0;
  let lost = 0;
  let valued = 0;
  let sum = 0n;
  const { deals } = dataset;
  const closedAt = recordTimes(deals, 'closedAt');
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i] as Deal;
    if (deal.status === 'open' || deal.closedAt === null) continue;
    if (deal.deletedAt !== null && Date.parse(deal.deletedAt) <= asOfMs) continue;
    if (!inWindow(closedAt[i] as number, window)) continue;
    if (deal.status === 'lost') {
      lost++;
      continue;
    }
    won++;
    if (currency === null) continue;
    const value = dealValue(deal, currency, rates, ratesUsed);
    if (typeof value === 'bigint') {
      valued++;
      sum += value;
    } else findings.add(value, deal.id);
  }
  return { won, lost, averageWon: valued > 0 ? divideHalfEven(sum, BigInt(valued)) : null };
}
