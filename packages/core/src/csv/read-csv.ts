import type * as z from 'zod/mini';
import { ENTITY_SCHEMAS, type EntityName } from '../model/dataset';
import { englishIssue } from '../options/english-issues';
import { cellValue, columnReaders } from './csv-cells';
import {
  type CsvFault,
  type CsvRowRejection,
  parseCsvRows,
  rejectDuplicateIds,
  rowRejection,
} from './csv-lines';

export { type CsvFault, type CsvLine, type CsvRowRejection, parseCsvRows } from './csv-lines';

/** What reading one CSV file gave: records (not yet reference-checked), rejections and counts. */
export interface CsvReadResult<T = Record<string, unknown>> {
  readonly records: T[];
  /** 1-based file line of each record, parallel to `records`. */
  readonly rows: number[];
  /** Each record's cells by header, parallel to `records`. */
  readonly cells: Readonly<Record<string, string>>[];
  readonly rejected: CsvRowRejection[];
  /** `rows = kept + rejected`. */
  readonly counts: { readonly rows: number; readonly kept: number; readonly rejected: number };
}

/** Where CSV text can come from, in a browser or in Node: text, a `Blob`/`File`, or a byte stream. */
export type CsvSource = string | Blob | ReadableStream<Uint8Array>;

/** The text of a CSV source (UTF-8; a byte-order mark is dropped). */
export async function readCsvText(source: CsvSource): Promise<string> {
  let text: string;
  if (typeof source === 'string') text = source;
  else if (typeof Blob !== 'undefined' && source instanceof Blob) text = await source.text();
  else {
    const decoder = new TextDecoder();
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    const parts: string[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(decoder.decode(value, { stream: true }));
    }
    parts.push(decoder.decode());
    text = parts.join('');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1) as string] = value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Entities whose records carry `source` with an object type (all but changes and goals). */
function hasObjectSource(entity: EntityName): boolean {
  const shape: Record<string, unknown> = ENTITY_SCHEMAS[entity]._zod.def.shape;
  return 'source' in shape && entity !== 'changes';
}

/**
 * A CSV import is its own source: `source.provider`, `source.objectType` and
 * `source.remoteId` default to `csv`, the file's entity and the row's id when the file
 * leaves them out or empty.
 */
function defaultSource(entity: EntityName, record: Record<string, unknown>): void {
  if (!hasObjectSource(entity)) return;
  const source = isObject(record.source) ? record.source : {};
  record.source = {
    ...source,
    provider: source.provider ?? 'csv',
    objectType: source.objectType ?? entity,
    remoteId: source.remoteId ?? (typeof record.id === 'string' ? record.id : null),
  };
}

/** Every schema issue of a record, as faults on its columns. */
export function schemaFaults(error: z.core.$ZodError): CsvFault[] {
  return error.issues.map((issue) => {
    const column = issue.path.map(String).join('.');
    return { column: column || null, reason: `${column || 'record'}: ${issue.message}` };
  });
}

/**
 * Reads one entity's CSV as `datasetToCsv` writes it (the inverse of `entityToCsv`): dotted
 * columns become nested objects, a nullable object whose cells are all empty becomes null,
 * JSON cells are parsed, numbers, booleans and enum values (in any case and with spaces:
 * `Paid Search`, `Closed Won`) restored. An empty cell is null for a nullable field and the
 * default for the others (`emails`, `stageDates` and the like), as is a missing column;
 * `source` defaults to the CSV itself. Each row is checked against the entity's schema: a
 * bad row is rejected with its file line and every fault, a row repeating an earlier row's
 * id is rejected naming both lines, the others kept. References between records are
 * checked later by `parseDataset` (or `collectDataset`).
 */
export function csvToRecords(entity: EntityName, text: string): CsvReadResult {
  const { rows, rejected } = parseCsvRows(entity, text);
  const schema: z.ZodMiniType = ENTITY_SCHEMAS[entity];
  const read = {
    records: [] as Record<string, unknown>[],
    rows: [] as number[],
    cells: [] as Record<string, string>[],
  };
  for (const { line, cells } of rows) {
    const record: Record<string, unknown> = {};
    const filled = new Map<string, boolean>();
    const faults: CsvFault[] = [];
    for (const reader of columnReaders(entity)) {
      const { column, nullableAt } = reader;
      // A column the file lacks is left out, so the schema's default applies.
      if (!(column.name in cells)) continue;
      const raw = cells[column.name] ?? '';
      const cell = cellValue(raw, reader);
      if ('error' in cell) {
        faults.push({ column: column.name, reason: `${column.name} ${cell.error}` });
        continue;
      }
      if (cell.value !== undefined) setPath(record, column.path, cell.value);
      for (const depth of nullableAt) {
        const key = column.path.slice(0, depth + 1).join('.');
        filled.set(key, (filled.get(key) ?? false) || raw !== '');
      }
    }
    // Deepest first, so `a.b` collapses before `a` is looked at.
    for (const [key, any] of [...filled].sort((a, b) => b[0].length - a[0].length))
      if (!any) setPath(record, key.split('.'), null);
    defaultSource(entity, record);
    const checked = schema.safeParse(record, { error: englishIssue });
    if (!checked.success) {
      const reported = new Set(faults.map((fault) => fault.column));
      for (const fault of schemaFaults(checked.error))
        if (!reported.has(fault.column)) faults.push(fault);
    }
    if (faults.length > 0) rejected.push(rowRejection(entity, line, faults, cells));
    else {
      read.records.push(record);
      read.rows.push(line);
      read.cells.push(cells);
    }
  }
  rejectDuplicateIds(entity, read, rejected);
  return readResult(read, rejected);
}

/** The kept records and the rejections in file order, with counts that reconcile. */
export function readResult(
  read: { records: Record<string, unknown>[]; rows: number[]; cells: Record<string, string>[] },
  rejected: CsvRowRejection[],
): CsvReadResult {
  rejected.sort((a, b) => a.row - b.row);
  return {
    ...read,
    rejected,
    counts: {
      rows: read.records.length + rejected.length,
      kept: read.records.length,
      rejected: rejected.length,
    },
  };
}
