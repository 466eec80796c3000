import type { Fate } from '../lead-timeline/types';
import type { Channel } from '../model/vocabulary';

/**
 * What the hand-off's counts, flow and views read of each ledger row, as columns by row
 * position. The ledger pass fills them while it reads the episodes in the order they lie in
 * memory; the views then read these arrays front to back instead of jumping between 100k row
 * objects spread over the heap. Values are the rows' own (the same strings and numbers).
 */
export interface LeadLedgerColumns {
  readonly length: number;
  readonly fate: Fate[];
  /** 1 for an episode ever accepted. */
  readonly accepted: Uint8Array;
  readonly channel: Channel[];
  readonly campaignId: (string | null)[];
  readonly assigneeId: (string | null)[];
  readonly ownerDelayMinutes: (number | null)[];
  readonly speedToLeadMinutes: (number | null)[];
  /** The rejection's kind and reason; null kind when there is none. */
  readonly rejectionKind: ('recycled' | 'disqualified' | null)[];
  readonly rejectionReason: (string | null)[];
  /** 1 when the person has a later MQL episode. */
  readonly hasNext: Uint8Array;
  /** The opportunity's status; null when there is none. */
  readonly opportunityStatus: ('open' | 'won' | 'lost' | null)[];
}

/** Empty columns for `length` rows, to be filled by position. */
export function leadLedgerColumns(length: number): LeadLedgerColumns {
  const column = <T>() => new Array<T | null>(length).fill(null) as T[];
  return {
    length,
    fate: column<Fate>(),
    accepted: new Uint8Array(length),
    channel: column<Channel>(),
    campaignId: column<string | null>(),
    assigneeId: column<string | null>(),
    ownerDelayMinutes: column<number | null>(),
    speedToLeadMinutes: column<number | null>(),
    rejectionKind: column<'recycled' | 'disqualified' | null>(),
    rejectionReason: column<string | null>(),
    hasNext: new Uint8Array(length),
    opportunityStatus: column<'open' | 'won' | 'lost' | null>(),
  };
}
