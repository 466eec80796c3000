import type * as z from 'zod';
import type { CsvReadResult, CsvRowRejection } from '../../csv/read-csv';
import { parseCsvRows } from '../../csv/read-csv';
import { ENTITY_SCHEMAS, type EntityName } from '../../model/dataset';
import type { Provider } from '../../model/primitives';

/** A cell by its header. */
export type CsvRow = Readonly<Record<string, string>>;

/** Where a field's value comes from: a column (empty cell = null), or a function of the row. */
export type CsvFieldSource = string | ((row: CsvRow) => unknown);

/**
 * How one CRM export file becomes records of one entity: which column holds the CRM's id,
 * and where each model field (a dotted path as in `datasetToCsv` headers, e.g.
 * `amount.amount`) comes from. Fields not listed take the model's defaults.
 */
export interface CsvExportMapping {
  /** Names the mapping in rejections, e.g. `hubspot-contacts`. */
  readonly name: string;
  readonly entity: EntityName;
  /** Recorded in `source.provider` and the id prefix. */
  readonly provider: Provider;
  /** Recorded in `source.objectType` and the id, e.g. `contacts`, `Lead`. */
  readonly objectType: string;
  /** The column with the CRM's record id. */
  readonly idColumn: string;
  readonly fields: Readonly<Record<string, CsvFieldSource>>;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1) as string] = value;
}

/**
 * Reads a CRM export with a mapping: one record per row, id `${provider}:${objectType}:${id}`.
 * A row without an id, with a failing transform, or whose record fails the entity's schema
 * is rejected with its line, the source column and the reason.
 */
export function mapCsvExport(mapping: CsvExportMapping, text: string): CsvReadResult {
  const { headers, rows, rejected } = parseCsvRows(mapping.name, text);
  const missing = [mapping.idColumn, ...Object.values(mapping.fields)].filter(
    (source): source is string => typeof source === 'string' && !headers.includes(source),
  );
  if (missing.length > 0 && rows.length > 0) {
    const reason = `the file has no column ${missing.map((name) => `"${name}"`).join(', ')}`;
    return {
      records: [],
      rows: [],
      rejected: [
        ...rejected,
        ...rows.map(({ line, cells }) => ({
          file: mapping.name,
          row: line,
          column: missing[0] ?? null,
          reason,
          cells,
        })),
      ].sort((a, b) => a.row - b.row),
      counts: {
        rows: rows.length + rejected.length,
        kept: 0,
        rejected: rows.length + rejected.length,
      },
    };
  }
  const schema = ENTITY_SCHEMAS[mapping.entity] as unknown as z.ZodType;
  const records: Record<string, unknown>[] = [];
  const lines: number[] = [];
  for (const { line, cells } of rows) {
    const reject = (column: string | null, reason: string) =>
      rejected.push({
        file: mapping.name,
        row: line,
        column,
        reason,
        cells,
      } satisfies CsvRowRejection);
    const remoteId = cells[mapping.idColumn]?.trim() ?? '';
    if (remoteId === '') {
      reject(mapping.idColumn, `${mapping.idColumn} is empty`);
      continue;
    }
    const record: Record<string, unknown> = {
      id: `${mapping.provider}:${mapping.objectType}:${remoteId}`,
      source: { provider: mapping.provider, objectType: mapping.objectType, remoteId },
    };
    let failed = false;
    for (const [path, source] of Object.entries(mapping.fields)) {
      try {
        const value =
          typeof source === 'string'
            ? cells[source] === ''
              ? null
              : cells[source]
            : source(cells);
        if (value !== undefined) setPath(record, path.split('.'), value);
      } catch (error) {
        reject(typeof source === 'string' ? source : path, `${path}: ${(error as Error).message}`);
        failed = true;
        break;
      }
    }
    if (failed) continue;
    const checked = schema.safeParse(record);
    if (!checked.success) {
      const issue = checked.error.issues[0] as z.core.$ZodIssue;
      const path = issue.path.map(String).join('.');
      const source = mapping.fields[path];
      reject(
        typeof source === 'string' ? source : path || null,
        `${path || 'record'}: ${issue.message}`,
      );
      continue;
    }
    records.push(record);
    lines.push(line);
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
