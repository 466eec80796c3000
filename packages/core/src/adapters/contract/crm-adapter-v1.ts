import type { DatasetInput, EntityName } from '../../model/dataset';
import type { CrmFinding, CrmRejection } from './sync-findings';

/** A JSON value: what a checkpoint may hold, so it can be stored anywhere as text. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/** One record of an entity as an adapter emits it: normalized, not yet validated. */
export type CrmRecord<E extends EntityName = EntityName> = DatasetInput[E][number];

/** Progress of one stream (an adapter-defined unit such as `contacts` or `owners`). */
export interface CrmStreamCheckpoint {
  /** The stream finished in this pass. */
  readonly done: boolean;
  /** Where to resume inside the pass; adapter-defined, never a provider cursor that expires. */
  readonly position?: JsonValue;
}

/**
 * Where a sync stands. Persist the checkpoint of each batch after handling the batch:
 * - an incomplete checkpoint resumes its pass exactly after that batch;
 * - a complete one starts the next incremental pass from its `until`.
 */
export interface CrmCheckpoint {
  readonly specificationVersion: 'v1';
  readonly provider: string;
  /** Lower bound of the pass (records modified at or after it), or null for a full pass. */
  readonly since: string | null;
  /** Upper bound of the pass, fixed when it started (ISO-8601). */
  readonly until: string;
  /** Every stream of the pass finished. */
  readonly complete: boolean;
  readonly streams: { readonly [stream: string]: CrmStreamCheckpoint };
}

type BatchOf<E extends EntityName> = {
  readonly entity: E;
  /** Records to insert or replace (by `id`). */
  readonly records: readonly CrmRecord<E>[];
  /** Ids of records of this entity deleted or archived in the CRM since `since`. */
  readonly deleted?: readonly string[];
  /**
   * Where each record came from (e.g. `deals.csv line 7`), parallel to `records`, so a
   * rejection names the place a user can fix; null where unknown.
   */
  readonly origins?: readonly (string | null)[];
  /** Records the adapter could not normalize (malformed payloads, unreadable rows), with why. */
  readonly rejected?: readonly CrmRejection[];
  /** What the adapter noticed about these records without rejecting them. */
  readonly findings?: readonly CrmFinding[];
  /** Progress including this batch. */
  readonly checkpoint: CrmCheckpoint;
};

/** A batch of normalized records of one entity, with the checkpoint that follows it. */
export type CrmSyncBatch = { [E in EntityName]: BatchOf<E> }[EntityName];

/** Cumulative counters of one `sync()` call, for progress bars and statistics. */
export interface CrmSyncProgress {
  /** The stream being synced, e.g. `contacts`; `done` after the last batch. */
  readonly stream: string;
  /** Batches and records emitted so far. */
  readonly batches: number;
  readonly records: number;
  /** HTTP requests sent, retries included. */
  readonly requests: number;
  /** Requests retried after a 429, 5xx, timeout or network error. */
  readonly retried: number;
  /** Requests delayed by the proactive rate limiter. */
  readonly throttled: number;
}

/** Options of one `sync()` call. */
export interface CrmSyncOptions {
  /** Sync only records modified at or after this instant (ISO-8601); ignored with a checkpoint. */
  readonly since?: string | null;
  /** Resume (incomplete) or continue incrementally (complete) from a persisted checkpoint. */
  readonly checkpoint?: CrmCheckpoint | null;
  /** Stops the sync: the iterator throws the signal's reason, at the latest instead of its next batch. */
  readonly signal?: AbortSignal;
  /** Called after each batch and once at the end, with cumulative counters. */
  readonly onProgress?: (progress: CrmSyncProgress) => void;
}

/**
 * Version 1 of the CRM adapter specification. An adapter reads one CRM account and emits
 * normalized records in batches, each followed by a checkpoint, so memory stays flat and a
 * sync that died resumes from its last checkpoint without losing or repeating records.
 *
 * Implementations keep `specificationVersion` so callers can support several versions.
 */
export interface CrmAdapterV1 {
  /** The specification version this adapter implements. */
  readonly specificationVersion: 'v1';
  /** The CRM, e.g. `hubspot`. */
  readonly provider: string;
  /** The entities this adapter can emit (others stay empty in a collected dataset). */
  readonly entities: readonly EntityName[];
  /** Streams the account's records as batches. */
  sync(options?: CrmSyncOptions): AsyncIterable<CrmSyncBatch>;
}
