import {
  type CollectDatasetResult,
  type CrmAdapterV1,
  type CrmCheckpoint,
  type CrmSyncBatch,
  type Dataset,
  type EntityName,
  isCrmError,
} from '@closedloop/core';
import type { ComparisonSide } from './compare-datasets';
import type { ConformanceServer } from './conformance-server';

/** The batches a sync handed out before it ended or was stopped. */
export interface BatchRun {
  readonly batches: CrmSyncBatch[];
  readonly checkpoint: CrmCheckpoint | null;
  readonly error: unknown;
}

/**
 * Reads a sync's batches. With `crashAfter`, aborts its signal once that many batches are
 * handled, as a process dying after persisting them would, and keeps only those.
 */
export async function readBatches(
  adapter: CrmAdapterV1,
  options: { checkpoint?: CrmCheckpoint | null; crashAfter?: number } = {},
): Promise<BatchRun> {
  const controller = new AbortController();
  const batches: CrmSyncBatch[] = [];
  let error: unknown = null;
  try {
    for await (const batch of adapter.sync({
      checkpoint: options.checkpoint ?? null,
      signal: controller.signal,
    })) {
      if (controller.signal.aborted)
        throw new Error('the adapter handed out a batch after its signal was aborted');
      batches.push(batch);
      if (batches.length === options.crashAfter) controller.abort(new Error('simulated crash'));
    }
  } catch (caught) {
    error = caught;
  }
  return { batches, checkpoint: batches.at(-1)?.checkpoint ?? null, error };
}

/** Ids handed out more than once, per entity. */
export function repeatedIds(batches: readonly CrmSyncBatch[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const batch of batches) {
    for (const record of batch.records as readonly { id?: unknown }[]) {
      const key = `${batch.entity}:${String(record.id)}`;
      if (seen.has(key)) repeated.push(key);
      seen.add(key);
    }
  }
  return repeated;
}

/** Record ids per entity, sorted, for set comparisons. */
export function idsByEntity(batches: readonly CrmSyncBatch[]): Record<string, string[]> {
  const ids: Record<string, Set<string>> = {};
  for (const batch of batches) {
    ids[batch.entity] ??= new Set();
    for (const record of batch.records as readonly { id?: unknown }[])
      ids[batch.entity]?.add(String(record.id));
  }
  return Object.fromEntries(Object.entries(ids).map(([entity, set]) => [entity, [...set].sort()]));
}

/** The source dataset as the fake serves it. */
export function servedSide(dataset: Dataset, server: ConformanceServer): ComparisonSide {
  return { dataset, remoteId: (entity, id) => server.remoteIdOf(entity, id) };
}

/** What the adapter produced: records found by normalized id, named by their CRM id. */
export function producedSide(dataset: Dataset): ComparisonSide {
  const byId = new Map<string, { source?: { remoteId?: string | null } }>();
  for (const entity of Object.keys(dataset) as EntityName[]) {
    for (const record of dataset[entity] as readonly {
      id: string;
      source?: { remoteId?: string | null };
    }[]) {
      byId.set(`${entity}:${record.id}`, record);
    }
  }
  return {
    dataset,
    remoteId: (entity, id) => {
      const record = byId.get(`${entity}:${id}`);
      if (!record) return null;
      return entity === 'changes' ? id : (record.source?.remoteId ?? null);
    },
  };
}

/** Counts must reconcile: base + fetched − replaced − deleted = kept + rejected. */
export function reconciles({ stats }: CollectDatasetResult): boolean {
  return (
    stats.fromBase + stats.fetched - stats.replaced - stats.deleted === stats.kept + stats.rejected
  );
}

/** The error's class name when it is a typed CRM error, else a description. */
export function errorName(error: unknown): string {
  if (isCrmError(error)) return error.name;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
