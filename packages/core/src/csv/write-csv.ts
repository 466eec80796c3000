import Papa from 'papaparse';
import type * as z from 'zod/mini';
import { type Dataset, ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from '../model/dataset';

/** One CSV column: its dotted header and where its value sits in a record. */
export interface CsvColumn {
  /** Dotted header, e.g. `amount.currency`, `source.provider`. */
  name: string;
  /** Property path in the record. */
  path: readonly string[];
  /** True when the cell holds JSON text (arrays and records such as `contacts`, `custom`). */
  json: boolean;
}

/** Options of {@link datasetToCsv}. */
export interface CsvOptions {
  /** Line ending; default `\n` (pass `\r\n` for strict RFC 4180 consumers). */
  newline?: '\n' | '\r\n';
  /**
   * Prefix cells starting with `=`, `+`, `-`, `@`, tab or CR with `'` so spreadsheets do not
   * run them as formulas. Off by default: it changes values, so files stop round-tripping.
   */
  escapeFormulae?: boolean;
}

type Schema = z.core.$ZodType;
type Wrapper = z.core.$ZodDefault | z.core.$ZodNullable | z.core.$ZodOptional;

// By the def's type rather than `instanceof`: a runtime import of zod's core namespace
// would put all of zod (every locale included) in a CSV user's bundle.
function unwrap(schema: Schema): Schema {
  let current = schema;
  while (['default', 'nullable', 'optional'].includes(current._zod.def.type))
    current = (current as Wrapper)._zod.def.innerType;
  return current;
}

function collect(schema: z.core.$ZodObject, prefix: readonly string[], out: CsvColumn[]): void {
  for (const [key, field] of Object.entries(schema._zod.def.shape)) {
    const path = [...prefix, key];
    const inner = unwrap(field);
    const type = inner._zod.def.type;
    if (type === 'object') collect(inner as z.core.$ZodObject, path, out);
    else {
      const json = type === 'array' || type === 'record';
      out.push({ name: path.join('.'), path, json });
    }
  }
}

const COLUMNS = new Map<EntityName, readonly CsvColumn[]>();

/**
 * The columns of an entity's CSV, in schema order, derived from its zod schema: nested
 * objects are flattened with dotted names (`amount.amount`, `source.provider`, even when the
 * object is nullable); arrays and records (`contacts`, `personIds`, `stageDates`, `custom`,
 * `stages`, `emails`, `teams`) are one cell of JSON text.
 */
export function csvColumns(entity: EntityName): readonly CsvColumn[] {
  let columns = COLUMNS.get(entity);
  if (columns === undefined) {
    const out: CsvColumn[] = [];
    collect(ENTITY_SCHEMAS[entity], [], out);
    columns = Object.freeze(out);
    COLUMNS.set(entity, columns);
  }
  return columns;
}

function cell(record: unknown, column: CsvColumn): string {
  let value: unknown = record;
  for (const key of column.path) {
    if (value === null || value === undefined) break;
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null || value === undefined) return '';
  if (column.json) return JSON.stringify(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** One entity's records as CSV text: a header row, then one row per record. */
export function entityToCsv(
  entity: EntityName,
  records: readonly unknown[],
  options: CsvOptions = {},
): string {
  const columns = csvColumns(entity);
  const newline = options.newline ?? '\n';
  const rows = records.map((r) => columns.map((c) => cell(r, c)));
  const text = Papa.unparse(
    { fields: columns.map((c) => c.name), data: rows },
    { newline, escapeFormulae: options.escapeFormulae ?? false, header: true },
  );
  // papaparse ends a header-only file with the newline but not the last row of a full one.
  return text.endsWith(newline) ? text : text + newline;
}

/**
 * Writes a dataset as one CSV per entity (`users`, `accounts`, `people`, …), the format the
 * CSV adapter reads and the docs ship. Cells: `null` is an empty cell; strings as they are,
 * quoted and with doubled quotes when they hold commas, quotes or line breaks (papaparse);
 * numbers and booleans as `String(value)`; arrays and records as JSON text; nested objects
 * flattened into dotted columns (see {@link csvColumns}). Every row, the last included, ends
 * with the newline. Empty entities still get their header row.
 */
export function datasetToCsv(
  dataset: Dataset,
  options: CsvOptions = {},
): Record<EntityName, string> {
  const out = {} as Record<EntityName, string>;
  for (const entity of ENTITY_NAMES) out[entity] = entityToCsv(entity, dataset[entity], options);
  return out;
}
