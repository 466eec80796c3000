import type { HandoffFindings } from '../lead-timeline/quality';
import type { Episode } from '../lead-timeline/types';
import type { Dataset } from '../model/dataset';
import type { Channel } from '../model/vocabulary';
import { convert, type ExchangeRates, exchangeRateFor } from '../money/convert';
import { fromMinorUnits, toMinorUnits } from '../money/decimal';
import { type ResolvedSla, scopeOf } from './schema';
import type { MarketingAttainment, MarketingScopes, ScopedAttainment } from './types';

type Commitment = Extract<ResolvedSla['marketing'], { metric: string }>;

/** Where the period stands: its bounds and the elapsed share for pacing. */
export interface PeriodClock {
  startMs: number;
  endMs: number;
  elapsedFraction: number;
  pacingBasis: 'calendar' | 'business';
}

/** Delivered volume of one key: in units, or minor units of the commitment's currency. */
interface Volume {
  total: bigint;
  bySource: Map<Channel, bigint>;
}

const emptyVolume = (): Volume => ({ total: 0n, bySource: new Map() });

/** The instant an episode counts toward the metric (NaN: it does not count). */
function countedAt(ep: Episode, metric: Commitment['metric']): number {
  if (metric === 'mqls') return ep.mqlMs;
  if (metric === 'sals') return ep.acceptedMs;
  return ep.opportunity?.dealId ? ep.opportunity.ms : Number.NaN;
}

/**
 * Volume delivered in the period, by key: MQL episodes by MQL time, SALs by the first
 * acceptance, or sourced pipeline — the amounts of deals created from MQL episodes, by
 * creation time, each deal once (for the first episode that brought it), converted into the
 * commitment's currency.
 * @throws {MissingExchangeRateError} when a deal currency has no rate.
 */
function volumes(
  episodes: readonly Episode[],
  commitment: Commitment,
  clock: PeriodClock,
  exchangeRates: ExchangeRates | undefined,
  quality: HandoffFindings,
  keyOf: (ep: Episode) => string | null,
): Map<string | null, Volume> {
  const money = commitment.metric === 'sourced_pipeline' ? commitment.currency : null;
  const seen = new Set<string>();
  const byKey = new Map<string | null, Volume>();
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
    const key = keyOf(ep);
    let volume = byKey.get(key);
    if (volume === undefined) {
      volume = emptyVolume();
      byKey.set(key, volume);
    }
    volume.total += value;
    volume.bySource.set(ep.channel, (volume.bySource.get(ep.channel) ?? 0n) + value);
  }
  return byKey;
}

function addInto(into: Volume, volume: Volume): void {
  into.total += volume.total;
  for (const [channel, value] of volume.bySource) {
    into.bySource.set(channel, (into.bySource.get(channel) ?? 0n) + value);
  }
}

/**
 * Attainment of a delivered volume against a target: attainment = actual / target, pacing =
 * attainment / elapsed share, run-rate forecast = actual / elapsed share.
 */
function attainmentOf(
  commitment: Commitment,
  target: number | string,
  volume: Volume,
  clock: PeriodClock,
): MarketingAttainment {
  const money = commitment.metric === 'sourced_pipeline' ? commitment.currency : null;
  const show = (v: bigint) => (money === null ? Number(v) : fromMinorUnits(v, money));
  const minorTarget = money === null ? BigInt(target) : toMinorUnits(String(target), money);
  const total = volume.total;
  const attainment = minorTarget === 0n ? null : Number(total) / Number(minorTarget);
  const fraction = clock.elapsedFraction;
  return {
    metric: commitment.metric,
    target,
    actual: show(total),
    currency: money,
    attainment,
    elapsedFraction: fraction,
    pacingBasis: clock.pacingBasis,
    pacing: attainment === null || fraction === 0 ? null : attainment / fraction,
    // Kept to the hundredth, as goals keep a count forecast's decimals: a forecast is an
    // estimate, and rounding 9.23 MQLs to 9 would hide the pace it reports.
    runRateForecast:
      fraction === 0
        ? null
        : money === null
          ? Math.round((Number(total) * 100) / fraction) / 100
          : show(BigInt(Math.round(Number(total) / fraction))),
    bySource: [...volume.bySource]
      .sort(([a, x], [b, y]) => (y > x ? 1 : y < x ? -1 : a < b ? -1 : 1))
      .map(([channel, value]) => ({ channel, actual: show(value) })),
  };
}

