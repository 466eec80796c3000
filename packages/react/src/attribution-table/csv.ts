/** A CSV cell: text, a number, or empty. */
export type CsvCell = string | number | null;

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell as RFC 4180 text. Numbers and plain decimal strings are written as they are (the
 * exact "1234.56" core gives); other text starting like a spreadsheet formula (`=`, `+`, `-`,
 * `@`, tab, CR) gets a leading `'` so a hostile campaign name cannot run in Excel or Sheets
 * (OWASP "CSV injection").
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  let text = cell;
  if (!PLAIN_NUMBER.test(text) && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text: comma separated, CRLF line ends (RFC 4180), no trailing line end. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
}
