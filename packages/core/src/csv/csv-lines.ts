import Papa from 'papaparse';

/** A fault of a CSV row: the column at fault (null for the whole row) and why. */
export interface CsvFault {
  readonly column: string | null;
  readonly reason: string;
}

/** A row of a CSV file that could not become a record, and why. */
export interface CsvRowRejection {
  /** The file's entity (or the mapping's name for vendor exports). */
  readonly file: string;
  /**
   * 1-based line of the file where the row starts (the header is line 1), counting the line
   * breaks inside quoted cells above it, so it is the line a text editor shows.
   */
  readonly row: number;
  /** The column of the first fault, or null for the whole row (e.g. a wrong number of cells). */
  readonly column: string | null;
  /** Every fault of the row, joined with `; `. */
  readonly reason: string;
  /** Every fault of the row, in column order. */
  readonly faults: readonly CsvFault[];
  /** The row's cells by header, for showing the user. */
  readonly cells: Readonly<Record<string, string>>;
}

/** Builds a rejection from a row's faults (never empty). */
export function rowRejection(
  file: string,
  row: number,
  faults: readonly CsvFault[],
  cells: Readonly<Record<string, string>>,
): CsvRowRejection {
  return {
    file,
    row,
    column: faults[0]?.column ?? null,
    reason: faults.map((fault) => fault.reason).join('; '),
    faults,
    cells,
  };
}

/** A parsed row: the file line it starts on and its cells by header. */
export interface CsvLine {
  readonly line: number;
  readonly cells: Record<string, string>;
}

/**
 * Parsed rows with the file line each starts on; papaparse errors and wrong cell counts
 * become whole-row rejections. Lines are counted in the text (quoted cells may hold line
 * breaks, blank lines are skipped), not derived from the row's position.
 */
export function parseCsvRows(
  file: string,
  text: string,
): { headers: string[]; rows: CsvLine[]; rejected: CsvRowRejection[] } {
  let headers: string[] | null = null;
  const rows: CsvLine[] = [];
  const rejected: CsvRowRejection[] = [];
  let cursor = 0;
  let line = 1;
  const advance = (to: number) => {
    for (let index = cursor; index < to && index < text.length; index++)
      if (text.charCodeAt(index) === 10) line++;
    cursor = Math.max(cursor, to);
  };
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      // Skip the line breaks and blank lines between the previous row and this one.
      let start = cursor;
      while (start < text.length && /[\r\n \t]/.test(text[start] as string)) start++;
      advance(start);
      const startLine = line;
      advance(result.meta.cursor);
      const values = result.data;
      if (headers === null) {
        headers = values;
        return;
      }
      const cells = Object.fromEntries(headers.map((header, i) => [header, values[i] ?? '']));
      const error = result.errors[0]?.message;
      if (error || values.length !== headers.length) {
        const reason = error ?? `expected ${headers.length} cells, found ${values.length}`;
        rejected.push(rowRejection(file, startLine, [{ column: null, reason }], cells));
      } else rows.push({ line: startLine, cells });
    },
  });
  return { headers: headers ?? [], rows, rejected };
}

/**
 * Rejects every record whose id an earlier row of the file already used, naming both lines
 * (the first row is kept, as `parseDataset` keeps the first of a duplicated id).
 */
export function rejectDuplicateIds(
  file: string,
  read: { records: Record<string, unknown>[]; rows: number[]; cells: Record<string, string>[] },
  rejected: CsvRowRejection[],
  idColumn = 'id',
): void {
  const firstLine = new Map<string, number>();
  const records: Record<string, unknown>[] = [];
  const rows: number[] = [];
  const cells: Record<string, string>[] = [];
  read.records.forEach((record, index) => {
    const line = read.rows[index] as number;
    const id = record.id;
    const first = typeof id === 'string' ? firstLine.get(id) : undefined;
    if (first !== undefined) {
      const reason = `id "${String(id)}" is also on line ${first}, which is kept (line ${line} is a duplicate)`;
      rejected.push(
        rowRejection(file, line, [{ column: idColumn, reason }], read.cells[index] ?? {}),
      );
      return;
    }
    if (typeof id === 'string') firstLine.set(id, line);
    records.push(record);
    rows.push(line);
    cells.push(read.cells[index] ?? {});
  });
  read.records = records;
  read.rows = rows;
  read.cells = cells;
}
