import type { Episode } from '../lead-timeline/types';
import { zeroFates } from './outcome';
import type { FateCounts } from './types';

/**
 * Episodes per fate. A recycled episode "came back" when the same person has a later MQL
 * episode by `asOf` (the recycle-to-re-MQL rate).
 */
export function fateCounts(episodes: readonly Episode[]): FateCounts {
  const byFate = zeroFates();
  let everAccepted = 0;
  let cameBack = 0;
  for (const ep of episodes) {
    byFate[ep.fate]++;
    if (!Number.isNaN(ep.acceptedMs)) everAccepted++;
    if (ep.fate === 'recycled' && ep.nextId !== null) cameBack++;
  }
  const recycled = byFate.recycled;
  return {
    mqls: episodes.length,
    byFate,
    rejected: recycled + byFate.disqualified,
    everAccepted,
    recycledReMql: { recycled, cameBack, rate: recycled === 0 ? null : cameBack / recycled },
  };
}
