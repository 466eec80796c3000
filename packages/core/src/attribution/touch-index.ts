import { type PersonAccounts, TouchColumns } from '../columns/touch-columns';
import type { Dataset } from '../model/dataset';
import type { Touchpoint } from '../model/marketing';

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
 * tie-break on the touch id, over the dataset's touch columns ({@link TouchColumns}: times
 * and codes). Work is lazy — a list is read, sorted and its duplicates marked the first time
 * a journey asks for it — so a run over a million touches only pays for the people of the
 * deals it attributes. Journeys are slices of these lists, so no per-touch object is created.
 */
export class TouchIndex {
  /** The touch columns: instants, channel / type / campaign / title / owner codes, groupings. */
  readonly columns: TouchColumns;
  /** The dataset's touchpoints, in input order; every other field indexes into it. */
  readonly touches: readonly Touchpoint[];
  /** `occurredAt` in epoch ms of each touch (NaN until its list is first used). */
  readonly time: Float64Array;
  /**
   * 1 for a touch that duplicates an earlier identical one, else 0. A touch equal to another
   * at the same instant (same person, account, type, channel, origin, campaign, title, url and
   * form) — or with the same id — duplicates the earliest of them by (time, id). Marked when
   * the touch's list is first used.
   */
  readonly duplicate: Uint8Array;
  /** The account of each person of the dataset (null when the person has none). */
  readonly accountOfPerson: PersonAccounts;
  private readonly personSorted: Uint8Array;
  private readonly accountSorted = new Set<string>();

  constructor(dataset: Pick<Dataset, 'touchpoints' | 'people'>) {
    this.columns = new TouchColumns(dataset);
    this.touches = this.columns.touches;
    this.time = this.columns.time;
    this.duplicate = new Uint8Array(this.touches.length);
    this.accountOfPerson = this.columns.accountOfPerson;
    this.personSorted = new Uint8Array(this.columns.byPerson.start.length - 1);
  }

  /** Touch indexes of a person, sorted by (time, id), or undefined when they have none. */
  byPerson(personId: string): Int32Array | undefined {
    const list = this.columns.personRows(personId);
    if (!list) return undefined;
    const o = this.columns.personOrdinal.get(personId) as number;
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
    const list = this.columns.accountRows(accountId);
    if (!list) return undefined;
    if (!this.accountSorted.has(accountId)) {
      this.sortAndMark(list);
      this.accountSorted.add(accountId);
    }
    return list;
  }

  /**
   * Reads every touch into the columns and sorts and marks every person's list now, rather
   * than on first use: what `indexDataset` does ahead of the first call.
   */
  prepareAll(): void {
    const { start } = this.columns.byPerson;
    const { rows } = this.columns.byPerson;
    for (let o = 0; o + 1 < start.length; o++) {
      if (this.personSorted[o] === 1 || start[o] === start[o + 1]) continue;
      this.sortAndMark(rows.subarray(start[o] as number, start[o + 1] as number));
      this.personSorted[o] = 1;
    }
  }

  /** Reads the list's touches (times, codes), sorts it by (time, id) in place and marks its duplicates. */
  private sortAndMark(list: Int32Array): void {
    this.columns.readRows(list);
    list.sort((a, b) => compareTouches(this, a, b));
    this.markDuplicates(list);
  }

  /** Marks duplicates in one sorted list (idempotent: every list marks the same ones). */
  private markDuplicates(list: Int32Array): void {
    const { touches, time, duplicate } = this;
    for (let k = 1; k < list.length; k++) {
      const i = list[k] ?? 0;
      if (duplicate[i] === 1) continue;
      const ti = time[i];
      const touch = touches[i];
      if (!touch) continue;
      for (let back = k - 1; back >= 0; back--) {
        const j = list[back] ?? 0;
        if (time[j] !== ti) break;
        if (duplicate[j] === 1) continue;
        const other = touches[j];
        if (other && sameInteraction(touch, other)) {
          duplicate[i] = 1;
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
