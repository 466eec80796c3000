import type { StageEntity } from '../lifecycle/options';
import type { StageSpec } from '../lifecycle/stages';
import type { QualityFinding } from '../quality/quality-finding';
import type { FunnelSplit } from './options';
import type { FunnelQualityCode } from './quality-codes';

/** Time spent in one stage. Days are fractional calendar days. */
export interface TimeInStage {
  /** Median days of records that advanced; null when none did. */
  medianDays: number | null;
  /** 90th percentile days of records that advanced; null when none did. */
  p90Days: number | null;
  /** How many records advanced (the values behind the median and P90). */
  advanced: number;
  /** Records still in the stage at `asOf`: reported apart, never mixed into the median. */
  censored: { count: number; medianAgeDays: number | null; p90AgeDays: number | null };
  /** Records that moved back or out of the funnel without advancing. */
  exitedWithoutAdvancing: number;
  /** Records whose entry was inferred (they skipped the stage): no time in it. */
  inferredEntries: number;
}

/** One stage of a funnel slice. Rates are numbers (0.25 is 25%) or null for a zero base. */
export interface FunnelStageRow {
  id: string;
  label: string;
  /** Records counted at this stage under the method and rules. */
  count: number;
  /** Stage-to-stage conversion (see `formulas.conversionFromPrevious`); null at the first stage. */
  conversionFromPrevious: number | null;
  /** Conversion from the first stage: count ÷ first count. */
  conversionFromStart: number | null;
  /** Cohort method: records counted at both this and the previous stage; null otherwise. */
  advancedFromPrevious: number | null;
  /** Records counted at a later stage with no observed entry here (see `rules.skipped`). */
  skipped: number;
  /** Records counted here whose stage at `asOf` is an earlier one. */
  movedBack: number;
  /** Time in stage; null for the last stage. */
  timeInStage: TimeInStage | null;
}

/** Pipeline velocity of a slice of deals, money in the reporting currency. */
export interface PipelineVelocity {
  currency: string;
  lookbackDays: number;
  /** Deals open at `asOf`. */
  openOpportunities: number;
  /** Mean value of open deals with a value; null when none has one. */
  averageDealSize: string | null;
  /** Deals won in the look-back. */
  closedWon: number;
  /** Deals lost in the look-back. */
  closedLost: number;
  /** won ÷ (won + lost); null when none closed. */
  winRate: number | null;
  /** Mean days from creation to close of the won deals; null when none. */
  averageCycleDays: number | null;
  /** Revenue per day (see `formulas.pipelineVelocity`); null when an input is missing. */
  perDay: string | null;
}

/** The funnel of all records, or of one split group. */
export interface FunnelSlice {
  stages: FunnelStageRow[];
  /** Pipeline velocity of the slice's deals; null when `velocity: false`. */
  pipelineVelocity: PipelineVelocity | null;
}

/** One split group. */
export interface FunnelGroup extends FunnelSlice {
  /** The split key (campaign id, channel, segment, owner id); null for records without one. */
  key: string | null;
  /** The key as shown: campaign or owner name, or the key itself; "(none)" for null. */
  label: string;
}

/** What `funnel` returns: plain JSON, with every rule and formula in words. */
export interface FunnelResult {
  entity: StageEntity;
  field: string;
  method: 'cohort' | 'period';
  period: { start: string; end: string; timeZone: string; startsAt: string; endsAt: string };
  asOf: string;
  stages: StageSpec[];
  /** The rules applied, by option value and in words. */
  rules: {
    skipped: 'infer' | 'exclude';
    backward: 'keep-first' | 'last-pass';
    sources: string;
    text: {
      counting: string;
      skipped: string;
      backward: string;
      sources: string;
      split: string | null;
    };
  };
  formulas: {
    conversionFromPrevious: string;
    conversionFromStart: string;
    timeInStage: string;
    stageVelocity: string;
    pipelineVelocity: string;
  };
  overall: FunnelSlice;
  by: FunnelSplit | null;
  /** Split groups, largest first stage first (then by label); empty without `by`. */
  groups: FunnelGroup[];
  /** Rates used for pipeline velocity, by deal currency. */
  exchangeRatesUsed: Record<string, string>;
  quality: QualityFinding<FunnelQualityCode>[];
}
