import type { HandoffQualityCode } from '../lead-timeline/quality';
import type { Channel } from '../model/vocabulary';
import type { QualityFinding } from '../quality/quality-finding';
import type { BandShare } from '../stats/bands';

/** How a breached or met clock stopped: a human touch, or a decision before any touch. */
export type ClockStop = 'touch' | 'disposition';

/** The kinds of SLA breach. */
export type BreachKind =
  /** The first human touch (or decision) came after the deadline. */
  | 'late_first_touch'
  /** The deadline passed and nothing stopped the clock by `asOf`: it is still running. */
  | 'no_first_touch'
  /** Rejected before any human touch, and not touched by the deadline (see `stoppedBy`). */
  | 'rejected_without_touch'
  /** The attempt window closed (by time or a rejection) with fewer attempts than committed. */
  | 'too_few_attempts';

/** One breach, with the evidence both teams need. */
export interface Breach {
  kind: BreachKind;
  episodeId: string;
  personId: string;
  leadId: string | null;
  /** Who held the lead when the SLA was decided (at the deadline or the stop, if earlier). */
  ownerId: string | null;
  /**
   * Who the breach is charged to: `owner`, the sales owner assigned by then; `routing`,
   * nobody — the lead sat in a queue (or unassigned) when the deadline passed, a routing
   * problem rather than a rep's.
   */
  responsible: 'owner' | 'routing';
  ownerName: string | null;
  campaignId: string | null;
  channel: Channel;
  clockStartedAt: string;
  /** The deadline: clock start + the committed business time. */
  deadlineAt: string;
  /** When the clock stopped; null while it is still running. */
  clockStoppedAt: string | null;
  stoppedBy: ClockStop | 'contact' | 'acceptance' | 'rejection' | 'window' | null;
  running: boolean;
  /** Human attempts counted (for `too_few_attempts`; all attempts up to the stop otherwise). */
  attempts: number;
  /** Business minutes past the deadline, to the stop or to `asOf`. */
  overdueBusinessMinutes: number;
}

/** Met and breached clocks of one commitment: `met + breached = eligible`. */
export interface Attainment {
  /** Clocks whose window has ended by `asOf` (first touch: the deadline has passed). */
  eligible: number;
  met: number;
  breached: number;
  /** met / eligible; null when nothing is eligible yet. */
  attainment: number | null;
  /** Clocks whose window is still open at `asOf` (not yet eligible). */
  running: number;
  /** Episodes without a clock: with the assignment as clock start, never assigned. */
  notStarted: number;
}

/** Sales attainment of one group (an owner, a source). */
export interface GroupAttainment {
  firstTouch: Attainment;
  attempts: Attainment | null;
}

/** One delay's distribution in minutes: type-7 percentiles, band shares and the still waiting. */
export interface DelayDistribution {
  count: number;
  p50: number | null;
  p90: number | null;
  p95: number | null;
  bands: BandShare[];
  /** Episodes whose delay has not ended by `asOf` (not assigned or not touched yet). */
  waiting: number;
  /** Episodes rejected before any touch: no delay, and done rather than waiting. */
  rejectedUnseen: number;
}

/** Routing delay, owner delay and speed to lead (see `EpisodeDelays`) on one clock. */
export interface ResponseTimes {
  /** `business`: minutes inside business hours; `elapsed`: wall-clock minutes. */
  basis: 'business' | 'elapsed';
  routingDelay: DelayDistribution;
  ownerDelay: DelayDistribution;
  speedToLead: DelayDistribution;
}

/** Marketing's side of the SLA for the period. */
export interface MarketingAttainment {
  metric: 'mqls' | 'sals' | 'sourced_pipeline';
  /** Count, or decimal string in `currency` for sourced pipeline. */
  target: number | string;
  actual: number | string;
  currency: string | null;
  attainment: number | null;
  /** Share of the period elapsed at `asOf` (0–1) on the `pacing` basis. */
  elapsedFraction: number;
  pacingBasis: 'calendar' | 'business';
  /** attainment / elapsedFraction: 1 is on pace; null before the period starts or for a 0 target. */
  pacing: number | null;
  /**
   * What the period ends at the current rate: a count to the hundredth (not rounded to whole
   * MQLs), or a decimal string in the currency; null before it starts.
   */
  runRateForecast: number | string | null;
  /** Delivered volume by source channel (count, or decimal string). */
  bySource: { channel: Channel; actual: number | string }[];
}

/** One commitment of a split: its key (segment or owner id), label and attainment. */
export interface ScopedAttainment extends MarketingAttainment {
  /** The segment or the sales owner's id the commitment is scoped to. */
  key: string;
  /** The segment, or the owner's name (their id when not in `users`). */
  label: string;
}

/** Marketing's commitments split by account segment or by sales owner. */
export interface MarketingScopes {
  /** `segment`: the account's `segment`; `owner`: the episode's assignee (first sales owner). */
  by: 'segment' | 'owner';
  /** One per commitment, in the SLA's order. */
  commitments: ScopedAttainment[];
  /**
   * What was delivered in the period outside every commitment, so nothing is dropped: by
   * key, largest first; key null is MQLs without a segment (no account, or an account
   * without one) or not yet assigned to a sales owner.
   */
  unscoped: {
    actual: number | string;
    byKey: { key: string | null; label: string; actual: number | string }[];
  };
}

/** What `evaluateSla` returns: plain JSON. */
export interface SlaEvaluation {
  slaId: string | null;
  asOf: string;
  period: { start: string; end: string; timeZone: string; startsAt: string; endsAt: string };
  /**
   * Marketing's attainment: of the one commitment, or of a split's commitments together
   * (targets and the volume they cover added up; see `marketingScopes`).
   */
  marketing: MarketingAttainment;
  /** Each commitment of a split, and what no commitment covers; null for one unscoped commitment. */
  marketingScopes: MarketingScopes | null;
  sales: {
    firstTouch: Attainment & {
      withinBusinessHours: number;
      clockStartsAt: 'mql' | 'assignment';
      /** What stops the clock besides a touch (see `SalesCommitment`). */
      stoppedBy: 'touch' | 'touch-or-reasoned-rejection';
      /** Episodes of the cohort rejected before any human touch, shown apart whatever the rule. */
      rejectedUnseen: number;
    };
    attempts: (Attainment & { min: number; withinBusinessDays: number }) | null;
    byOwner: ({ ownerId: string | null; name: string; active: boolean | null } & GroupAttainment)[];
    bySource: ({ channel: Channel } & GroupAttainment)[];
    /**
     * Clocks nobody owned: never started (never assigned) or breached while nobody was
     * assigned (the lead in a queue or unowned at the deadline) — a routing problem, kept
     * apart from `byOwner`, which with it adds up to the whole.
     */
    routing: GroupAttainment;
  };
  /** Every breach of the period's MQL cohort, by clock start. */
  breaches: Breach[];
  responseTimes: { business: ResponseTimes; elapsed: ResponseTimes };
  quality: QualityFinding<HandoffQualityCode>[];
}
