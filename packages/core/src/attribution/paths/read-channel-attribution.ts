import type { PathRow } from './types';

const HEADER = ['path', 'total_conversions', 'total_conversion_value', 'total_null'];

function count(text: string, line: number, column: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) {
    throw new SyntaxError(`line ${line}: ${column} must be a number ≥ 0, got "${text}"`);
  }
  return value;
}

/**
 * Reads the ChannelAttribution CSV format: a header
 * `path;total_conversions;total_conversion_value;total_null` (columns in any order), then one
 * row per path with its channels joined by `>` (spaces around channel names are trimmed).
 * Blank lines are skipped; a missing value or null column reads as 0. Rows with the same path
 * share one array and each channel name is one string, which keeps large exports small and
 * lets `attributePaths` encode each distinct path once.
 *
 * @throws {SyntaxError} naming the line for a missing `path` column or a bad number.
 */
export function readChannelAttributionCsv(text: string, separator = ';'): PathRow[] {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '')
    .replace(/^\uFEFF/, '')
    .split(separator)
    .map((h) => h.trim());
  const [path, conv, value, nulls] = HEADER.map((name) => header.indexOf(name));
  if (path === undefined || path < 0 || conv === undefined || conv < 0) {
    throw new SyntaxError(
      `line 1: the header needs ${HEADER.slice(0, 2).join(' and ')}; got "${lines[0] ?? ''}"`,
    );
  }
  const rows: PathRow[] = [];
  const paths = new Map<string, string[]>();
  const names = new Map<string, string>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const cells = line.split(separator);
    const text = cells[path] ?? '';
    let channels = paths.get(text);
    if (!channels) {
      channels = [];
      for (const cell of text.split('>')) {
        const name = cell.trim();
        if (name === '') continue;
        let shared = names.get(name);
        if (shared === undefined) {
          shared = name;
          names.set(name, name);
        }
        channels.push(shared);
      }
      paths.set(text, channels);
    }
    rows.push({
      path: channels,
      conversions: count(cells[conv] ?? '', i + 1, HEADER[1] as string),
      value:
        value === undefined || value < 0
          ? 0
          : count(cells[value] ?? '0', i + 1, HEADER[2] as string),
      nulls:
        nulls === undefined || nulls < 0
          ? 0
          : count(cells[nulls] ?? '0', i + 1, HEADER[3] as string),
    });
  }
  return rows;
}
