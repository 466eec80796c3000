import type { EntityName } from '../../model/dataset';
import type { RecordIssue } from '../../model/rejection';
import { FindingCollector, type QualityFinding } from '../../quality/quality-finding';

/**
 * What a sync noticed about the CRM's data without rejecting a record:
 * - `reference_detached`: a live record pointed at a record the CRM deleted; the reference
 *   was removed (a deal keeps its other contacts) and the record kept;
 * - `removed_with_parent`: a record that belongs to a deleted record (its touches, its field
 *   history, its campaign memberships) was removed with it;
 * - `history_missing`: a history read returned no history for a record, so none of its
 *   changes are known (the record itself is kept);
 * - `association_missing`: an association result without its targets; the record is kept
 *   without those links;
 * - `relation_missing`: a record points at a related record the CRM did not return (deleted,
 *   or not visible to the token); the reference was left out;
 * - `value_missing`: a field the CRM documents was absent or null and a default was used.
 */
export type CrmFindingCode =
  | 'reference_detached'
  | 'removed_with_parent'
  | 'history_missing'
  | 'association_missing'
  | 'relation_missing'
  | 'value_missing';

/** A finding of a sync: a code, the ids of the records concerned and what was done. */
export type CrmFinding = QualityFinding<CrmFindingCode>;

/** The sentence each finding code is shown with. */
export const CRM_FINDING_MESSAGES: Readonly<Record<CrmFindingCode, string>> = {
  reference_detached:
    'references to records deleted in the CRM were removed from the records that kept them',
  removed_with_parent: 'records belonging to a record deleted in the CRM were removed with it',
  history_missing: 'the CRM returned no field history for these records; their changes are unknown',
  association_missing: 'association results without targets; the records are kept without them',
  relation_missing:
    'related records the CRM did not return (deleted or not visible); the references were left out',
  value_missing: 'fields the CRM documents were missing or null; defaults were used',
};

/** A collector of sync findings, in the order codes were first met. */
export function crmFindings(): FindingCollector<CrmFindingCode> {
  return new FindingCollector(CRM_FINDING_MESSAGES);
}

/** Merges finding lists by code, keeping first-seen order of codes and ids (no id twice per code). */
export function mergeFindings(lists: readonly (readonly CrmFinding[])[]): CrmFinding[] {
  const byCode = new Map<CrmFindingCode, { ids: string[]; seen: Set<string>; message?: string }>();
  for (const list of lists) {
    for (const finding of list) {
      let entry = byCode.get(finding.code);
      if (!entry) {
        entry = {
          ids: [],
          seen: new Set(),
          ...(finding.message ? { message: finding.message } : {}),
        };
        byCode.set(finding.code, entry);
      }
      for (const id of finding.ids) {
        if (entry.seen.has(id)) continue;
        entry.seen.add(id);
        entry.ids.push(id);
      }
    }
  }
  return [...byCode].map(([code, { ids, message }]) => ({
    code,
    count: ids.length,
    ids,
    message: message ?? CRM_FINDING_MESSAGES[code],
  }));
}

/**
 * A record an adapter could not turn into a normalized record (a malformed CRM payload, a CSV
 * row that does not parse). It travels in a batch's `rejected`, and `collectDataset` lists it
 * with the records `parseDataset` rejected, so every record received is kept or rejected.
 */
export interface CrmRejection {
  readonly entity: EntityName;
  /** The normalized id when one could be built, else null. */
  readonly id: string | null;
  /** Where the record came from, e.g. `hubspot contacts 1234` or `deals.csv line 7`. */
  readonly origin: string;
  /** Every problem found, never empty. */
  readonly issues: readonly RecordIssue[];
  /** The CRM's payload or the CSV row's cells, as received. */
  readonly record: unknown;
}
