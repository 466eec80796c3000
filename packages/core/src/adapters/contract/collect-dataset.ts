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
import { type DeletedIds, detachDeleted } from './detach-deleted';
import { type CrmFinding, type CrmRejection, crmFindings, mergeFindings } from './sync-findings';

/** Options of `collectDataset`: those of `sync()` and of `parseDataset`. */
export interface CollectDatasetOptions extends CrmSyncOptions, ParseDatasetOptions {
  /**
   * A dataset from an earlier sync to apply this one to (typically an incremental sync from
   * that sync's checkpoint): fetched records replace base records with the same id, and
   * deletions remove them (and detach the references other records held to them).
   */
  readonly base?: Partial<DatasetInput>;
  /**
   * The rejections of that earlier collection. Records `parseDataset` rejected there (a
   * reference to a record the CRM had not yet returned, say a contact the search index had
   * not caught up with) are tried again with `base`, so a record that now validates is kept
   * instead of lost until the CRM next modifies it. Adapter rejections are not retried.
   */
  readonly baseRejected?: readonly CollectedRejection[];
}

/**
 * Counters of one collection. They reconcile:
 * `fromBase + fetched - replaced - deleted === kept + rejected`.
 */
export interface CollectDatasetStats {
  /** Records received from the adapter, those it rejected itself included. */
  readonly fetched: number;
  /** Records in the resulting dataset. */
  readonly kept: number;
  /** Records rejected by the adapter or by `parseDataset` (see `rejected` for reasons). */
  readonly rejected: number;
  /** Records taken from `base`. */
  readonly fromBase: number;
  /** Records superseded by a later record with the same id (from base or an earlier batch). */
  readonly replaced: number;
  /**
   * Records removed because the CRM reported them deleted, or because they belonged to a
   * deleted record (its touches and field history; see the `removed_with_parent` finding).
   */
  readonly deleted: number;
  readonly batches: number;
  /** HTTP requests, retries included. */
  readonly requests: number;
  readonly retried: number;
  readonly throttled: number;
}

/**
 * A record left out of the collected dataset: rejected by the adapter (`stage: 'adapter'`,
 * a payload it could not read) or by `parseDataset` (`stage: 'dataset'`). `origin` names
 * where the record came from when the adapter said so (`deals.csv line 7`), and `reason`
 * starts with it.
 */
export interface CollectedRejection extends RejectedRecord {
  readonly stage: 'adapter' | 'dataset';
  readonly origin: string | null;
}

/** What `collectDataset` returns. */
export interface CollectDatasetResult {
  readonly dataset: Dataset;
  /** Every record left out, with entity, path, origin and reason. */
  readonly rejected: CollectedRejection[];
  /** Per entity, `in = kept + rejected`, adapter rejections included. */
  readonly counts: Readonly<Record<EntityName, EntityCounts>>;
  /** What the adapter and the collection noticed without rejecting a record, by code. */
  readonly findings: CrmFinding[];
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

interface Stored {
  record: unknown;
  readonly origin: string | null;
}

/** Keyed store of one entity: records with an id replace each other; others are kept apart. */
class EntityStore {
  readonly byId = new Map<string, Stored>();
  readonly withoutId: Stored[] = [];

  /** Stores a record; true when it replaced one with the same id. */
  put(record: unknown, origin: string | null): boolean {
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') {
      this.withoutId.push({ record, origin });
      return false;
    }
    const replaced = this.byId.has(id);
    this.byId.set(id, { record, origin });
    return replaced;
  }

  delete(id: string): boolean {
    return this.byId.delete(id);
  }

  entries(): Stored[] {
    return [...this.byId.values(), ...this.withoutId];
  }
}

/** The entity a reference message points at, by the noun `parseDataset` uses. */
const NOUN_ENTITIES: readonly [string, EntityName][] = [
  ['a user', 'users'],
  ['an account', 'accounts'],
  ['a person', 'people'],
  ['a lead', 'leads'],
  ['a pipeline', 'pipelines'],
  ['a deal', 'deals'],
  ['a campaign', 'campaigns'],
];

