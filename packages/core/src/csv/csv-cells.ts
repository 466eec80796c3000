import type * as z from 'zod/mini';
import { ENTITY_SCHEMAS, type EntityName } from '../model/dataset';
import { type CsvColumn, csvColumns } from './write-csv';

/** How a column's cells are read. */
export type CellKind =
  | { readonly type: 'string' | 'number' | 'boolean' | 'json' }
  | { readonly type: 'enum'; readonly options: readonly string[] };

/** A column of an entity, how its cells read, and what an empty cell means. */
export interface ColumnReader {
  readonly column: CsvColumn;
  readonly kind: CellKind;
  /** Depths of the path whose object is nullable (all-empty cells make it null). */
  readonly nullableAt: readonly number[];
  /**
   * An empty cell is null when the field is nullable, and left out (so the schema's default
   * applies: `[]` for `emails`, `{}` for `stageDates`) when it has a default and is not.
   */
  readonly empty: 'null' | 'default';
}

type Schema = z.core.$ZodType;
type Wrapper = z.core.$ZodDefault | z.core.$ZodNullable | z.core.$ZodOptional;

// By the def's type rather than `instanceof`: a runtime import of zod's core namespace
// would put all of zod (every locale included) in a CSV user's bundle.
const isWrapper = (schema: Schema): schema is Wrapper =>
  ['default', 'nullable', 'optional'].includes(schema._zod.def.type);

function unwrap(schema: Schema): Schema {
  let current = schema;
  while (isWrapper(current)) current = current._zod.def.innerType;
  return current;
}

function wrappers(schema: Schema): { nullable: boolean; defaulted: boolean } {
  let current = schema;
  let nullable = false;
  let defaulted = false;
  while (isWrapper(current)) {
    if (current._zod.def.type === 'nullable') nullable = true;
    else defaulted = true;
    current = current._zod.def.innerType;
  }
  return { nullable, defaulted };
}

function readerOf(entity: EntityName, column: CsvColumn): ColumnReader {
  let schema: Schema = ENTITY_SCHEMAS[entity];
  const nullableAt: number[] = [];
  column.path.forEach((key, depth) => {
    const object = unwrap(schema) as z.core.$ZodObject;
    schema = object._zod.def.shape[key] as Schema;
    if (depth < column.path.length - 1 && wrappers(schema).nullable) nullableAt.push(depth);
  });
  const { nullable, defaulted } = wrappers(schema);
  const empty = !nullable && defaulted ? 'default' : 'null';
  if (column.json) return { column, kind: { type: 'json' }, nullableAt, empty };
  const leaf = unwrap(schema)._zod.def;
  const kind: CellKind =
    leaf.type === 'number'
      ? { type: 'number' }
      : leaf.type === 'boolean'
        ? { type: 'boolean' }
        : leaf.type === 'enum'
          ? {
              type: 'enum',
              options: Object.values((leaf as z.core.$ZodEnumDef).entries).map(String),
            }
          : { type: 'string' };
  return { column, kind, nullableAt, empty };
}

const READERS = new Map<EntityName, ColumnReader[]>();

/** The column readers of an entity, in `csvColumns` order. */
export function columnReaders(entity: EntityName): readonly ColumnReader[] {
  let readers = READERS.get(entity);
  if (!readers) {
    readers = csvColumns(entity).map((column) => readerOf(entity, column));
    READERS.set(entity, readers);
  }
  return readers;
}

/** Spellings CRM exports use for a value, by the normalized spelling. */
const SYNONYMS: Readonly<Record<string, string>> = {
  closed_won: 'won',
  closedwon: 'won',
  closed_lost: 'lost',
  closedlost: 'lost',
};

function edits(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * An enum cell: the value itself, else its case- and separator-insensitive spelling
 * (`Paid Search` → `paid_search`, `Closed Won` → `won`); otherwise an error that lists the
 * values and names the closest one.
 */
export function enumValue(
  raw: string,
  options: readonly string[],
): { value: string } | { error: string } {
  if (options.includes(raw)) return { value: raw };
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s\-/]+/g, '_');
  const synonym = SYNONYMS[key];
  for (const candidate of [key, synonym, key.replace(/_/g, '')])
    if (candidate !== undefined && options.includes(candidate)) return { value: candidate };
  const closest = [...options].sort((a, b) => edits(key, a) - edits(key, b))[0];
  const hint =
    closest !== undefined && edits(key, closest) <= Math.max(2, closest.length / 3)
      ? ` (did you mean "${closest}"?)`
      : '';
  return { error: `"${raw}" is not one of ${options.join(', ')}${hint}` };
}

/** A cell's value by its column's kind; `undefined` leaves the field out (schema default). */
export function cellValue(
  raw: string,
  reader: ColumnReader,
): { value: unknown } | { error: string } {
  if (raw === '') return { value: reader.empty === 'default' ? undefined : null };
  const { kind } = reader;
  switch (kind.type) {
    case 'string':
      return { value: raw };
    case 'enum':
      return enumValue(raw, kind.options);
    case 'number': {
      const number = Number(raw);
      return raw.trim() !== '' && Number.isFinite(number)
        ? { value: number }
        : { error: `"${raw}" is not a number` };
    }
    case 'boolean': {
      const lower = raw.trim().toLowerCase();
      if (lower === 'true' || lower === 'false') return { value: lower === 'true' };
      return { error: `"${raw}" is not true or false` };
    }
    case 'json':
      try {
        return { value: JSON.parse(raw) };
      } catch {
        return { error: 'is not valid JSON' };
      }
  }
}
