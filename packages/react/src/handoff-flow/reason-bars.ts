import type { LedgerRow, ReasonRow } from '@closedloop/core';

/** One bar of the rejection-reason list. */
export interface ReasonBar {
  /** `recycled:<reason>`, `disqualified:<reason>`, or `none` for rejections without a reason. */
  key: string;
  /** Recycled to nurture or disqualified; null for the "no reason given" bar, which has both. */
  kind: ReasonRow['kind'] | null;
  /** The disposition reason; null for "no reason given". */
  reason: string | null;
  count: number;
  /** Share of all rejections (0 when there are none). */
  share: number;
  cameBackAsMql: number;
}

const NONE = 'none';

/** The key of a rejection's bar. */
export function reasonKey(kind: ReasonRow['kind'], reason: string | null): string {
  return reason === null ? NONE : `${kind}:${reason}`;
}

/**
 * The rejection reasons as bars, largest first (recycled before disqualified on ties, then
 * by name). Rejections without a reason, recycled or disqualified, make one "no reason given"
 * bar that is always there, with 0 when every rejection had one: a missing disposition is
 * the finding marketing needs to see.
 */
export function reasonBars(rows: readonly ReasonRow[]): ReasonBar[] {
  const none: ReasonBar = {
    key: NONE,
    kind: null,
    reason: null,
    count: 0,
    share: 0,
    cameBackAsMql: 0,
  };
  const bars: ReasonBar[] = [none];
  for (const row of rows) {
    if (row.reason === null) {
      none.count += row.count;
      none.share += row.share;
      none.cameBackAsMql += row.cameBackAsMql;
    } else {
      bars.push({
        key: reasonKey(row.kind, row.reason),
        kind: row.kind,
        reason: row.reason,
        count: row.count,
        share: row.share,
        cameBackAsMql: row.cameBackAsMql,
      });
    }
  }
  const kindRank = (bar: ReasonBar) => (bar.kind === 'recycled' ? 0 : bar.kind === null ? 2 : 1);
  return bars.sort(
    (a, b) =>
      b.count - a.count ||
      kindRank(a) - kindRank(b) ||
      ((a.reason ?? '') < (b.reason ?? '') ? -1 : 1),
  );
}

/** The episodes behind each reason bar (see `ReasonBar.key`), from the hand-off's ledger. */
export function reasonEpisodes(
  ledger: readonly Pick<LedgerRow, 'episodeId' | 'rejection'>[],
): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const row of ledger) {
    if (row.rejection === null) continue;
    const key = reasonKey(row.rejection.kind, row.rejection.reason);
    const list = byKey.get(key);
    if (list) list.push(row.episodeId);
    else byKey.set(key, [row.episodeId]);
  }
  return byKey;
}