/** The id prefix `parseDataset` starts a reason with. */
function position(entity: EntityName, index: number, id: string | null): string {
  return id === null ? `${entity}[${index}]` : `${entity}[${index}] ${JSON.stringify(id)}`;
}

/**
 * Runs a full sync (or resumes one, or continues incrementally) and validates the result
 * with `parseDataset`, so every record the adapter produced is either in `dataset` or in
 * `rejected` with a reason. Holds the whole dataset in memory; to keep memory flat on large
 * accounts iterate `adapter.sync()` yourself and store batches as they come.
 *
 * Deletions remove records and then the references other records hold to them (a deal
 * keeps its other contacts; a deleted person's touches and history go too), each reported
 * in `findings`: CRMs do not mark a record modified when an associated record is deleted.
 */
export async function collectDataset(
  adapter: CrmAdapterV1,
  options: CollectDatasetOptions = {},
): Promise<CollectDatasetResult> {
  const stores = new Map<EntityName, EntityStore>(
    ENTITY_NAMES.map((entity) => [entity, new EntityStore()]),
  );
  const store = (entity: EntityName) => stores.get(entity) as EntityStore;
  const deletedIds = new Map<EntityName, Set<string>>();
  const adapterRejections: CrmRejection[] = [];
  const reported: CrmFinding[][] = [];
  const arrivals = new Map<EntityName, number>();
  const rejectedAt: number[] = [];
  let fromBase = 0;
  let fetched = 0;
  let replaced = 0;
  let deleted = 0;
  let batches = 0;
  for (const entity of ENTITY_NAMES) {
    for (const record of options.base?.[entity] ?? []) {
      fromBase++;
      if (store(entity).put(record, null)) replaced++;
    }
  }
  for (const rejection of options.baseRejected ?? []) {
    if (rejection.stage !== 'dataset') continue;
    fromBase++;
    if (store(rejection.entity).put(rejection.record, rejection.origin)) replaced++;
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
    batch.records.forEach((record, index) => {
      fetched++;
      arrivals.set(batch.entity, (arrivals.get(batch.entity) ?? 0) + 1);
      if (entityStore.put(record, batch.origins?.[index] ?? null)) replaced++;
    });
    for (const rejection of batch.rejected ?? []) {
      fetched++;
      const arrival = arrivals.get(rejection.entity) ?? 0;
      arrivals.set(rejection.entity, arrival + 1);
      adapterRejections.push(rejection);
      rejectedAt.push(arrival);
    }
    if (batch.findings) reported.push([...batch.findings]);
    for (const id of batch.deleted ?? []) {
      const ids = deletedIds.get(batch.entity) ?? new Set<string>();
      deletedIds.set(batch.entity, ids.add(id));
      if (entityStore.delete(id)) deleted++;
    }
    checkpoint = batch.checkpoint;
  }
  const detached = crmFindings();
  if (deletedIds.size > 0) deleted += applyDeletions(stores, deletedIds, detached);

  const entries = new Map<EntityName, Stored[]>(
    ENTITY_NAMES.map((entity) => [entity, store(entity).entries()]),
  );
  const input = Object.fromEntries(
    ENTITY_NAMES.map((entity) => [
      entity,
      (entries.get(entity) ?? []).map((entry) => entry.record),
    ]),
  ) as DatasetInput;
  const parsed = parseDataset(input, options);
  const originOf = new Map<string, string>();
  for (const [entity, list] of entries)
    for (const entry of list) {
      const id = (entry.record as { id?: unknown } | null)?.id;
      if (entry.origin !== null && typeof id === 'string')
        originOf.set(`${entity}:${id}`, entry.origin);
    }
  for (const rejection of adapterRejections)
    if (rejection.id !== null)
      originOf.set(`${rejection.entity}:${rejection.id}`, rejection.origin);
  const rejected: CollectedRejection[] = [
    ...adapterRejections.map((rejection, at) => fromAdapter(rejection, rejectedAt[at] ?? 0)),
    ...parsed.rejected.map((record) => fromDataset(record, entries, originOf)),
  ];
  const counts = { ...parsed.counts };
  for (const rejection of adapterRejections) {
    const count = counts[rejection.entity];
    counts[rejection.entity] = { ...count, in: count.in + 1, rejected: count.rejected + 1 };
  }
  const kept = ENTITY_NAMES.reduce((sum, entity) => sum + parsed.dataset[entity].length, 0);
  return {
    dataset: parsed.dataset,
    rejected,
    counts,
    findings: mergeFindings([...reported, detached.list()]),
    checkpoint,
    stats: {
      fetched,
      kept,
      rejected: rejected.length,
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

/** Removes records owned by deleted ones and detaches references to them; returns how many were removed. */
function applyDeletions(
  stores: ReadonlyMap<EntityName, EntityStore>,
  deletedIds: DeletedIds,
  findings: ReturnType<typeof crmFindings>,
): number {
  let removed = 0;
  for (const [entity, entityStore] of stores) {
    for (const list of [entityStore.byId, entityStore.withoutId] as const) {
      const drop: (string | Stored)[] = [];
      for (const [key, entry] of list.entries()) {
        const outcome = detachDeleted(entity, entry.record, deletedIds);
        const id = String((entry.record as { id?: unknown } | null)?.id ?? `${entity}[?]`);
        if (outcome.kind === 'removed') {
          findings.add('removed_with_parent', `${entity}:${id}`);
          drop.push(typeof key === 'string' ? key : entry);
        } else if (outcome.kind === 'detached') {
          findings.add('reference_detached', `${entity}:${id}`);
          entry.record = outcome.record;
        }
      }
      for (const key of drop) {
        removed++;
        if (typeof key === 'string') entityStore.byId.delete(key);
        else entityStore.withoutId.splice(entityStore.withoutId.indexOf(key), 1);
      }
    }
  }
  return removed;
}

function fromAdapter(rejection: CrmRejection, index: number): CollectedRejection {
  const first = rejection.issues[0];
  const where =
    rejection.id === null
      ? rejection.origin
      : `${rejection.origin} ${JSON.stringify(rejection.id)}`;
  return {
    stage: 'adapter',
    origin: rejection.origin,
    entity: rejection.entity,
    index,
    id: rejection.id,
    path: first?.path ?? [],
    field: first?.field ?? '',
    issues: rejection.issues,
    reason: `${where}: ${rejection.issues.map((issue) => issue.message).join('; ')}`,
    record: rejection.record,
  };
}

/** A `parseDataset` rejection told by origin: the record's place and those of records it refers to. */
function fromDataset(
  record: RejectedRecord,
  entries: ReadonlyMap<EntityName, Stored[]>,
  originOf: ReadonlyMap<string, string>,
): CollectedRejection {
  const origin = entries.get(record.entity)?.[record.index]?.origin ?? null;
  if (origin === null) return { ...record, stage: 'dataset', origin };
  const issues = record.issues.map((issue) => {
    if (issue.kind !== 'reference') return issue;
    const noun = NOUN_ENTITIES.find(([text]) => issue.message.includes(`refers to ${text} `));
    const id = /^\S+ "((?:[^"\\]|\\.)*)" refers to/.exec(issue.message)?.[1];
    const target = noun && id !== undefined ? originOf.get(`${noun[1]}:${id}`) : undefined;
    return target ? { ...issue, message: `${issue.message} (${target})` } : issue;
  });
  const where = position(record.entity, record.index, record.id);
  const named = record.id === null ? origin : `${origin} ${JSON.stringify(record.id)}`;
  const tail = record.reason.startsWith(where)
    ? issues.map((issue) => issue.message).join('; ')
    : record.reason;
  return { ...record, issues, stage: 'dataset', origin, reason: `${named}: ${tail}` };
}
