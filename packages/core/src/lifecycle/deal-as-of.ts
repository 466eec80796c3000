import type { Deal } from '../model/deals';
import type { FieldChange } from '../model/sales';
import { recordTimes } from '../time/record-times';
import { type FieldHistory, fieldHistory } from './field-history';
import { idIndex } from './id-index';

/** The deal fields an analysis reads as they were at `asOf`. */
export type DealFieldAsOf = 'status' | 'stageId' | 'amount' | 'closeDate' | 'ownerId';

/** Where each field's history lives in `changes` (the names `TRACKED_FIELDS` gives them). */
const HISTORY_FIELD: Record<DealFieldAsOf, string> = {
  status: 'dealStatus',
  stageId: 'dealStage',
  amount: 'amount',
  closeDate: 'closeDate',
  ownerId: 'owner',
};

const STATUSES = new Set<string>(['open', 'won', 'lost']);

/** Fields whose value at `asOf` the history could not give, per copy `dealAsOf` made. */
const gaps = new WeakMap<Deal, DealFieldAsOf[]>();

const FIELDS = Object.keys(HISTORY_FIELD) as DealFieldAsOf[];

/** The five field histories of a deals array, looked up once per array, not once per deal. */
const histories = new WeakMap<
  readonly FieldChange[],
  { deals: readonly Deal[]; size: number; count: number; all: Record<DealFieldAsOf, FieldHistory> }
>();

function dealHistories(
  deals: readonly Deal[],
  changes: readonly FieldChange[],
): Record<DealFieldAsOf, FieldHistory> {
  const known = histories.get(changes);
  // Like `fieldHistory`, a resized array is indexed again.
  if (known?.deals === deals && known.size === changes.length && known.count === deals.length)
    return known.all;
  const all = Object.fromEntries(
    FIELDS.map((field) => [field, fieldHistory(changes, 'deal', HISTORY_FIELD[field], deals)]),
  ) as Record<DealFieldAsOf, FieldHistory>;
  histories.set(changes, { deals, size: changes.length, count: deals.length, all });
  return all;
}

const firstChanges = new WeakMap<FieldHistory, number>();

/** The earliest readable change of a history (Infinity when none), computed once. */
function firstChangeMs(history: FieldHistory): number {
  let first = firstChanges.get(history);
  if (first === undefined) {
    first = Number.POSITIVE_INFINITY;
    for (const at of history.at) if (at < first) first = at;
    firstChanges.set(history, first);
  }
  return first;
}

/**
 * The value of a field at `asOfMs` from its history: the last change at or before it (the
 * later in dataset order on a tie), else the `from` of the first change after it. Undefined
 * when the record has no readable change of the field.
 */
function valueAt(
  history: FieldHistory,
  changes: readonly FieldChange[],
  group: number,
  asOfMs: number,
): { value: string | null } | undefined {
  const first = history.start[group] as number;
  const end = history.start[group + 1] as number;
  let before = -1;
  let beforeAt = Number.NEGATIVE_INFINITY;
  let after = -1;
  let afterAt = Number.POSITIVE_INFINITY;
  for (let k = first; k < end; k++) {
    const at = history.at[k] as number;
    if (Number.isNaN(at)) continue;
    if (at <= asOfMs) {
      if (at >= beforeAt) {
        before = k;
        beforeAt = at;
      }
    } else if (at < afterAt) {
      after = k;
      afterAt = at;
    }
  }
  if (before >= 0) {
    const to = history.to[before] as number;
    return { value: to < 0 ? null : (history.values[to] as string) };
  }
  if (after >= 0) return { value: (changes[history.change[after] as number] as FieldChange).from };
  return undefined;
}

/** One deal's reading of its field histories at `asOfMs` (see `dealAsOf`). */
interface Reading {
  all: Record<DealFieldAsOf, FieldHistory> | null;
  changes: readonly FieldChange[];
  position: number;
  asOfMs: number;
  changedSince: boolean;
  /** Bits of `FIELDS`: the fields with a history kept by `asOfMs`. */
  tracked: number;
  missing: DealFieldAsOf[];
}

/** A field's value at `asOfMs` from its history, noting whether the history was kept by then. */
function readField(r: Reading, field: DealFieldAsOf): { value: string | null } | undefined {
  if (r.all === null) return undefined;
  const history = r.all[field];
  if (firstChangeMs(history) <= r.asOfMs) r.tracked |= 1 << FIELDS.indexOf(field);
  return valueAt(history, r.changes, history.recordGroup(r.position), r.asOfMs);
}

/** A field left at today's value: a gap when the deal changed after `asOf` and it has no history. */
function noteUnknown(r: Reading, field: DealFieldAsOf): void {
  if (r.changedSince && (r.tracked & (1 << FIELDS.indexOf(field))) === 0) r.missing.push(field);
}

