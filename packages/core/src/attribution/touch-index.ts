import type { Dataset } from '../model/dataset';
import type { Touchpoint } from '../model/marketing';
import { parseInstant } from '../time/instant';

/** Orders two touches by time, then by id, so equal times still sort the same every run. */
export function compareTouches(
  index: { readonly touches: readonly Touchpoint[]; readonly time: Float64Array },
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
 * The touchpoints of a dataset, indexed once per dataset and shared by every model run on
 * it: each person's and each account's touches, sorted by time with a deterministic
 * tie-break on the touch id. Work is lazy — a list is sorted, its times parsed and its
 * duplicates marked the first time a journey asks for it — so a run over a million touches
 * only pays for the people of the deals it attributes. Journeys are slices of these lists,
 * so no per-touch object is created.
 */
export class TouchIndex {
  /** The dataset's touchpoints, in input order; every other field indexes into it. */
  readonly touches: readonly Touchpoint[];
  /** `occurredAt` in epoch ms of each touch (NaN until its list is first used). */
  readonly time: Float64Array;
  /**
   * For each touch, the index of the earlier identical touch it duplicates, or −1. A touch
   * equal to another at the same instant (same person, account, type, channel, origin,
   * campaign, title, url and form) — or with the same id — duplicates the earliest of them by
   * (time, id). Marked when the touch's list is first used.
   */
  readonly duplicateOf: Int32Array;
  /** The account of each person (null when the person has none). */
  readonly accountOfPerson: ReadonlyMap<string, string | null>;
  /** Person id → ordinal; the ordinal's touches are `personTouches[personStart[o] .. personStart[o + 1])`. */
  private readonly personOrdinal = new Map<string, number>();
  private readonly personStart: Int32Array;
  /** Touch indexes grouped by person (compressed rows), each group sorted on first use. */
  private readonly personTouches: Int32Array;
  private readonly personSorted: Uint8Array;
  private accountLists: Map<string, number[]> | null = null;
  private readonly accountSorted = new Map<string, Int32Array>();

  constructor(dataset: Pick<Dataset, 'touchpoints' | 'people'>) {
    this.touches = dataset.touchpoints;
    const count = this.touches.length;
    this.time = new Float64Array(count).fill(Number.NaN);
    this.duplicateOf = new Int32Array(count).fill(-1);
    const accountOfPerson = new Map<string, string | null>();
    for (const person of dataset.people) accountOfPerson.set(person.id, person.accountId);
    this.accountOfPerson = accountOfPerson;

    // Group touches by person in one pass of ordinals and a counting sort: a few typed
    // arrays instead of one small array per person.
    const ordinal = new Int32Array(count).fill(-1);
    const counts: number[] = [];
    // Touches usually come in runs per person (CRM exports list each contact's engagements
    // together): skip the map lookup while the id repeats.
    let lastId: string | null = null;
    let o = -1;
    for (let i = 0; i < count; i++) {
      const personId = (this.touches[i] as Touchpoint).personId;
      if (personId === null) continue;
      if (personId !== lastId) {
        lastId = personId;
        const known = this.personOrdinal.get(personId);
        if (known === undefined) {
          o = counts.length;
          this.personOrdinal.set(personId, o);
          counts.push(0);
        } else o = known;
      }
      ordinal[i] = o;
      counts[o] = (counts[o] ?? 0) + 1;
    }
    const groups = counts.length;
    this.personStart = new Int32Array(groups + 1);
    for (let o = 0; o < groups; o++) {
      this.personStart[o + 1] = (this.personStart[o] ?? 0) + (counts[o] ?? 0);
    }
    const fill = this.personStart.slice(0, groups);
    this.personTouches = new Int32Array(this.personStart[groups] ?? 0);
    for (let i = 0; i < count; i++) {
      const o = ordinal[i] ?? -1;
      if (o < 0) continue;
      const at = fill[o] ?? 0;
      this.personTouches[at] = i;
      fill[o] = at + 1;
    }
    this.personSorted = new Uint8Array(groups);
  }

  /** Touch indexes of a person, sorted by (time, id), or undefined when they have none. */
  byPerson(personId: string): Int32Array | undefined {
    const o = this.personOrdinal.get(personId);
    if (o === undefined) return undefined;
    const list = this.personTouches.subarray(
      this.personStart[o] ?? 0,
      this.personStart[o + 1] ?? 0,
    );
    if (this.personSorted[o] === 0) {
      this.sortAndMark(list);
      this.personSorted[o] = 1;
    }
    return list;
  }

  /**
   * Touch indexes of an account, sorted by (time, id): touches of the account's people and
   * touches recorded on the account itself. Undefined when there are none. The account
   * grouping is built on the first call (only account-scope runs need it).
   */
  byAccount(accountId: string): Int32Array | undefined {
    let list = this.accountSorted.get(accountId);
    if (list) return list;
    const raw = this.accounts().get(accountId);
    if (!raw) return undefined;
    list = Int32Array.from(raw);
    this.sortAndMark(list);
    this.accountSorted.set(accountId, list);
    return list;
  }

  private accounts(): Map<string, number[]> {
    if (this.accountLists) return this.accountLists;
    const lists = new Map<string, number[]>();
    for (let i = 0; i < this.touches.length; i++) {
      const touch = this.touches[i] as Touchpoint;
      const personAccount = touch.personId ? this.accountOfPerson.get(touch.personId) : null;
      if (personAccount) push(lists, personAccount, i);
      if (touch.accountId && touch.accountId !== personAccount) push(lists, touch.accountId, i);
    }
    this.accountLists = lists;
    return lists;
  }

  /** Parses the list's times, sorts it by (time, id) in place and marks its duplicates. */
  private sortAndMark(list: Int32Array): void {
    const { touches, time } = this;
    for (let k = 0; k < list.length; k++) {
      const i = list[k] ?? 0;
      if (Number.isNaN(time[i] ?? 0)) time[i] = parseInstant((touches[i] as Touchpoint).occurredAt);
    }
    list.sort((a, b) => compareTouches(this, a, b));
    this.markDuplicates(list);
  }

  /** Marks duplicates in one sorted list (idempotent: every list marks the same ones). */
  private markDuplicates(list: Int32Array): void {
    const { touches, time, duplicateOf } = this;
    for (let k = 1; k < list.length; k++) {
      const i = list[k] ?? 0;
      if ((duplicateOf[i] ?? -1) >= 0) continue;
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
}

/** Builds the index of a dataset's touchpoints (see {@link TouchIndex}). */
export function buildTouchIndex(dataset: Pick<Dataset, 'touchpoints' | 'people'>): TouchIndex {
  return new TouchIndex(dataset);
}
