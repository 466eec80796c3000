import type { Deal } from '../model/deals';
import type { ExchangeRates } from '../money/convert';
import { currencyMinorUnits } from '../money/currencies';
import { formatScaled } from '../money/decimal';
import { divideHalfEven } from '../money/rounding';
import type { FindingCollector } from '../quality/quality-finding';
import { dealValue } from './deal-value';
import type { FunnelQualityCode } from './quality-codes';
import type { PipelineVelocity } from './types';

const DAY = 86_400_000;

/** Running sums of pipeline velocity for one slice of deals. */
export interface VelocityTally {
  open: number;
  openValued: number;
  openValue: bigint;
  won: number;
  lost: number;
  cycleDays: number;
}

/** What velocity is measured with: currency, rates and the look-back window. */
export interface VelocitySettings {
  currency: string;
  exchangeRates: ExchangeRates | undefined;
  lookbackDays: number;
  asOfMs: number;
  ratesUsed: Record<string, string>;
}

/** An empty velocity tally. */
export function newVelocityTally(): VelocityTally {
  return { open: 0, openValued: 0, openValue: 0n, won: 0, lost: 0, cycleDays: 0 };
}

/**
 * Adds a deal to velocity tallies: open at `asOf` (created by then, status open) counts as a
 * current opportunity and its value feeds the average deal size; won or lost within the
 * look-back feeds the win rate, and won ones the cycle length (creation to close).
 * `created` and `closed` are the deal's instants in epoch ms.
 */
export function tallyDeal(
  deal: Deal,
  created: number,
  closed: number,
  settings: VelocitySettings,
  tallies: readonly VelocityTally[],
  findings: FindingCollector<FunnelQualityCode>,
): void {
  if (deal.deletedAt !== null && Date.parse(deal.deletedAt) <= settings.asOfMs) return;
  if (deal.createdAt === null) {
    findings.add('deal_missing_created_at', deal.id);
    return;
  }
  if (created > settings.asOfMs) return;
  if (deal.status === 'open') {
    const value = dealValue(deal, settings.currency, settings.exchangeRates, settings.ratesUsed);
    if (typeof value !== 'bigint') findings.add(value, deal.id);
    for (const tally of tallies) {
      tally.open++;
      if (typeof value === 'bigint') {
        tally.openValued++;
        tally.openValue += value;
      }
    }
    return;
  }
  if (deal.closedAt === null) {
    findings.add('deal_missing_closed_at', deal.id);
    return;
  }
  if (closed > settings.asOfMs || closed < settings.asOfMs - settings.lookbackDays * DAY) return;
  for (const tally of tallies) {
    if (deal.status === 'won') {
      tally.won++;
      tally.cycleDays += (closed - created) / DAY;
    } else tally.lost++;
  }
}

/** (open opportunities × win rate × average deal size) / average cycle days, per day. */
export function velocityOf(tally: VelocityTally, settings: VelocitySettings): PipelineVelocity {
  const scale = currencyMinorUnits(settings.currency);
  const average =
    tally.openValued > 0 ? divideHalfEven(tally.openValue, BigInt(tally.openValued)) : null;
  const closed = tally.won + tally.lost;
  const winRate = closed > 0 ? tally.won / closed : null;
  const cycle = tally.won > 0 ? tally.cycleDays / tally.won : null;
  const perDay =
    average !== null && winRate !== null && cycle !== null && cycle > 0
      ? formatScaled(BigInt(Math.round((tally.open * winRate * Number(average)) / cycle)), scale)
      : null;
  return {
    currency: settings.currency,
    lookbackDays: settings.lookbackDays,
    openOpportunities: tally.open,
    averageDealSize: average === null ? null : formatScaled(average, scale),
    closedWon: tally.won,
    closedLost: tally.lost,
    winRate,
    averageCycleDays: cycle,
    perDay,
  };
}
