import { FATES, type Fate } from '../lead-timeline/types';
import { quantileSorted } from '../stats/quantiles';
import type { GroupOutcome } from './types';

/** An empty count per fate. */
export function zeroFates(): Record<Fate, number> {
  const counts = {} as Record<Fate, number>;
  for (const fate of FATES) counts[fate] = 0;
  return counts;
}

/** The median of values in any order (type-7 quantile); null for none. */
export function median(values: readonly number[]): number | null {
  return quantileSorted(Float64Array.from(values).sort(), 0.5);
}

/** Adds up outcomes of a group of episodes, one `add` per episode. */
export class OutcomeTally {
  private readonly fates = zeroFates();
  private mqls = 0;
  private accepted = 0;
  private readonly speeds: number[] = [];

  /**
   * Counts one episode: its fate, whether it was ever accepted (0 or 1) and its speed to lead
   * in business minutes (null: not touched).
   */
  add(fate: Fate, accepted: number, speedToLead: number | null): void {
    this.mqls++;
    this.fates[fate]++;
    this.accepted += accepted;
    if (speedToLead !== null) this.speeds.push(speedToLead);
  }

  /** The group's figures. */
  outcome(): GroupOutcome {
    const won = this.fates.won;
    const opportunities = won + this.fates.opportunity;
    return {
      mqls: this.mqls,
      byFate: { ...this.fates },
      accepted: this.accepted,
      opportunities,
      won,
      acceptanceRate: this.mqls === 0 ? null : this.accepted / this.mqls,
      opportunityRate: this.mqls === 0 ? null : opportunities / this.mqls,
      medianSpeedToLeadMinutes: median(this.speeds),
    };
  }
}
