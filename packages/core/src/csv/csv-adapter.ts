import { advanceStream, beginPass } from '../adapters/contract/checkpoint';
import type {
  CrmAdapterV1,
  CrmSyncBatch,
  CrmSyncOptions,
} from '../adapters/contract/crm-adapter-v1';
import type { CrmRejection } from '../adapters/contract/sync-findings';
import { ENTITY_NAMES, type EntityName } from '../model/dataset';
import { recordIssue } from '../model/rejection';
import { type CsvExportMapping, mapCsvExport } from './csv-export-mapping';
import { type CsvRowRejection, type CsvSource, csvToRecords, readCsvText } from './read-csv';

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
  /** How rejections and origins name the file when the source has no name of its own. */
  readonly label: string;
  /** The normalized id a row's id cell stands for. */
  readonly idOf: (cells: Readonly<Record<string, string>>) => string | null;
  read(text: string): {
    records: Record<string, unknown>[];
    rows: number[];
    rejected: CsvRowRejection[];
  };
  readonly file: CsvFileInput;
}

/** The name a source carries (a `File`), else the stream's label. */
function fileName(input: unknown, label: string): string {
  const name = (input as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name !== '' ? name : label;
}

/** A rejected row as a typed rejection that `collectDataset` counts and reports. */
function toRejection(stream: Stream, file: string, row: CsvRowRejection): CrmRejection {
  return {
    entity: stream.entity,
    id: stream.idOf(row.cells),
    origin: `${file} line ${row.row}`,
    issues: row.faults.map((fault) =>
      recordIssue('schema', fault.column === null ? [] : fault.column.split('.'), fault.reason),
    ),
    record: row.cells,
  };
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
 * deletions. Bad rows are handed out as typed rejections (with the first batch of their file,
 * so `collectDataset` counts them: `in = kept + rejected`) and reported in `rejected` and
 * `onRejected` with their line and every fault; every record carries its origin
 * (`deals.csv line 7`, or the `File`'s own name) so later rejections name the file and line.
 * Per file, rows = emitted + rejected (+ rows outside the window).
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
        : [
            {
              name: `file:${entity}`,
              entity,
              label: `${entity}.csv`,
              idOf: (cells) => (cells.id ? cells.id : null),
              file,
              read: (text) => csvToRecords(entity, text),
            },
          ];
    }),
    ...(options.exports ?? []).map(
      ({ mapping, file }): Stream => ({
        name: `export:${mapping.name}`,
        entity: mapping.entity,
        label: mapping.name,
        idOf: (cells) => {
          const remoteId = cells[mapping.idColumn]?.trim();
          return remoteId ? `${mapping.provider}:${mapping.objectType}:${remoteId}` : null;
        },
        file,
        read: (text: string) => mapCsvExport(mapping, text),
      }),
    ),
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
      const file = fileName(input, stream.label);
      const result = stream.read(await readCsvText(input));
      rejected.push(...result.rejected);
      if (result.rejected.length > 0) options.onRejected?.(result.rejected);
      const kept: Record<string, unknown>[] = [];
      const origins: string[] = [];
      const deleted: string[] = [];
      result.records.forEach((record, index) => {
        const keep = () => {
          kept.push(record);
          origins.push(`${file} line ${result.rows[index]}`);
        };
        if (since === null) keep();
        else if (typeof record.deletedAt === 'string') {
          if (Date.parse(record.deletedAt) >= since) deleted.push(record.id as string);
        } else {
          const at = changedAt(record);
          if (at === null || at >= since) keep();
        }
      });
      // Rejected rows ride with deletions on the first batch, so collectDataset counts them.
      const rowRejections = result.rejected.map((row) => toRejection(stream, file, row));
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
        const first = skip === 0 && row === chunk.length;
        yield {
          entity: stream.entity,
          records: chunk,
          origins: origins.slice(row - chunk.length, row),
          ...(first && deleted.length > 0 ? { deleted } : {}),
          ...(first && rowRejections.length > 0 ? { rejected: rowRejections } : {}),
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
