import type { QualityLog } from '../lead-timeline/quality';
import type { Episode } from '../lead-timeline/types';
import type { Channel } from '../model/vocabulary';
import { convert, type ExchangeRates, exchangeRateFor } from '../money/convert';
import { fromMinorUnits, toMinorUnits } from '../money/decimal';
import type { ResolvedSla } from './schema';
import type { MarketingAttainment } from './types';

type Commitment = ResolvedSla['marketing'];

/** Where the period stands: its bounds and the elapsed share for pacing. */
export interface PeriodClock {
  startMs: number;
  endMs: number;
  elapsedFraction: number;
  pacingBasis: 'calendar' | 'business';
}

/** The instant an episode counts toward the metric (NaN: it does not count). */
function countedAt(ep: Episode, metric: Commitment['metric']): number {
  if (metric === 'mqls') return ep.mqlMs;
  if (metric === 'sals') return ep.acceptedMs;
  return ep.opportunity?.dealId ? ep.opportunity.ms : Number.NaN;
}

/**
 * Marketing's delivered volume in the period: MQL episodes by MQL time, SALs by the first
 * acceptance, or sourced pipeline — the amounts of deals created from MQL episodes, by
 * creation time, each deal once, converted into the commitment's currency.
 * @throws {MissingExchangeRateError} when a deal currency has no rate.
 */
export function marketingAttainment(
  episodes: readonly Episode[],
  commitment: Commitment,
  clock: PeriodClock,
  exchangeRates: ExchangeRates | undefined,
  quality: QualityLog,
): MarketingAttainment {
  const money = commitment.metric === 'sourced_pipeline' ? commitment.currency : null;
  const seen = new Set<string>();
  const bySource = new Map<Channel, bigint>();
  let total = 0n;
  for (const ep of episodes) {
    const ms = countedAt(ep, commitment.metric);
    if (!(ms >= clock.startMs && ms < clock.endMs)) continue;
    let value = 1n;
    if (money !== null) {
      const dealId = ep.opportunity?.dealId as string;
      if (seen.has(dealId)) continue;
      seen.add(dealId);
      const amount = ep.opportunity?.amount ?? null;
      if (amount === null || amount.currency === null) {
        quality.add('opportunity_missing_amount', dealId);
        continue;
      }
      const minor = toMinorUnits(amount.amount, amount.currency);
      const rate = exchangeRateFor(amount.currency, money, exchangeRates);
      value = convert(minor, amount.currency, money, rate);
    }
    total += value;
    bySource.set(ep.channel, (bySource.get(ep.channel) ?? 0n) + value);
  }
  const show = (v: bigint) => (money === null ? Number(v) : fromMinorUnits(v, money));
  const target =
    money === null ? BigInt(commitment.target) : toMinorUnits(String(commitment.target), money);
  const attainment = target === 0n ? null : Number(total) / Number(target);
  const fraction = clock.elapsedFraction;
  return {
    metric: commitment.metric,
    target: commitment.target,
    actual: show(total),
    currency: money,
    attainment,
    elapsedFraction: fraction,
    pacingBasis: clock.pacingBasis,
    pacing: attainment === null || fraction === 0 ? null : attainment / fraction,
    runRateForecast: fraction === 0 ? null : show(BigInt(Math.round(Number(total) / fraction))),
    bySource: [...bySource]
      .sort(([a, x], [b, y]) => (y > x ? 1 : y < x ? -1 : a < b ? -1 : 1))
      .map(([channel, value]) => ({ channel, actual: show(value) })),
  };
}