/**
 * The deal at `deals[position]` as it was at `asOfMs`: status, stage, amount, close date and
 * owner read from the field history where `changes` has one, so that a report dated in the
 * past does not change when a deal later moves, closes or is re-priced. Without a history:
 * a deal closed after `asOf` was open then (`closedAt`), and its stage — today a closing one
 * — is unknown (null); other fields keep today's value. That is right when the dataset keeps
 * the field's history (on any deal: then no change means no change) or the deal did not
 * change after `asOf` (`updatedAt` or `closedAt` later; a deal without `updatedAt` is taken
 * as unchanged). Fields that could not be reconstructed so are listed
 * by `asOfGaps` for the caller's findings.
 *
 * Returns the deal itself when nothing differs (no copy), else a shallow copy. The deal
 * must exist at `asOf` (created by then, not deleted): callers check that first.
 */
export function dealAsOf(
  deals: readonly Deal[],
  changes: readonly FieldChange[],
  position: number,
  asOfMs: number,
): Deal {
  const deal = deals[position] as Deal;
  const closedAt = recordTimes(deals, 'closedAt')[position] as number;
  const updatedAt = recordTimes(deals, 'updatedAt')[position] as number;
  // A record without `updatedAt` is not taken as changed: flagging every field of every such
  // deal would bury the findings that can be acted on.
  const changedSince = updatedAt > asOfMs || closedAt > asOfMs;
  // Nothing after asOf to undo: today's record is the record at asOf.
  if (!changedSince && changes.length === 0) return deal;
  // A field the dataset kept a history of by asOf (on any deal) that has no change on this
  // deal never changed: today's value is its value at asOf. (Kept by asOf, so that a history
  // that starts later does not change a past report.) Untracked fields are a gap only on a
  // deal that changed after asOf. (A reading, not closures: this runs once per deal.)
  const r: Reading = {
    all: changes.length === 0 ? null : dealHistories(deals, changes),
    changes,
    position,
    asOfMs,
    changedSince,
    tracked: 0,
    missing: [],
  };
  const { missing } = r;
  let status = deal.status;
  const statusAt = readField(r, 'status');
  if (statusAt && statusAt.value !== null && STATUSES.has(statusAt.value))
    status = statusAt.value as Deal['status'];
  else if (deal.status !== 'open') {
    if (closedAt > asOfMs) status = 'open';
    else if (Number.isNaN(closedAt) && changedSince) missing.push('status');
  }

  let stageId = deal.stageId;
  const stageAt = readField(r, 'stageId');
  if (stageAt) stageId = stageAt.value;
  else if (status !== deal.status) {
    stageId = null;
    missing.push('stageId');
  } else noteUnknown(r, 'stageId');

  let amount = deal.amount;
  const amountAt = readField(r, 'amount');
  if (amountAt) {
    if (amountAt.value === null) amount = null;
    else if (deal.amount !== null) amount = { ...deal.amount, amount: amountAt.value };
    else {
      amount = null;
      missing.push('amount');
    }
  } else noteUnknown(r, 'amount');

  let closeDate = deal.closeDate;
  const closeDateAt = readField(r, 'closeDate');
  if (closeDateAt) closeDate = closeDateAt.value;
  else noteUnknown(r, 'closeDate');

  let ownerId = deal.ownerId;
  const ownerAt = readField(r, 'ownerId');
  if (ownerAt) ownerId = ownerAt.value;
  else noteUnknown(r, 'ownerId');

  const closedThen = status !== 'open';
  const same =
    status === deal.status &&
    stageId === deal.stageId &&
    amount === deal.amount &&
    closeDate === deal.closeDate &&
    ownerId === deal.ownerId;
  if (same && missing.length === 0) return deal;
  const copy: Deal = {
    ...deal,
    status,
    stageId,
    amount,
    closeDate,
    ownerId,
    closedAt: closedThen ? deal.closedAt : null,
  };
  if (missing.length > 0) gaps.set(copy, missing);
  return copy;
}

/** `dealAsOf` for a deal of `deals` found by id (the last deal holding it, when ids repeat). */
export function dealRecordAsOf(
  deals: readonly Deal[],
  changes: readonly FieldChange[],
  deal: Deal,
  asOfMs: number,
): Deal {
  const position = idIndex(deals).positionOf.get(deal.id);
  return position === undefined || deals[position] !== deal
    ? deal
    : dealAsOf(deals, changes, position, asOfMs);
}

/** The fields of a deal from `dealAsOf` that hold today's value (or none) for want of history. */
export function asOfGaps(deal: Deal): readonly DealFieldAsOf[] {
  return gaps.get(deal) ?? [];
}
