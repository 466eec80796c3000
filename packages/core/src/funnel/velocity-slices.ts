import { asOfGaps, dealAsOf } from '../lifecycle/deal-as-of';
import type { Dataset } from '../model/dataset';
import type { Deal } from '../model/deals';
import type { FindingCollector } from '../quality/quality-finding';
import { recordTimes } from '../time/record-times';
import type { KeyOf } from './group-keys';
import type { ParsedFunnelOptions } from './options';
import {
  newVelocityTally,
  tallyDeal,
  type VelocitySettings,
  type VelocityTally,
  velocityOf,
} from './pipeline-velocity';
import type { FunnelQualityCode } from './quality-codes';
import { velocityCurrency } from './velocity-currency';

/** Velocity tallies of all deals and per split key, or null under `velocity: false`. */
export function pipelineVelocity(
  dataset: Dataset,
  o: ParsedFunnelOptions,
  asOfMs: number,
  keyOf: KeyOf<Dataset['deals'][number]> | undefined,
  findings: FindingCollector<FunnelQualityCode>,
) {
  if (o.velocity === false) return null;
  const settings: VelocitySettings = {
    currency: velocityCurrency(dataset, o.reportingCurrency),
    exchangeRates: o.exchangeRates,
    lookbackDays: o.velocity.lookbackDays,
    asOfMs,
    ratesUsed: {},
  };
  const overall = newVelocityTally();
  const groups = new Map<string | null, VelocityTally>();
  const { deals } = dataset;
  const created = recordTimes(deals, 'createdAt');
  const closed = recordTimes(deals, 'closedAt');
  // One tally list per kind of slice, reused for every deal.
  const alone = [overall];
  const pair = [overall, overall];
  for (let i = 0; i < deals.length; i++) {
    let deal = deals[i] as Deal;
    // The deal as it was at asOf: one that closed, moved or was re-priced since must count as
    // it stood then, so the report does not change later.
    if ((created[i] as number) <= asOfMs) {
      deal = dealAsOf(deals, dataset.changes, i, asOfMs);
      const gaps = asOfGaps(deal);
      if (gaps.includes('amount') || (o.by === 'owner' && gaps.includes('ownerId')))
        findings.add('deal_state_at_as_of_unknown', deal.id);
    }
    if (keyOf !== undefined) {
      const key = keyOf(deal);
      const group = groups.get(key) ?? newVelocityTally();
      groups.set(key, group);
      pair[1] = group;
    }
    const tallies = keyOf === undefined ? alone : pair;
    // A deal open at asOf has no close yet, whatever `closedAt` says today.
    const closedMs = deal.status === 'open' ? Number.NaN : (closed[i] as number);
    tallyDeal(deal, created[i] as number, closedMs, settings, tallies, findings);
  }
  return {
    settings,
    overall,
    groups,
    of: (tally: VelocityTally | undefined) => velocityOf(tally ?? newVelocityTally(), settings),
  };
}
