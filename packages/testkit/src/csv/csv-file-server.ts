import { type Dataset, ENTITY_NAMES, type EntityName } from '@closedloop/core';
import { datasetToCsv } from '@closedloop/core/csv';
import type {
  ConformanceMutableEntity,
  ConformanceServer,
  OddDataQuirks,
} from '../conformance/conformance-server';
import { FakeClock } from '../harness/fake-clock';
import type { LoggedRequest } from '../harness/fake-http-types';
import { FaultInjector } from '../harness/fault-rules';

function latestInstant(dataset: Dataset): number {
  let latest = 0;
  for (const records of Object.values(dataset))
    for (const record of records as readonly Record<string, unknown>[])
      for (const key of ['createdAt', 'updatedAt', 'occurredAt', 'at', 'closedAt']) {
        const time = Date.parse(String(record[key] ?? ''));
        if (time > latest) latest = time;
      }
  return latest;
}

/**
 * A stand-in for "a user's folder of CSV files" that the conformance suite can drive: it
 * holds a dataset, writes it with `datasetToCsv` each time a file is read (so edits show in
 * the next read), logs each read as a request (`GET /<entity>.csv`), and applies `mutate`
 * faults after a read (records changing between files). Other fault kinds have no meaning
 * for files: run the suite with `faults: false`. Edits set `updatedAt` (and `deletedAt` for
 * deletions) to the clock's now, as a re-export would.
 */
export class CsvFileServer implements ConformanceServer {
  readonly url = 'file:///closedloop-csv-stand-in/';
  readonly clock: FakeClock;
  readonly faults = new FaultInjector();
  readonly requests: LoggedRequest[] = [];
  /**
   * Odd data in a file's terms: `missingField` empties the last person's `kind`, `missingId`
   * the last person's `id`, `emptyRelations` the first deal's `contacts` (an empty cell).
   * `unknownFields` and `nullValues` have no meaning for files written from the model.
   */
  readonly quirks: OddDataQuirks = {};
  #dataset: Dataset;

  constructor(dataset: Dataset, clock?: FakeClock) {
    this.#dataset = structuredClone(dataset);
    const latest = latestInstant(dataset);
    this.clock = clock ?? new FakeClock(latest > 0 ? latest + 3_600_000 : '2026-09-01T00:00:00Z');
  }

  /** Starts a stand-in (async to match the fakes). */
  static async start(dataset: Dataset): Promise<CsvFileServer> {
    return new CsvFileServer(dataset);
  }

  /** The files, as `createCsvAdapter({ files })` takes them: each call reads the current state. */
  files(): Record<EntityName, () => Promise<string>> {
    return Object.fromEntries(
      ENTITY_NAMES.map((entity) => [entity, () => this.#read(entity)]),
    ) as Record<EntityName, () => Promise<string>>;
  }

  async #read(entity: EntityName): Promise<string> {
    const path = `/${entity}.csv`;
    const fault = this.faults.take('GET', path);
    if (fault && fault.kind !== 'mutate')
      throw new Error(
        `CsvFileServer: the ${fault.kind} fault has no meaning for files (use faults: false)`,
      );
    const text = datasetToCsv({ ...this.#empty(), [entity]: this.#odd(entity) } as Dataset)[entity];
    this.requests.push({
      at: this.clock.now(),
      method: 'GET',
      path,
      query: {},
      headers: {},
      body: undefined,
      status: 200,
      fault: fault ? fault.kind : null,
    });
    if (fault?.kind === 'mutate') fault.apply();
    return text;
  }

  #odd(entity: EntityName): readonly unknown[] {
    const records = [...(this.#dataset[entity] as readonly Record<string, unknown>[])];
    const last = records.length - 1;
    if (entity === 'people' && last >= 0) {
      if (this.quirks.missingField) records[last] = { ...records[last], kind: '' };
      if (this.quirks.missingId) records[last] = { ...records[last], id: '' };
    }
    if (entity === 'deals' && this.quirks.emptyRelations && records[0])
      records[0] = { ...records[0], contacts: [] };
    return records;
  }

  #empty(): Dataset {
    return Object.fromEntries(ENTITY_NAMES.map((entity) => [entity, []])) as unknown as Dataset;
  }

  remoteIdOf(entity: EntityName, datasetId: string): string | null {
    const record = (
      this.#dataset[entity] as readonly { id: string; source?: { remoteId?: string | null } }[]
    ).find((candidate) => candidate.id === datasetId);
    if (!record) return null;
    // Like the suite's view of adapter output: changes by id, others by `source.remoteId`
    // (goals have no source, so they are not compared).
    return entity === 'changes' ? record.id : (record.source?.remoteId ?? null);
  }

  update(
    entity: ConformanceMutableEntity,
    datasetId: string,
    patch: Record<string, unknown>,
  ): void {
    this.#patch(entity, datasetId, { ...patch, updatedAt: this.clock.iso() });
  }

  archive(entity: ConformanceMutableEntity, datasetId: string): void {
    this.#patch(entity, datasetId, { deletedAt: this.clock.iso(), updatedAt: this.clock.iso() });
  }

  #patch(entity: ConformanceMutableEntity, datasetId: string, patch: Record<string, unknown>) {
    const records = this.#dataset[entity] as { id: string }[];
    const index = records.findIndex((record) => record.id === datasetId);
    if (index < 0) throw new Error(`no ${entity} record ${datasetId}`);
    records[index] = { ...records[index], ...patch } as { id: string };
  }

  async close(): Promise<void> {}
}
