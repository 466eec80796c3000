import { currencyMinorUnits } from '../money/currencies';
import { parseInstant } from '../time/instant';
import type { Conversion } from './conversions';
import { dealMoney } from './deal-money';
import { buildJourney, type Journey, type JourneyContext } from './journeys';
import { distinctKey } from './models/distinct-key';
import type { ResolvedAttributionOptions } from './options';
import { attributeResolvedPaths } from './paths/attribute-paths';
import type { PathAttribution, PathRow } from './paths/types';
import type { PreparedDataset } from './prepare';

/** A data-driven model fitted on every journey of a run, ready to push down to deals. */
export interface DataDrivenFit {
  /** The journey of each conversion (built once, reused by the run). */
  journeys: Journey[];
  /** Channel (distinct-by key) → strength; null means "split evenly by channel". */
  strengths: ReadonlyMap<string, number> | null;
  /** The path-level result: removal effects or Shapley values, chain, intervals. */
  summary: PathAttribution;
}

/** Whether a model is fitted on all journeys before credits are split per deal. */
export function isDataDriven(
  model: ResolvedAttributionOptions['model'],
): model is 'markov' | 'shapley' {
  return model === 'markov' || model === 'shapley';
}

/** Adds one journey to the aggregated path rows (same path → same row). */
function addRow(rows: Map<string, PathRow>, path: string[], conversions: number, value: number) {
  const key = path.join('\u0000');
  const row = rows.get(key);
  if (row) {
    row.conversions += conversions;
    row.nulls += 1 - conversions;
    row.value += value;
  } else rows.set(key, { path, conversions, value, nulls: 1 - conversions });
}

/**
 * Fits Markov or Shapley on the run's journeys: each converting deal's journey (its channels,
 * or campaigns / assets with `distinctBy`) converts with the deal's reporting amount as value;
 * for `closed-won` runs each lost deal's journey up to its close is a non-converting journey.
 * Deals then take the model's channel strengths in proportion over their own channels.
 */
export function fitDataDriven(
  prepared: PreparedDataset,
  ctx: JourneyContext,
  conversions: readonly Conversion[],
  currency: string | null,
  options: ResolvedAttributionOptions & { model: 'markov' | 'shapley' },
): DataDrivenFit {
  const { index } = ctx;
  const keysOf = (journey: Journey) =>
    journey.touches.map((i) => distinctKey(index, i, options.distinctBy));
  const scale = currency ? 10 ** currencyMinorUnits(currency) : 1;
  const rows = new Map<string, PathRow>();
  const journeys = conversions.map(({ deal, at, contactRoles }) => {
    const journey = buildJourney(ctx, deal, contactRoles, at);
    if (journey.touches.length > 0) {
      const money = dealMoney(deal, currency, options.exchangeRates, []);
      addRow(rows, keysOf(journey), 1, Number(money.reporting ?? 0n) / scale);
    }
    return journey;
  });
  if (options.conversion === 'closed-won') {
    const asOf = parseInstant(options.asOf);
    for (const deal of prepared.dataset.deals) {
      if (deal.status !== 'lost' || !deal.closedAt) continue;
      if (deal.deletedAt !== null && !(parseInstant(deal.deletedAt) > asOf)) continue;
      const at = parseInstant(deal.closedAt);
      if (at > asOf) continue;
      const roles = new Map(deal.contacts.map((c) => [c.personId, c.role] as const));
      const journey = buildJourney(ctx, deal, roles, at);
      if (journey.touches.length > 0) addRow(rows, keysOf(journey), 0, 0);
    }
  }
  const summary = attributeResolvedPaths([...rows.values()], {
    model: options.model,
    ...options.dataDriven,
  });
  let strengths: Map<string, number> | null = null;
  if (options.model === 'markov')
    strengths = new Map(summary.channels.map((c) => [c.channel, c.removalEffect ?? 0]));
  else if (
    options.dataDriven.shapley.valueFunction === 'conversion-rate' &&
    summary.shapley?.valueFunction === 'conversion-rate'
  )
    strengths = new Map(summary.channels.map((c) => [c.channel, Math.max(0, c.shapleyValue ?? 0)]));
  return { journeys, strengths, summary };
}
