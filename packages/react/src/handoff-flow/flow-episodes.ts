import type { LedgerRow } from '@closedloop/core';

/** The ledger fields that place an episode in the flow. */
export type FlowEpisode = Pick<
  LedgerRow,
  'episodeId' | 'channel' | 'fate' | 'acceptedAt' | 'opportunity'
>;

const OUTCOME_OF_STATUS = { open: 'open', won: 'won', lost: 'lost' } as const;

/**
 * The node ids one episode passes through, in order: its source channel, MQL, then the path
 * the core's `handoffFlow` counts (an episode ever accepted goes through `accepted`; a
 * rejection after acceptance ends in recycled or disqualified like one before it).
 */
export function episodePath(row: FlowEpisode): string[] {
  const path = [`source:${row.channel}`, 'mql'];
  if (row.acceptedAt === null) {
    path.push(row.fate);
  } else if (row.opportunity !== null) {
    path.push('accepted', 'opportunity', OUTCOME_OF_STATUS[row.opportunity.status]);
  } else {
    path.push('accepted', row.fate === 'accepted' ? 'accepted_no_opportunity' : row.fate);
  }
  return path;
}

/** The episodes behind each link (`source→target`) and each node of the flow, in ledger order. */
export interface FlowEpisodes {
  byLink: Map<string, string[]>;
  byNode: Map<string, string[]>;
}

/**
 * Which episodes make each link and node of the hand-off flow, from the hand-off's ledger:
 * what `onSelect` hands to the app for a mark. A link's list is as long as its value.
 */
export function flowEpisodes(ledger: readonly FlowEpisode[]): FlowEpisodes {
  const byLink = new Map<string, string[]>();
  const byNode = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const row of ledger) {
    const path = episodePath(row);
    for (let i = 0; i < path.length; i++) {
      add(byNode, path[i] as string, row.episodeId);
      if (i > 0) add(byLink, `${path[i - 1]}→${path[i]}`, row.episodeId);
    }
  }
  return { byLink, byNode };
}
