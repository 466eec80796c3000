import type { Money } from '../model/primitives';
import type { Channel } from '../model/vocabulary';

/**
 * What became of an MQL episode by `asOf` — exactly one per episode, decided in this order:
 * 1. `won`: its opportunity was won (or the person reached the customer stage);
 * 2. `opportunity`: it became an opportunity, open or lost;
 * 3. `recycled` / `disqualified`: the latest sales decision is a rejection, back to nurture or
 *    for good (both are "rejected", with the reason);
 * 4. `accepted`: the latest decision is an acceptance (SAL or later), no opportunity yet;
 * 5. `never_worked`: no decision and no human touch, and `neverWorkedAfter` has passed;
 * 6. `pending`: no decision yet (worked, or still within `neverWorkedAfter`).
 */
export type Fate =
  | 'won'
  | 'opportunity'
  | 'recycled'
  | 'disqualified'
  | 'accepted'
  | 'never_worked'
  | 'pending';

/** Every fate, in the order of the rule above. */
export const FATES: readonly Fate[] = [
  'won',
  'opportunity',
  'recycled',
  'disqualified',
  'accepted',
  'never_worked',
  'pending',
];

/** A sales rejection of an MQL (not a rejected record, see `RejectedRecord`): back to nurture or disqualified, with the disposition reason. */
export interface SalesRejection {
  kind: 'recycled' | 'disqualified';
  ms: number;
  at: string;
  /** The `reason` of the status change; null when none was given. */
  reason: string | null;
  /** The lead status as the CRM named it; null for a lifecycle return to nurture. */
  status: string | null;
  /** The id of the field change that records it. */
  changeId: string;
}

/** The opportunity an MQL episode turned into. */
export interface EpisodeOpportunity {
  /** The deal; null when only the lifecycle stage shows the opportunity. */
  dealId: string | null;
  /** When it was created (NaN when unknown, reported as a quality finding). */
  ms: number;
  at: string | null;
  /** Deal status as of `asOf`: a deal closed later still counts as open. */
  status: 'open' | 'won' | 'lost';
  closedAt: string | null;
  amount: Money | null;
}

/**
 * One MQL episode of a person: from the MQL to the next MQL of the same person (a re-MQL
 * after recycling) or `asOf`. Instants are epoch ms (NaN when absent) next to the source
 * record's own text, so results quote the CRM's timestamps verbatim.
 */
export interface Episode {
  /** `<personId>#<n>`, n counting the person's MQLs from 1. */
  id: string;
  number: number;
  personId: string;
  /** The person's index in `dataset.people`. */
  personIndex: number;
  /** The lead work item of the episode (created in its window), if any. */
  leadId: string | null;
  /** The previous and next episode of the same person (re-MQL links). */
  previousId: string | null;
  nextId: string | null;
  mqlMs: number;
  mqlAt: string;
  /** The next episode's MQL, or +Infinity. */
  endMs: number;
  /** Campaign and channel the MQL is credited to. */
  campaignId: string | null;
  channel: Channel;
  /** Owner timeline inside the episode: `ownerIds[i]` owns from `ownerMs[i]` (first: at the MQL). */
  ownerMs: number[];
  ownerIds: (string | null)[];
  /** First sales owner (not a queue, not marketing) at or after the MQL. */
  assignedMs: number;
  assignedAt: string | null;
  assigneeId: string | null;
  /** Human attempts (calls, meetings, e-mails not automated, not inbound), in time order. */
  attemptMs: number[];
  firstTouchAt: string | null;
  firstTouchActivityId: string | null;
  firstTouchOwnerId: string | null;
  /** First two-way contact: a meeting, an inbound human activity or a "contacted" status. */
  contactMs: number;
  contactAt: string | null;
  /** First acceptance (SAL stage or later, accepted status, or the opportunity). */
  acceptedMs: number;
  acceptedAt: string | null;
  /** The latest rejection in the episode, if any. */
  rejection: SalesRejection | null;
  /** The first decision (acceptance or rejection): it stops an SLA clock that no touch stopped. */
  firstDecisionMs: number;
  firstDecisionAt: string | null;
  /** The latest decision: acceptance or rejection, and when it was taken (NaN: none). */
  decision: 'accepted' | 'rejected' | null;
  decidedMs: number;
  opportunity: EpisodeOpportunity | null;
  /** What became of it by `asOf`. */
  fate: Fate;
}
