/** A cell position: grid row and leaf column (a spanning cell covers several columns). */
export interface CellPosition {
  row: number;
  col: number;
}

/** The cells of one grid row as [start, end) column spans, left to right. */
export type RowSpans = ReadonlyArray<readonly [number, number]>;

/** The span of `row` covering column `col` (the last one when `col` is past the end). */
export function spanAt(spans: RowSpans, col: number): readonly [number, number] {
  for (const span of spans) if (col >= span[0] && col < span[1]) return span;
  return spans[spans.length - 1] ?? [0, 1];
}

/**
 * Where focus goes on a key in a grid, by the WAI-ARIA grid pattern: arrows move one cell
 * (a spanning header cell is one stop), Home/End go to the row's first/last cell and with
 * Ctrl to the grid's first/last cell, PageUp/PageDown move `page` rows. Returns null for
 * keys the grid does not handle. In right-to-left layouts the horizontal arrows swap.
 */
export function moveFocus(
  key: string,
  at: CellPosition,
  rows: number,
  spansOf: (row: number) => RowSpans,
  options: { ctrl?: boolean; page?: number; rtl?: boolean } = {},
): CellPosition | null {
  const { ctrl = false, page = 10, rtl = false } = options;
  const clampRow = (row: number) => Math.max(0, Math.min(rows - 1, row));
  const lastCol = (row: number) => spansOf(row).at(-1)?.[0] ?? 0;
  const span = spanAt(spansOf(at.row), at.col);
  const horizontal = rtl
    ? { ArrowLeft: 'next', ArrowRight: 'prev' }
    : { ArrowLeft: 'prev', ArrowRight: 'next' };
  const direction = horizontal[key as 'ArrowLeft' | 'ArrowRight'];
  if (direction === 'next') {
    const spans = spansOf(at.row);
    return span[1] < (spans.at(-1)?.[1] ?? 0) ? { row: at.row, col: span[1] } : at;
  }
  if (direction === 'prev') {
    return span[0] > 0 ? { row: at.row, col: spanAt(spansOf(at.row), span[0] - 1)[0] } : at;
  }
  const vertical = (row: number): CellPosition => {
    const target = clampRow(row);
    return { row: target, col: spanAt(spansOf(target), at.col)[0] };
  };
  switch (key) {
    case 'ArrowDown':
      return vertical(at.row + 1);
    case 'ArrowUp':
      return vertical(at.row - 1);
    case 'PageDown':
      return vertical(at.row + page);
    case 'PageUp':
      return vertical(at.row - page);
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrl
        ? { row: rows - 1, col: lastCol(rows - 1) }
        : { row: at.row, col: lastCol(at.row) };
    default:
      return null;
  }
}
