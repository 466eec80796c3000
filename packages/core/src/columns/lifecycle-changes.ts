import type { FieldChange } from '../model/sales';
import { parseInstant } from '../time/instant';
import { knownRecordTimes, rememberRecordTimes } from '../time/record-times';
import { Interner } from './intern';

/** `ChangeColumns.entity` codes, by `FieldChange['entity']`; 0 for anything else. */
export const CHANGE_ENTITY: Readonly<Record<FieldChange['entity'], number>> = {
  person: 1,
  lead: 2,
  deal: 3,
  account: 4,
};

/**
 * A dataset's field changes as columns, the prepared form every history shares: the hand-off's
 * person index, the funnel's and goals' stage and owner histories and the deals as of an
 * instant. Built in one pass over the change objects, which reads each change's `entity`,
 * `field`, `entityId`, `to` and `at` once; every later reader scans these typed arrays and
 * opens a change object only for what the columns do not hold (`from`, `reason`, the text of
 * `at`).
 *
 * Records are reached through **runs**: consecutive changes naming the same `entityId` share a
 * run (CRM histories come in runs per record, so a million changes are a hundred thousand
 * runs), and a records array is matched to the runs once, one id lookup per run
 * ({@link runPositions}), never per change.
 */
export interface ChangeColumns {
  /** The change objects the columns were read from (rows index into it). */
  readonly changes: readonly FieldChange[];
  /** `at` in epoch ms, NaN when it is not an instant: what `recordTimes(changes, 'at')` gives. */
  readonly ms: Float64Array;
  /** {@link CHANGE_ENTITY} code of each change. */
  readonly entity: Uint8Array;
  /** Code of each change's `field` in {@link fields}. */
  readonly field: Int32Array;
  readonly fields: Interner;
  /** Code of each change's `to` in {@link values}, or `NULL_CODE` for null. */
  readonly to: Int32Array;
  /** The distinct `to` values of every field. */
  readonly values: Interner;
  /** The run of each change. */
  readonly run: Int32Array;
  /** The `entityId` of each run. */
  readonly runIds: readonly string[];
  /** The {@link CHANGE_ENTITY} code of each run (a run holds changes of one entity). */
  readonly runEntity: Uint8Array;
}

const cache = new WeakMap<readonly FieldChange[], ChangeColumns>();

/**
 * The columns of a changes array, built on first use and shared while the array keeps its
 * length (datasets are treated as immutable, as by `recordTimes`). The parsed instants are
 * shared with `recordTimes(changes, 'at')` both ways.
 */
export function changeColumns(changes: readonly FieldChange[]): ChangeColumns {
  const known = cache.get(changes);
  if (known?.ms.length === changes.length) return known;
  const n = changes.length;
  const parsed = knownRecordTimes(changes, 'at');
  const ms = parsed ?? new Float64Array(n);
  const entity = new Uint8Array(n);
  const field = new Int32Array(n);
  const fields = new Interner();
  const to = new Int32Array(n);
  const values = new Interner();
  const run = new Int32Array(n);
  const runIds: string[] = [];
  let runEntity = new Uint8Array(1024);
  let lastId: string | undefined;
  let lastEntity = -1;
  let lastField = '';
  let fieldCode = -1;
  for (let i = 0; i < n; i++) {
    const change = changes[i] as FieldChange;
    if (parsed === undefined) {
      const at: unknown = change.at;
      ms[i] = typeof at === 'string' ? parseInstant(at) : Number.NaN;
    }
    const kind = CHANGE_ENTITY[change.entity] ?? 0;
    entity[i] = kind;
    // Fields repeat in runs too (a record's stage, then its status…): a few lookups.
    if (change.field !== lastField) {
      lastField = change.field;
      fieldCode = fields.code(lastField);
    }
    field[i] = fieldCode;
    to[i] = values.codeOrNull(change.to);
    if (change.entityId !== lastId || kind !== lastEntity) {
      lastId = change.entityId;
      lastEntity = kind;
      if (runIds.length === runEntity.length) {
        const grown = new Uint8Array(runEntity.length * 2);
        grown.set(runEntity);
        runEntity = grown;
      }
      runEntity[runIds.length] = kind;
      runIds.push(lastId);
    }
    run[i] = runIds.length - 1;
  }
  if (parsed === undefined) rememberRecordTimes(changes, 'at', ms);
  const columns = {
    changes,
    ms,
    entity,
    field,
    fields,
    to,
    values,
    run,
    runIds,
    runEntity: runEntity.subarray(0, runIds.length),
  };
  cache.set(changes, columns);
  return columns;
}

const positions = new WeakMap<ChangeColumns, WeakMap<ReadonlyMap<string, number>, Int32Array>>();

/**
 * The position in `records` of each run's record (the last record holding the id, as an id
 * index finds it), -1 when no record holds it or the run is of another entity; one lookup per
 * run, computed once per columns and id index.
 * @param entity the {@link CHANGE_ENTITY} code of the records
 * @param positionOf the records' id index (`idIndex(records).positionOf`)
 */
export function runPositions(
  columns: ChangeColumns,
  entity: number,
  positionOf: ReadonlyMap<string, number>,
): Int32Array {
  let byIndex = positions.get(columns);
  if (!byIndex) {
    byIndex = new WeakMap();
    positions.set(columns, byIndex);
  }
  const known = byIndex.get(positionOf);
  if (known && known[0] === entity) return known.subarray(1);
  const { runIds, runEntity } = columns;
  // Slot 0 holds the entity the positions are for; an id index serves one entity.
  const out = new Int32Array(runIds.length + 1);
  out[0] = entity;
  for (let r = 0; r < runIds.length; r++) {
    out[r + 1] = runEntity[r] === entity ? (positionOf.get(runIds[r] as string) ?? -1) : -1;
  }
  byIndex.set(positionOf, out);
  return out.subarray(1);
}

const kindRows = new WeakMap<ChangeColumns, { start: Int32Array; rows: Int32Array }>();

/**
 * The changes of one field on one entity, in dataset order: all kinds are bucketed at once
 * (a counting sort over the codes, no object read) on the first call, so each history reads
 * its own changes instead of scanning every change.
 */
export function changesOf(columns: ChangeColumns, entity: number, field: string): Int32Array {
  const code = columns.fields.find(field);
  if (code === undefined) return new Int32Array(0);
  let buckets = kindRows.get(columns);
  if (!buckets) {
    const { entity: entityOf, field: fieldOf } = columns;
    const kinds = ENTITY_KINDS * columns.fields.size;
    const key = new Int32Array(fieldOf.length);
    const start = new Int32Array(kinds + 1);
    for (let i = 0; i < key.length; i++) {
      const k = (fieldOf[i] as number) * ENTITY_KINDS + (entityOf[i] as number);
      key[i] = k;
      start[k + 1] = (start[k + 1] as number) + 1;
    }
    for (let k = 0; k < kinds; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
    const next = start.slice(0, kinds);
    const rows = new Int32Array(key.length);
    for (let i = 0; i < key.length; i++) {
      const k = key[i] as number;
      rows[next[k] as number] = i;
      next[k] = (next[k] as number) + 1;
    }
    buckets = { start, rows };
    kindRows.set(columns, buckets);
  }
  const k = code * ENTITY_KINDS + entity;
  return buckets.rows.subarray(buckets.start[k], buckets.start[k + 1]);
}

/** How many {@link CHANGE_ENTITY} codes there are, 0 included. */
const ENTITY_KINDS = 5;