/** The targets of a split added up (whole counts, or a decimal string in the currency). */
function totalTarget(commitments: readonly Commitment[]): number | string {
  const first = commitments[0] as Commitment;
  if (first.metric !== 'sourced_pipeline') {
    return commitments.reduce((sum, c) => sum + Number(c.target), 0);
  }
  const currency = first.currency;
  const minor = commitments.reduce((sum, c) => sum + toMinorUnits(String(c.target), currency), 0n);
  return fromMinorUnits(minor, currency);
}

/** How an episode is keyed for a split: its account's segment or its assignee. */
function keyer(dataset: Dataset, by: 'segment' | 'owner'): (ep: Episode) => string | null {
  if (by === 'owner') return (ep) => ep.assigneeId;
  const segments = new Map<string, string | null>();
  for (const account of dataset.accounts) segments.set(account.id, account.segment);
  return (ep) => {
    const accountId = dataset.people[ep.personIndex]?.accountId ?? null;
    return accountId === null ? null : (segments.get(accountId) ?? null);
  };
}

/**
 * Marketing's side for the period: the one commitment's attainment, or for a split (by
 * segment or sales owner) each commitment's own attainment, pacing and forecast, the
 * commitments together, and the volume outside every commitment by key.
 * @throws {MissingExchangeRateError} when a deal currency has no rate.
 */
export function marketingAttainment(
  dataset: Dataset,
  episodes: readonly Episode[],
  marketing: ResolvedSla['marketing'],
  clock: PeriodClock,
  exchangeRates: ExchangeRates | undefined,
  quality: HandoffFindings,
): { marketing: MarketingAttainment; marketingScopes: MarketingScopes | null } {
  const commitments: readonly Commitment[] = Array.isArray(marketing) ? marketing : [marketing];
  const first = commitments[0] as Commitment;
  const by = scopeOf(first);
  if (by === null) {
    const volume = volumes(episodes, first, clock, exchangeRates, quality, () => null).get(null);
    return {
      marketing: attainmentOf(first, first.target, volume ?? emptyVolume(), clock),
      marketingScopes: null,
    };
  }
  const byKey = volumes(episodes, first, clock, exchangeRates, quality, keyer(dataset, by));
  const users = new Map(dataset.users.map((u) => [u.id, u.name]));
  const label = (key: string | null) =>
    key === null
      ? by === 'owner'
        ? '(unassigned)'
        : '(no segment)'
      : by === 'owner'
        ? (users.get(key) ?? key)
        : key;
  const together = emptyVolume();
  const scoped: ScopedAttainment[] = commitments.map((c) => {
    const key = (by === 'owner' ? c.ownerId : c.segment) as string;
    const volume = byKey.get(key) ?? emptyVolume();
    addInto(together, volume);
    byKey.delete(key);
    return { key, label: label(key), ...attainmentOf(c, c.target, volume, clock) };
  });
  const outside = emptyVolume();
  for (const volume of byKey.values()) addInto(outside, volume);
  const show = (v: bigint) =>
    first.metric === 'sourced_pipeline' ? fromMinorUnits(v, first.currency) : Number(v);
  return {
    marketing: attainmentOf(first, totalTarget(commitments), together, clock),
    marketingScopes: {
      by,
      commitments: scoped,
      unscoped: {
        actual: show(outside.total),
        byKey: [...byKey]
          .sort(([a, x], [b, y]) =>
            y.total > x.total ? 1 : y.total < x.total ? -1 : (a ?? '') < (b ?? '') ? -1 : 1,
          )
          .map(([key, volume]) => ({ key, label: label(key), actual: show(volume.total) })),
      },
    },
  };
}
