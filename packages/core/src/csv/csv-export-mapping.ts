import type * as z from 'zod/mini';
import { ENTITY_SCHEMAS, type EntityName } from '../model/dataset';
import type { Provider } from '../model/primitives';
import { englishIssue } from '../options/english-issues';
import { type CsvFault, rejectDuplicateIds, rowRejection } from './csv-lines';
import { type CsvReadResult, parseCsvRows, readResult, schemaFaults } from './read-csv';

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
 * A row without an id, with failing transforms, or whose record fails the entity's schema is
 * rejected with its file line and every fault (the source column of each); a row repeating
 * an earlier row's id is rejected naming both lines.
 */
export function mapCsvExport(mapping: CsvExportMapping, text: string): CsvReadResult {
  const { headers, rows, rejected } = parseCsvRows(mapping.name, text);
  const missing = [mapping.idColumn, ...Object.values(mapping.fields)].filter(
    (source): source is string => typeof source === 'string' && !headers.includes(source),
  );
  const read = {
    records: [] as Record<string, unknown>[],
    rows: [] as number[],
    cells: [] as Record<string, string>[],
  };
  if (missing.length > 0 && rows.length > 0) {
    const reason = `the file has no column ${missing.map((name) => `"${name}"`).join(', ')}`;
    for (const { line, cells } of rows)
      rejected.push(
        rowRejection(mapping.name, line, [{ column: missing[0] ?? null, reason }], cells),
      );
    return readResult(read, rejected);
  }
  const schema: z.ZodMiniType = ENTITY_SCHEMAS[mapping.entity];
  for (const { line, cells } of rows) {
    const remoteId = cells[mapping.idColumn]?.trim() ?? '';
    const faults: CsvFault[] =
      remoteId === '' ? [{ column: mapping.idColumn, reason: `${mapping.idColumn} is empty` }] : [];
    const record: Record<string, unknown> = {
      id: `${mapping.provider}:${mapping.objectType}:${remoteId}`,
      source: { provider: mapping.provider, objectType: mapping.objectType, remoteId },
    };
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
        const column = typeof source === 'string' ? source : path;
        faults.push({ column, reason: `${path}: ${(error as Error).message}` });
      }
    }
    const checked = schema.safeParse(record, { error: englishIssue });
    if (!checked.success) {
      const reported = new Set(faults.map((fault) => fault.column));
      for (const fault of schemaFaults(checked.error)) {
        const source = fault.column === null ? undefined : mapping.fields[fault.column];
        const column = typeof source === 'string' ? source : fault.column;
        if (
          !reported.has(column) &&
          !(remoteId === '' && (fault.column === 'id' || fault.column === 'source.remoteId'))
        )
          faults.push({ column, reason: fault.reason });
      }
    }
    if (faults.length > 0) rejected.push(rowRejection(mapping.name, line, faults, cells));
    else {
      read.records.push(record);
      read.rows.push(line);
      read.cells.push(cells);
    }
  }
  rejectDuplicateIds(mapping.name, read, rejected, mapping.idColumn);
  return readResult(read, rejected);
}
