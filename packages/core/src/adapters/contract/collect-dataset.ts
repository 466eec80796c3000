import {
  type Dataset,
  type DatasetInput,
  ENTITY_NAMES,
  type EntityName,
} from '../../model/dataset';
import {
  type EntityCounts,
  type ParseDatasetOptions,
  parseDataset,
  type RejectedRecord,
} from '../../model/parse-dataset';
import type {
  CrmAdapterV1,
  CrmCheckpoint,
  CrmSyncOptions,
  CrmSyncProgress,
} from './crm-adapter-v1';

/** Options of `collectDataset`: those of `sync()` and of `parseDataset`. */
export interface CollectDatasetOptions extends CrmSyncOptions, ParseDatasetOptions {
  /**
   * A dataset from an earlier sync to apply this one to (typically an incremental sync from
   * that sync's checkpoint): fetched records replace base records with the same id, and
   * deletions remove them.
   */
  readonly base?: Partial<DatasetInput>;
}

/**
 * Counters of one collection. They reconcile:
 * `fromBase + fetched - replaced - deleted === kept + rejected`.
 */
export interface CollectDatasetStats {
  /** Records received from the adapter. */
  readonly fetched: number;
  /** Records in the resulting dataset. */
  readonly kept: number;
  /** Records `parseDataset` rejected (see `rejected` for reasons). */
  readonly rejected: number;
  /** Records taken from `base`. */
  readonly fromBase: number;
  /** Records superseded by a later record with the same id (from base or an earlier batch). */
  readonly replaced: number;
  /** Records removed because the CRM reported them deleted. */
  readonly deleted: number;
  readonly batches: number;
  /** HTTP requests, retries included. */
  readonly requests: number;
  readonly retried: number;
  readonly throttled: number;
}

/** What `collectDataset` returns. */
export interface CollectDatasetResult {
  readonly dataset: Dataset;
  /** Every record left out, with entity, path and reason. */
  readonly rejected: RejectedRecord[];
  readonly counts: Readonly<Record<EntityName, EntityCounts>>;
  readonly stats: CollectDatasetStats;
  /** The last checkpoint: persist it and pass it to the next sync to continue incrementally. */
  readonly checkpoint: CrmCheckpoint | null;
}

const NO_PROGRESS: CrmSyncProgress = {
  stream: 'done',
  batches: 0,
  records: 0,
  requests: 0,
  retried: 0,
  throttled: 0,
};

/** Keyed store of one entity: records with an id replace each other; others are kept apart. */
class EntityStore {
  readonly #byId = new Map<string, unknown>();
  readonly #withoutId: unknown[] = [];

  /** Stores a record; true when it replaced one with the same id. */
  put(record: unknown): boolean {
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') {
      this.#withoutId.push(record);
      return false;
    }
    const replaced = this.#byId.has(id);
    this.#byId.set(id, record);
    return replaced;
  }

  delete(id: string): boolean {
    return this.#byId.delete(id);
  }

  values(): unknown[] {
    return [...this.#byId.values(), ...this.#withoutId];
  }
}

/**
 * Runs a full sync (or resumes one, or continues incrementally) and validates the result
 * with `parseDataset`, so every record the adapter produced is either in `dataset` or in
 * `rejected` with a reason. Holds the whole dataset in memory; to keep memory flat on large
 * accounts iterate `adapter.sync()` yourself and store batches as they come.
 */
export async function collectDataset(
  adapter: CrmAdapterV1,
  options: CollectDatasetOptions = {},
): Promise<CollectDatasetResult> {
  const stores = new Map<EntityName, EntityStore>(
    ENTITY_NAMES.map((entity) => [entity, new EntityStore()]),
  );
  const store = (entity: EntityName) => stores.get(entity) as EntityStore;
  let fromBase = 0;
  let fetched = 0;
  let replaced = 0;
  let deleted = 0;
  let batches = 0;
  for (const entity of ENTITY_NAMES) {
    for (const record of options.base?.[entity] ?? []) {
      fromBase++;
      if (store(entity).put(record)) replaced++;
    }
  }
  let progress = NO_PROGRESS;
  let checkpoint: CrmCheckpoint | null = options.checkpoint ?? null;
  const batchesOf = adapter.sync({
    since: options.since ?? null,
    checkpoint: options.checkpoint ?? null,
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (next) => {
      progress = next;
      options.onProgress?.(next);
    },
  });
  for await (const batch of batchesOf) {
    batches++;
    const entityStore = store(batch.entity);
    for (const record of batch.records) {
      fetched++;
      if (entityStore.put(record)) replaced++;
    }
    for (const id of batch.deleted ?? []) if (entityStore.delete(id)) deleted++;
    checkpoint = batch.checkpoint;
  }
  const input = Object.fromEntries(
    ENTITY_NAMES.map((entity) => [entity, store(entity).values()]),
  ) as DatasetInput;
  const parsed = parseDataset(input, options);
  const kept = ENTITY_NAMES.reduce((sum, entity) => sum + parsed.dataset[entity].length, 0);
  return {
    dataset: parsed.dataset,
    rejected: parsed.rejected,
    counts: parsed.counts,
    checkpoint,
    stats: {
      fetched,
      kept,
      rejected: parsed.rejected.length,
      fromBase,
      replaced,
      deleted,
      batches,
      requests: progress.requests,
      retried: progress.retried,
      throttled: progress.throttled,
    },
  };
}
