import type { FindingCollector } from '../quality/quality-finding';
import { idIndex } from './id-index';
import type { LifecycleQualityCode } from './quality-codes';
import type { StagedRecord } from './visits';

/** The records of a call that `asOf` has not deleted, and where each sits in the dataset. */
export interface KeptRecords {
  /** In dataset order; the dataset's own array when none is deleted. */
  records: readonly StagedRecord[];
  /** Each dataset record's index in `records`, -1 when deleted. */
  keptAt: Int32Array;
  /** Each kept record's index in the dataset, where the shared indexes are keyed. */
  position: Int32Array;
}

/** Leaves out (and reports) the records deleted at or before `asOfMs`. */
export function keptRecords(
  all: readonly StagedRecord[],
  asOfMs: number,
  findings: FindingCollector<LifecycleQualityCode>,
): KeptRecords {
  const keptAt = new Int32Array(all.length);
  let kept = 0;
  for (let p = 0; p < all.length; p++) {
    const record = all[p] as StagedRecord;
    if (record.deletedAt !== null && Date.parse(record.deletedAt) <= asOfMs) {
      findings.add('record_deleted', record.id);
      keptAt[p] = -1;
    } else keptAt[p] = kept++;
  }
  const position = new Int32Array(kept);
  for (let p = 0; p < all.length; p++) {
    const r = keptAt[p] as number;
    if (r >= 0) position[r] = p;
  }
  const records = kept === all.length ? all : Array.from(position, (p) => all[p] as StagedRecord);
  return { records, keptAt, position };
}

/**
 * Finds kept records by id (the last kept one when ids repeat) through the dataset's shared
 * id index, built on the first lookup.
 */
export function keptById(
  all: readonly StagedRecord[],
  { records, keptAt }: KeptRecords,
): (id: string) => StagedRecord | undefined {
  let find: ((id: string) => StagedRecord | undefined) | undefined;
  return (id) => {
    if (find === undefined) {
      const { positionOf, unique } = idIndex(all);
      // Repeated ids: the last kept record wins, which the shared index cannot tell.
      const kept = unique ? null : new Map(records.map((record) => [record.id, record]));
      find = (key) => {
        if (kept !== null) return kept.get(key);
        const p = positionOf.get(key);
        const r = p === undefined ? -1 : (keptAt[p] as number);
        return r < 0 ? undefined : records[r];
      };
    }
    return find(id);
  };
}
