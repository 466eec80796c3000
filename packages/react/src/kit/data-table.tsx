import type { CSSProperties, ReactNode } from 'react';
import { color, font, tabular } from './tokens';

/** A column of a widget's data table. */
export interface DataColumn {
  key: string;
  header: string;
  /** End-aligned, tabular digits. */
  numeric?: boolean;
}

/** A row of a widget's data table; the first cell is the row header. */
export interface DataRow {
  key: string;
  cells: ReactNode[];
}

/** Props of `DataTable`. */
export interface DataTableProps {
  /** The table's caption (usually the widget title). */
  caption: string;
  columns: DataColumn[];
  rows: DataRow[];
  /** Text of the disclosure toggle, e.g. "Show data". */
  toggle: string;
  /** Open the table from the start. */
  open?: boolean;
}

const cell = {
  textAlign: 'start',
  padding: '4px 12px 4px 0',
  borderBottom: `1px solid ${color.grid}`,
  fontWeight: 400,
} satisfies CSSProperties;

/** A table's column header: muted, small and on one line, over a grid rule. */
export const tableHead = {
  textAlign: 'start',
  padding: '4px 12px 4px 0',
  color: color.muted,
  fontSize: font.tick,
  fontWeight: 600,
  borderBottom: `1px solid ${color.grid}`,
  whiteSpace: 'nowrap',
} satisfies CSSProperties;

const styles = {
  details: { marginTop: 8, fontSize: font.label, color: color.text },
  summary: { cursor: 'pointer', color: color.muted, width: 'fit-content' },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', marginTop: 4, minWidth: '100%' },
  caption: { textAlign: 'start', fontWeight: 600, padding: '4px 0' },
  head: tableHead,
  cell,
  // One line per figure ("1 hr 20 min" wrapped to three): the table scrolls instead.
  numericCell: { ...cell, ...tabular, textAlign: 'end', whiteSpace: 'nowrap' },
} satisfies Record<string, CSSProperties>;

/**
 * The "Show data" alternative every chart offers: a real `<table>` with the chart's facts
 * at full precision, in a `<details>` disclosure (open it with `open`).
 */
export function DataTable({ caption, columns, rows, toggle, open }: DataTableProps): ReactNode {
  return (
    <details style={styles.details} open={open}>
      <summary style={styles.summary}>{toggle}</summary>
      {/* A wide table scrolls sideways: the region is focusable so keyboard users can scroll it (axe scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex lint/a11y/useSemanticElements: a scrollable region (not a page section) must be reachable by keyboard */}
      <div role="region" aria-label={caption} tabIndex={0} style={styles.scroll}>
        <table style={styles.table}>
          <caption style={styles.caption}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  style={{ ...styles.head, textAlign: column.numeric ? 'end' : 'start' }}
                >
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) => {
                  const column = columns[index];
                  const style = column?.numeric ? styles.numericCell : styles.cell;
                  return index === 0 ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                    <th key={index} scope="row" style={style}>
                      {cell}
                    </th>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                    <td key={index} style={style}>
                      {cell}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
