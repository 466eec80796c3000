import type { EntityName } from './dataset';

/** A key of a path into a record: an object key or an array position. */
export type PathKey = string | number;

/**
 * Why a record was rejected: `schema` (shape, type or format), `rule` (a domain rule such
 * as "a won deal needs closedAt"), `reference` (points at a record that is missing or was
 * rejected) or `duplicate` (an earlier record with the same id is kept).
 */
export type RecordIssueKind = 'schema' | 'rule' | 'reference' | 'duplicate';

/** One problem of a record: where it is and a message that names the field itself. */
export interface RecordIssue {
  readonly kind: RecordIssueKind;
  /** Keys from the record to the offending value, e.g. `['amount', 'currency']`; empty for the whole record. */
  readonly path: readonly PathKey[];
  /** The path as text, e.g. `amount.currency` or `contacts[0].personId`; empty for the whole record. */
  readonly field: string;
  readonly message: string;
}

/** A record `parseDataset` left out of the dataset, with every problem it found in it. */
export interface RejectedRecord {
  readonly entity: EntityName;
  /** Position of the record in the input array of its entity. */
  readonly index: number;
  /** The record's id when it has a readable one, else null. */
  readonly id: string | null;
  /** Path of the first issue. */
  readonly path: readonly PathKey[];
  /** Dotted form of `path`. */
  readonly field: string;
  /** All problems found, in the order checked; never empty. */
  readonly issues: readonly RecordIssue[];
  /** One line for people: `deals[3] "d-17": amount.currency: unknown currency "XYZ" ...`. */
  readonly reason: string;
  /** The record exactly as given (not copied), so callers can show or repair it. */
  readonly record: unknown;
}

/** A path as text: object keys joined by dots, array positions in brackets. */
export function formatPath(path: readonly PathKey[]): string {
  let text = '';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  }
  return text;
}

/** Builds an issue from its path, deriving the dotted field. */
export function recordIssue(
  kind: RecordIssueKind,
  path: readonly PathKey[],
  message: string,
): RecordIssue {
  return { kind, path, field: formatPath(path), message };
}

/** The record's id if it is an object with a non-empty string id, else null. */
function readableId(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const id: unknown = (record as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** Builds the rejection of one record; `issues` must not be empty. */
export function rejection(
  entity: EntityName,
  index: number,
  record: unknown,
  issues: readonly RecordIssue[],
): RejectedRecord {
  const id = readableId(record);
  const where = id === null ? `${entity}[${index}]` : `${entity}[${index}] ${JSON.stringify(id)}`;
  const first = issues[0];
  return {
    entity,
    index,
    id,
    path: first?.path ?? [],
    field: first?.field ?? '',
    issues,
    reason: `${where}: ${issues.map((issue) => issue.message).join('; ')}`,
    record,
  };
}
