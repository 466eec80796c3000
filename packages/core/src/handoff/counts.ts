import { zeroFates } from './outcome';
import type { FateCounts, LedgerRow } from './types';

/**
 * Episodes per fate, from their ledger rows (`accepted` as `ledgerRows` sets it). A recycled
 * episode "came back" when the same person has a later MQL episode by `asOf` (the
 * recycle-to-re-MQL rate).
 */
export function fateCounts(rows: readonly LedgerRow[], accepted: Uint8Array): FateCounts {
  const byFate = zeroFates();
  let everAccepted = 0;
  let cameBack = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as LedgerRow;
    byFate[row.fate]++;
    everAccepted += accepted[i] as number;
    if (row.fate === 'recycled' && row.nextEpisodeId !== null) cameBack++;
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
