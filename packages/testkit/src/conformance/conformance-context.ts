import {
  type CollectDatasetOptions,
  type CollectDatasetResult,
  type CrmAdapterV1,
  collectDataset,
  type Dataset,
} from '@closedloop/core';
import { compareDatasets } from './compare-datasets';
import type {
  AdapterConformanceOptions,
  ConformanceAdapterSettings,
  ConformanceServer,
} from './conformance-server';
import { producedSide, servedSide } from './sync-runs';

/** Short timeouts keep the slow-response scenarios fast; retries outlast a 429 burst of three. */
export const TIMEOUT_MS = 250;
const SETTINGS = { timeoutMs: TIMEOUT_MS, maxRetries: 3 } as const;

/** A started fake and an adapter pointed at it, for one test. */
export interface ConformanceRun<Server extends ConformanceServer> {
  readonly server: Server;
  readonly adapter: CrmAdapterV1;
  /** `collectDataset` with the suite's parse options. */
  collect(options?: CollectDatasetOptions): Promise<CollectDatasetResult>;
  /** How the adapter's output differs from what the fake serves (empty when faithful). */
  differences(result: CollectDatasetResult, expected?: Dataset): string[];
}

/** Starts a fake for the dataset, runs `test` against it and always stops the fake. */
export async function withRun<Server extends ConformanceServer, T>(
  options: AdapterConformanceOptions<Server>,
  test: (run: ConformanceRun<Server>) => Promise<T>,
): Promise<T> {
  const server = await options.createServer(options.dataset);
  try {
    const settings: ConformanceAdapterSettings = { clock: server.clock, ...SETTINGS };
    const adapter = options.createAdapter(server, settings);
    return await test({
      server,
      adapter,
      collect: (collectOptions = {}) =>
        collectDataset(adapter, { ...options.parse, ...collectOptions }),
      differences: (result, expected = options.dataset) =>
        compareDatasets(
          adapter.entities,
          servedSide(options.representable?.(expected) ?? expected, server),
          producedSide(result.dataset),
        ),
    });
  } finally {
    await server.close();
  }
}

/** The first record of an entity the fake serves, optionally also passing `filter`. */
export function servedRecord<E extends 'people' | 'deals'>(
  dataset: Dataset,
  server: ConformanceServer,
  entity: E,
  filter: (record: Dataset[E][number]) => boolean = () => true,
): Dataset[E][number] | undefined {
  return (dataset[entity] as readonly Dataset[E][number][]).find(
    (record) => server.remoteIdOf(entity, record.id) !== null && filter(record),
  );
}

/** A deal nothing else points at, so archiving it leaves no dangling reference. */
export function unreferencedDeal(
  dataset: Dataset,
  server: ConformanceServer,
): Dataset['deals'][number] | undefined {
  const referenced = new Set<string>([
    ...dataset.changes
      .filter((change) => change.entity === 'deal')
      .map((change) => change.entityId),
    ...dataset.people.flatMap((person) =>
      person.conversion?.dealId ? [person.conversion.dealId] : [],
    ),
    ...dataset.leads.flatMap((lead) => (lead.convertedDealId ? [lead.convertedDealId] : [])),
    ...dataset.activities.flatMap((activity) => (activity.dealId ? [activity.dealId] : [])),
  ]);
  return [...dataset.deals]
    .reverse()
    .find((deal) => !referenced.has(deal.id) && server.remoteIdOf('deals', deal.id) !== null);
}

/** A copy of the dataset with one record patched, as the fake now serves it. */
export function patched<E extends 'people' | 'deals'>(
  dataset: Dataset,
  entity: E,
  id: string,
  patch: Record<string, unknown>,
): Dataset {
  const records = (dataset[entity] as readonly Dataset[E][number][]).map((record) =>
    record.id === id ? { ...record, ...patch } : record,
  );
  return { ...dataset, [entity]: records };
}
