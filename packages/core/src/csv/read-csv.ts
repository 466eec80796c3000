import Papa from 'papaparse';
import * as z from 'zod';
import { ENTITY_SCHEMAS, type EntityName } from '../model/dataset';
import { type CsvColumn, csvColumns } from './write-csv';

/** A row of a CSV file that could not become a record, and why. */
export interface CsvRowRejection {
  /** The file's entity (or the mapping's name for vendor exports). */
  readonly file: string;
  /** 1-based line of the data row in the file (the header is line 1). */
  readonly row: number;
  /** The column at fault, or null for the whole row (e.g. a wrong number of cells). */
  readonly column: string | null;
  readonly reason: string;
  /** The row's cells by header, for showing the user. */
  readonly cells: Readonly<Record<string, string>>;
}

/** What reading one CSV file gave: records (not yet reference-checked), rejections and counts. */
export interface CsvReadResult<T = Record<string, unknown>> {
  readonly records: T[];
  /** 1-based file line of each record, parallel to `records`. */
  readonly rows: number[];
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

/** Parsed rows with their file lines; papaparse errors become whole-row rejections. */
export function parseCsvRows(
  file: string,
  text: string,
): {
  headers: string[];
  rows: { line: number; cells: Record<string, string> }[];
  rejected: CsvRowRejection[];
} {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [headers = [], ...data] = parsed.data;
  const errors = new Map<number, string>();
  for (const error of parsed.errors)
    if (typeof error.row === 'number') errors.set(error.row, error.message);
  const rows: { line: number; cells: Record<string, string> }[] = [];
  const rejected: CsvRowRejection[] = [];
  data.forEach((values, index) => {
    const line = index + 2;
    const cells = Object.fromEntries(headers.map((header, i) => [header, values[i] ?? '']));
    const error = errors.get(index + 1);
    if (error || values.length !== headers.length) {
      const reason = error ?? `expected ${headers.length} cells, found ${values.length}`;
      rejected.push({ file, row: line, column: null, reason, cells });
    } else rows.push({ line, cells });
  });
  return { headers, rows, rejected };
}

type Kind = 'string' | 'number' | 'boolean' | 'json';

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodDefault ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodOptional
  )
    current = current.unwrap() as z.ZodType;
  return current;
}

function nullable(schema: z.ZodType): boolean {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodNullable) return true;
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional)
      current = current.unwrap() as z.ZodType;
    else return false;
  }
}

/** The schema of a column's leaf and of each object on its path. */
function leafKind(entity: EntityName, column: CsvColumn): { kind: Kind; nullableAt: number[] } {
  let schema = ENTITY_SCHEMAS[entity] as unknown as z.ZodType;
  const nullableAt: number[] = [];
  column.path.forEach((key, depth) => {
    const object = unwrap(schema) as z.ZodObject;
    schema = object.shape[key] as z.ZodType;
    if (depth < column.path.length - 1 && nullable(schema)) nullableAt.push(depth);
  });
  if (column.json) return { kind: 'json', nullableAt };
  const leaf = unwrap(schema);
  const kind: Kind =
    leaf instanceof z.ZodNumber ? 'number' : leaf instanceof z.ZodBoolean ? 'boolean' : 'string';
  return { kind, nullableAt };
}

const KINDS = new Map<EntityName, { column: CsvColumn; kind: Kind; nullableAt: number[] }[]>();

function kindsOf(entity: EntityName) {
  let kinds = KINDS.get(entity);
  if (!kinds) {
    kinds = csvColumns(entity).map((column) => ({ column, ...leafKind(entity, column) }));
    KINDS.set(entity, kinds);
  }
  return kinds;
}

function cellValue(raw: string, kind: Kind): { value: unknown } | { error: string } {
  if (raw === '') return { value: null };
  if (kind === 'string') return { value: raw };
  if (kind === 'number') {
    const number = Number(raw);
    return raw.trim() !== '' && Number.isFinite(number)
      ? { value: number }
      : { error: `"${raw}" is not a number` };
  }
  if (kind === 'boolean') {
    if (raw === 'true' || raw === 'false') return { value: raw === 'true' };
    return { error: `"${raw}" is not true or false` };
  }
  try {
    return { value: JSON.parse(raw) };
  } catch {
    return { error: 'is not valid JSON' };
  }
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

/**
 * Reads one entity's CSV as `datasetToCsv` writes it (the inverse of `entityToCsv`): dotted
 * columns become nested objects, a nullable object whose cells are all empty becomes null,
 * JSON cells are parsed, numbers and booleans restored, and empty cells are null (so an
 * empty string reads as null). Unknown columns are ignored; missing ones take the schema's default. Each
 * row is checked against the entity's schema: a bad row is rejected with its line, column
 * and reason, the others kept. References between records are checked later by
 * `parseDataset` (or `collectDataset`).
 */
export function csvToRecords(entity: EntityName, text: string): CsvReadResult {
  const { rows, rejected } = parseCsvRows(entity, text);
  const schema = ENTITY_SCHEMAS[entity] as unknown as z.ZodType;
  const records: Record<string, unknown>[] = [];
  const lines: number[] = [];
  for (const { line, cells } of rows) {
    const record: Record<string, unknown> = {};
    const filled = new Map<string, boolean>();
    let error: { column: string; reason: string } | null = null;
    for (const { column, kind, nullableAt } of kindsOf(entity)) {
      // A column the file lacks is left out, so the schema's default applies.
      if (!(column.name in cells)) continue;
      const raw = cells[column.name] ?? '';
      const read = cellValue(raw, kind);
      if ('error' in read) {
        error ??= { column: column.name, reason: `${column.name} ${read.error}` };
        continue;
      }
      setPath(record, column.path, read.value);
      for (const depth of nullableAt) {
        const key = column.path.slice(0, depth + 1).join('.');
        filled.set(key, (filled.get(key) ?? false) || raw !== '');
      }
    }
    // Deepest first, so `a.b` collapses before `a` is looked at.
    for (const [key, any] of [...filled].sort((a, b) => b[0].length - a[0].length))
      if (!any) setPath(record, key.split('.'), null);
    if (!error) {
      const checked = schema.safeParse(record);
      if (!checked.success) {
        const issue = checked.error.issues[0] as z.core.$ZodIssue;
        const column = issue.path.map(String).join('.');
        error = { column: column || 'id', reason: `${column || 'record'}: ${issue.message}` };
      }
    }
    if (error) rejected.push({ file: entity, row: line, ...error, cells });
    else {
      records.push(record);
      lines.push(line);
    }
  }
  rejected.sort((a, b) => a.row - b.row);
  return {
    records,
    rows: lines,
    rejected,
    counts: {
      rows: records.length + rejected.length,
      kept: records.length,
      rejected: rejected.length,
    },
  };
}
