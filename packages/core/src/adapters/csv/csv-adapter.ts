import {
  type CsvRowRejection,
  type CsvSource,
  csvToRecords,
  readCsvText,
} from '../../csv/read-csv';
import { ENTITY_NAMES, type EntityName } from '../../model/dataset';
import { advanceStream, beginPass } from '../contract/checkpoint';
import type { CrmAdapterV1, CrmSyncBatch, CrmSyncOptions } from '../contract/crm-adapter-v1';
import { type CsvExportMapping, mapCsvExport } from './csv-export-mapping';

/** A CSV file: its text, a `Blob`/`File`, a byte stream, or a function giving one (called on every sync, so a stream is fresh). */
export type CsvFileInput = CsvSource | (() => CsvSource | Promise<CsvSource>);

/** Options of `createCsvAdapter`. */
export interface CsvAdapterOptions {
  /** Files as `datasetToCsv` writes them (e.g. `data/sample/*.csv`), by entity. */
  readonly files?: Partial<Record<EntityName, CsvFileInput>>;
  /** CRM export files, each with the mapping that reads it (see `hubspotContactsExport` and the others). */
  readonly exports?: readonly { readonly mapping: CsvExportMapping; readonly file: CsvFileInput }[];
  /** Records per batch. Default 500. */
  readonly batchSize?: number;
  /** "Now" for the pass window. Default `Date.now`. */
  readonly clock?: { now(): number };
  /** Called with each file's rejected rows as it is read. */
  readonly onRejected?: (rows: readonly CsvRowRejection[]) => void;
}

/** The CSV adapter: `CrmAdapterV1` plus what the last sync rejected. */
export interface CsvAdapter extends CrmAdapterV1 {
  readonly provider: 'csv';
  /** Rows rejected by the latest `sync()`, with line, column and reason. */
  readonly rejected: readonly CsvRowRejection[];
}

interface Stream {
  readonly name: string;
  readonly entity: EntityName;
  read(text: string): { records: Record<string, unknown>[]; rejected: CsvRowRejection[] };
  readonly file: CsvFileInput;
}

/** When a record last changed, for incremental passes: updated, created, or the event's time. */
function changedAt(record: Record<string, unknown>): number | null {
  for (const key of ['updatedAt', 'createdAt', 'at', 'occurredAt']) {
    const value = record[key];
    if (typeof value === 'string') {
      const time = Date.parse(value);
      if (!Number.isNaN(time)) return time;
    }
  }
  return null;
}

/**
 * The way in for files without API access: reads CSV files as `datasetToCsv` writes them
 * (one per entity) and CRM exports through column mappings, in the browser or Node (text,
 * Blobs, byte streams; see `readCsvText`). A full pass emits every good row; an incremental
 * pass (from a checkpoint or `since`) emits rows changed since (`updatedAt`, else `createdAt`,
 * `at` or `occurredAt`; rows without a time always) and rows with `deletedAt` since then as
 * deletions. Bad rows are left out and reported in `rejected` and `onRejected` with their
 * line, column and reason; per file, rows = emitted + rejected (+ rows outside the window).
 * Each file read counts as one request in progress reports.
 */
export function createCsvAdapter(options: CsvAdapterOptions): CsvAdapter {
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const streams: Stream[] = [
    ...ENTITY_NAMES.flatMap((entity): Stream[] => {
      const file = options.files?.[entity];
      return file === undefined
        ? []
        : [{ name: `file:${entity}`, entity, file, read: (text) => csvToRecords(entity, text) }];
    }),
    ...(options.exports ?? []).map(({ mapping, file }) => ({
      name: `export:${mapping.name}`,
      entity: mapping.entity,
      file,
      read: (text: string) => mapCsvExport(mapping, text),
    })),
  ];
  const names = streams.map((stream) => stream.name);
  const rejected: CsvRowRejection[] = [];

  async function* sync(syncOptions: CrmSyncOptions = {}): AsyncGenerator<CrmSyncBatch> {
    let checkpoint = beginPass('csv', syncOptions, { now: options.clock?.now() ?? Date.now() });
    const since = checkpoint.since === null ? null : Date.parse(checkpoint.since);
    rejected.length = 0;
    let batches = 0;
    let records = 0;
    let requests = 0;
    const progress = (stream: string) =>
      syncOptions.onProgress?.({ stream, batches, records, requests, retried: 0, throttled: 0 });
    for (const stream of streams) {
      const state = checkpoint.streams[stream.name];
      if (state?.done) continue;
      const from = (state?.position ?? null) as { row?: unknown } | null;
      const skip = typeof from?.row === 'number' ? from.row : 0;
      syncOptions.signal?.throwIfAborted();
      const input = typeof stream.file === 'function' ? await stream.file() : stream.file;
      requests++;
      const result = stream.read(await readCsvText(input));
      rejected.push(...result.rejected);
      if (result.rejected.length > 0) options.onRejected?.(result.rejected);
      const kept: Record<string, unknown>[] = [];
      const deleted: string[] = [];
      for (const record of result.records) {
        if (since === null) kept.push(record);
        else if (typeof record.deletedAt === 'string') {
          if (Date.parse(record.deletedAt) >= since) deleted.push(record.id as string);
        } else {
          const at = changedAt(record);
          if (at === null || at >= since) kept.push(record);
        }
      }
      // Deletions ride on the first batch; a resume past it has handed them out already.
      let row = skip;
      do {
        const chunk = kept.slice(row, row + batchSize);
        row += chunk.length;
        const done = row >= kept.length;
        syncOptions.signal?.throwIfAborted();
        checkpoint = advanceStream(checkpoint, stream.name, { done, position: { row } }, names);
        batches++;
        records += chunk.length;
        const withDeleted = skip === 0 && row === chunk.length && deleted.length > 0;
        yield {
          entity: stream.entity,
          records: chunk,
          ...(withDeleted ? { deleted } : {}),
          checkpoint,
        } as unknown as CrmSyncBatch;
        progress(stream.name);
      } while (row < kept.length);
    }
    progress('done');
  }

  const entities = [...new Set(streams.map((stream) => stream.entity))];
  return {
    specificationVersion: 'v1',
    provider: 'csv',
    entities,
    get rejected() {
      return [...rejected];
    },
    sync,
  };
}
