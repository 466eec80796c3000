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
    const deal = deals[i] as Deal;
    if (keyOf !== undefined) {
      const key = keyOf(deal);
      const group = groups.get(key) ?? newVelocityTally();
      groups.set(key, group);
      pair[1] = group;
    }
    const tallies = keyOf === undefined ? alone : pair;
    tallyDeal(deal, created[i] as number, closed[i] as number, settings, tallies, findings);
  }
  return {
    settings,
    overall,
    groups,
    of: (tally: VelocityTally | undefined) => velocityOf(tally ?? newVelocityTally(), settings),
  };
}
