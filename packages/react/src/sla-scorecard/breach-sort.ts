import type { Breach } from '@closedloop/core';

/** Columns the breaches table sorts by. */
export type BreachSortKey = 'overdue' | 'clockStartedAt' | 'owner' | 'kind';

/** A sort of the breaches table. */
export interface BreachSort {
  key: BreachSortKey;
  direction: 'ascending' | 'descending';
}

/** Worst first: the most business minutes past the deadline. */
export const WORST_FIRST: BreachSort = { key: 'overdue', direction: 'descending' };

// First-touch breaches before attempts, still-running ones first; kinds core adds later last.
const KIND_ORDER: Readonly<Record<string, number>> = {
  no_first_touch: 0,
  late_first_touch: 1,
  rejected_without_touch: 2,
  too_few_attempts: 3,
};

function compareBy(key: BreachSortKey, a: Breach, b: Breach): number {
  switch (key) {
    case 'overdue':
      return a.overdueBusinessMinutes - b.overdueBusinessMinutes;
    case 'clockStartedAt':
      return Date.parse(a.clockStartedAt) - Date.parse(b.clockStartedAt);
    case 'owner': {
      // Unowned breaches (a routing problem) sort after every name.
      const x = a.ownerName ?? a.ownerId;
      const y = b.ownerName ?? b.ownerId;
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return x.localeCompare(y);
    }
    case 'kind':
      return (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9);
  }
}

/**
 * The breaches in a new array, sorted by one column; ties fall back to the worst first, then
 * the earliest clock, then the episode id, so the order is total and stable across renders.
 */
export function sortBreaches(
  breaches: readonly Breach[],
  sort: BreachSort = WORST_FIRST,
): Breach[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...breaches].sort(
    (a, b) =>
      sign * compareBy(sort.key, a, b) ||
      b.overdueBusinessMinutes - a.overdueBusinessMinutes ||
      Date.parse(a.clockStartedAt) - Date.parse(b.clockStartedAt) ||
      (a.episodeId < b.episodeId ? -1 : a.episodeId > b.episodeId ? 1 : 0),
  );
}

/** The breaches of each owner (id, or `''` for none), for a row's `onSelect`. */
export function breachesByOwner(breaches: readonly Breach[]): Map<string, Breach[]> {
  const byOwner = new Map<string, Breach[]>();
  for (const breach of breaches) {
    const key = breach.ownerId ?? '';
    const list = byOwner.get(key);
    if (list) list.push(breach);
    else byOwner.set(key, [breach]);
  }
  return byOwner;
}
