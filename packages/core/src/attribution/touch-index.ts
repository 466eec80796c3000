import type { Dataset } from '../model/dataset';
import type { Touchpoint } from '../model/marketing';

/**
 * The touchpoints of a dataset indexed once per call: times as epoch milliseconds in a
 * typed array, and each person's and each account's touches sorted by time with a
 * deterministic tie-break on the touch id. Journeys are slices of these lists, so no
 * journey is sorted from scratch and no per-touch object is created.
 */
export interface TouchIndex {
  /** The dataset's touchpoints, in input order; every other field indexes into it. */
  touches: readonly Touchpoint[];
  /** `Date.parse(occurredAt)` of each touch. */
  time: Float64Array;
  /** For each touch, the index of the earlier identical touch it duplicates, or −1. */
  duplicateOf: Int32Array;
  /** Touch indexes of each person, sorted by (time, id). */
  byPerson: ReadonlyMap<string, Int32Array>;
  /**
   * Touch indexes of each account, sorted by (time, id): touches of the account's people
   * and touches recorded on the account itself.
   */
  byAccount: ReadonlyMap<string, Int32Array>;
  /** The account of each person (null when the person has none). */
  accountOfPerson: ReadonlyMap<string, string | null>;
}

/** Orders two touches by time, then by id, so equal times still sort the same every run. */
export function compareTouches(
  index: Pick<TouchIndex, 'touches' | 'time'>,
  a: number,
  b: number,
): number {
  const dt = (index.time[a] ?? 0) - (index.time[b] ?? 0);
  if (dt !== 0) return dt;
  const ia = index.touches[a]?.id ?? '';
  const ib = index.touches[b]?.id ?? '';
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** True when two touches record the same interaction: same instant, kind, source and asset. */
function sameInteraction(a: Touchpoint, b: Touchpoint): boolean {
  return (
    a.id === b.id ||
    (a.personId === b.personId &&
      a.accountId === b.accountId &&
      a.type === b.type &&
      a.channel === b.channel &&
      a.origin === b.origin &&
      a.campaignId === b.campaignId &&
      a.title === b.title &&
      a.url === b.url &&
      a.formId === b.formId)
  );
}

/**
 * Marks duplicates inside one sorted list: a touch equal to an earlier one at the same
 * instant (same person, type, channel, origin, campaign, title, url and form) — or with the
 * same id — duplicates the earliest of them by (time, id).
 */
function markDuplicates(
  list: Int32Array,
  touches: readonly Touchpoint[],
  time: Float64Array,
  duplicateOf: Int32Array,
): void {
  for (let k = 1; k < list.length; k++) {
    const i = list[k] ?? 0;
    const ti = time[i];
    const touch = touches[i];
    if (!touch) continue;
    for (let back = k - 1; back >= 0; back--) {
      const j = list[back] ?? 0;
      if (time[j] !== ti) break;
      if ((duplicateOf[j] ?? -1) >= 0) continue;
      const other = touches[j];
      if (other && sameInteraction(touch, other)) {
        duplicateOf[i] = j;
        break;
      }
    }
  }
}

/** Builds the index of a dataset's touchpoints (see {@link TouchIndex}). */
export function buildTouchIndex(dataset: Pick<Dataset, 'touchpoints' | 'people'>): TouchIndex {
  const touches = dataset.touchpoints;
  const count = touches.length;
  const time = new Float64Array(count);
  const accountOfPerson = new Map<string, string | null>();
  for (const person of dataset.people) accountOfPerson.set(person.id, person.accountId);

  const personLists = new Map<string, number[]>();
  const accountLists = new Map<string, number[]>();
  const orphanLists = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const touch = touches[i] as Touchpoint;
    time[i] = Date.parse(touch.occurredAt);
    const personAccount = touch.personId ? accountOfPerson.get(touch.personId) : null;
    if (touch.personId) push(personLists, touch.personId, i);
    else if (touch.accountId) push(orphanLists, touch.accountId, i);
    if (personAccount) push(accountLists, personAccount, i);
    if (touch.accountId && touch.accountId !== personAccount)
      push(accountLists, touch.accountId, i);
  }

  const order = { touches, time };
  const sorted = (lists: Map<string, number[]>) => {
    const out = new Map<string, Int32Array>();
    for (const [key, list] of lists) {
      const array = Int32Array.from(list);
      array.sort((a, b) => compareTouches(order, a, b));
      out.set(key, array);
    }
    return out;
  };
  const byPerson = sorted(personLists);
  const byAccount = sorted(accountLists);

  const duplicateOf = new Int32Array(count).fill(-1);
  for (const list of byPerson.values()) markDuplicates(list, touches, time, duplicateOf);
  for (const list of sorted(orphanLists).values()) {
    markDuplicates(list, touches, time, duplicateOf);
  }
  return { touches, time, duplicateOf, byPerson, byAccount, accountOfPerson };
}
