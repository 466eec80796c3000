import type { ReactNode } from 'react';

/** One widget's card on the dashboard: a labelled region the tests and screen readers find. */
export function Region({
  id,
  title,
  description,
  wide = false,
  children,
}: {
  /** Stable name of the region (`data-region`), e.g. `handoff-flow`. */
  id: string;
  title: string;
  description?: string;
  wide?: boolean;
  children: ReactNode;
}): ReactNode {
  const headingId = `region-${id}`;
  return (
    <section
      className={wide ? 'cl-dash-card cl-dash-wide' : 'cl-dash-card'}
      aria-labelledby={headingId}
      data-region={id}
    >
      <h2 id={headingId} className="cl-dash-card-title">
        {title}
      </h2>
      {description ? <p className="cl-dash-card-description">{description}</p> : null}
      {children}
    </section>
  );
}

/**
 * Stands in for a widget that has not been released yet: says so plainly, and shows the
 * numbers the widget will draw as a table, so the region is still useful and testable.
 */
export function Placeholder({
  widget,
  issue,
  caption,
  columns,
  rows,
  onSelectRow,
}: {
  widget: string;
  issue: number;
  caption: string;
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
  /** Makes each row a button: selecting it filters or opens the other widgets. */
  onSelectRow?: (key: string) => void;
}): ReactNode {
  return (
    // Focusable so the keyboard reaches (and can scroll) the table of a widget not yet drawn.
    <section
      className="cl-dash-placeholder"
      data-placeholder={widget}
      aria-label={`${widget} (not released yet): ${caption}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
      tabIndex={0}
    >
      <p className="cl-dash-placeholder-note">
        <strong>{widget}</strong> is not released yet (issue {issue}); until it lands, this region
        shows its numbers as a table.
      </p>
      <table className="cl-dash-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c} scope="col" className={i === 0 ? undefined : 'cl-dash-num'}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={`${row.key}-0`} scope="row">
                    {onSelectRow ? (
                      <button
                        type="button"
                        className="cl-dash-link"
                        onClick={() => onSelectRow(row.key)}
                      >
                        {cell}
                      </button>
                    ) : (
                      cell
                    )}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row are positional
                  <td key={`${row.key}-${i}`} className="cl-dash-num">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
