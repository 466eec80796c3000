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
