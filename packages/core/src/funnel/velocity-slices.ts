import type { FindingCollector } from '../lifecycle/quality';
import type { Dataset } from '../model/dataset';
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
    currency: velocityCurrency(dataset, o.velocity.currency),
    exchangeRates: o.velocity.exchangeRates,
    lookbackDays: o.velocity.lookbackDays,
    asOfMs,
    ratesUsed: {},
  };
  const overall = newVelocityTally();
  const groups = new Map<string | null, VelocityTally>();
  for (const deal of dataset.deals) {
    const tallies = [overall];
    if (keyOf !== undefined) {
      const key = keyOf(deal);
      const group = groups.get(key) ?? newVelocityTally();
      groups.set(key, group);
      tallies.push(group);
    }
    tallyDeal(deal, settings, tallies, findings);
  }
  return {
    settings,
    overall,
    groups,
    of: (tally: VelocityTally | undefined) => velocityOf(tally ?? newVelocityTally(), settings),
  };
}
