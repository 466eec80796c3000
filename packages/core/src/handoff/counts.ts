import type { LeadLedgerColumns } from '../columns/lead-ledger';
import type { Fate } from '../lead-timeline/types';
import { zeroFates } from './outcome';
import type { FateCounts } from './types';

/**
 * Episodes per fate, from their ledger columns (see `ledgerRows`). A recycled
 * episode "came back" when the same person has a later MQL episode by `asOf` (the
 * recycle-to-re-MQL rate).
 */
export function fateCounts(rows: LeadLedgerColumns): FateCounts {
  const byFate = zeroFates();
  let everAccepted = 0;
  let cameBack = 0;
  for (let i = 0; i < rows.length; i++) {
    const fate = rows.fate[i] as Fate;
    byFate[fate]++;
    everAccepted += rows.accepted[i] as number;
    if (fate === 'recycled' && rows.hasNext[i] === 1) cameBack++;
  }
  const recycled = byFate.recycled;
  return {
    mqls: rows.length,
    byFate,
    rejected: recycled + byFate.disqualified,
    everAccepted,
    recycledReMql: { recycled, cameBack, rate: recycled === 0 ? null : cameBack / recycled },
  };
}
