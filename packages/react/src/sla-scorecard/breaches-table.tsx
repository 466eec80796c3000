import type { Breach } from '@closedloop/core';
import { type CSSProperties, type ReactNode, useMemo, useState } from 'react';
import { color, type Formatters, font, MINUTE, tableHead, tabular } from '../kit';
import {
  type BreachSort,
  type BreachSortKey,
  breachesByOwner,
  sortBreaches,
  WORST_FIRST,
} from './breach-sort';
import type { SlaScorecardLabels } from './sla-scorecard-labels';

/** Rows shown before "Show all". */
export const TOP_BREACHES = 5;

const styles = {
  title: { margin: '24px 0 8px', fontSize: font.label, fontWeight: 600 },
  scroll: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: font.label },
  head: tableHead,
  sort: {
    font: 'inherit',
    color: 'inherit',
    background: 'none',
    border: 0,
    padding: 0,
    cursor: 'pointer',
    fontWeight: 600,
  },
  cell: {
    padding: '6px 12px 6px 0',
    borderBottom: `1px solid ${color.grid}`,
    verticalAlign: 'top',
  },
  link: {
    font: 'inherit',
    color: color.text,
    background: 'none',
    border: 0,
    padding: 0,
    cursor: 'pointer',
    textAlign: 'start',
    textDecoration: 'underline',
    textDecorationColor: color.grid,
    textUnderlineOffset: 3,
    overflowWrap: 'anywhere',
  },
  late: { ...tabular, textAlign: 'end', whiteSpace: 'nowrap', fontWeight: 600 },
  running: { color: color.muted, fontWeight: 400, fontSize: font.tick },
  detail: { display: 'block', marginTop: 2, color: color.muted, fontSize: font.tick },
  more: {
    font: 'inherit',
    fontSize: font.label,
    color: color.muted,
    background: 'none',
    border: 0,
    padding: '8px 0 0',
    cursor: 'pointer',
  },
  none: { margin: 0, color: color.muted, fontSize: font.label },
} satisfies Record<string, CSSProperties>;

/** Props of `BreachesTable`. */
export interface BreachesTableProps {
  breaches: readonly Breach[];
  labels: SlaScorecardLabels;
  fmt: Formatters;
  timeZone: string;
  /** The record's name in the lead column; default its lead id, else person id. */
  recordLabel: (breach: Breach) => string;
  /** Opens one breach (lead cell) or every breach of an owner (owner cell). */
  onBreach?: (breach: Breach) => void;
  onOwner?: (ownerId: string | null, breaches: Breach[]) => void;
  /**
   * Narrow layout: the breach and its clock start go under the lead as a second line, so
   * lead, owner and how late fit a phone-width card without scrolling.
   */
  compact?: boolean;
}

/**
 * The breaches list: who, when, how late (business time past the deadline; "still
 * running" when no touch came), worst first, sortable by each column (`aria-sort`), the
 * worst five then "Show all". The lead and owner cells are buttons when the app listens.
 */
export function BreachesTable({
  breaches,
  labels,
  fmt,
  timeZone,
  recordLabel,
  onBreach,
  onOwner,
  compact = false,
}: BreachesTableProps): ReactNode {
  const [sort, setSort] = useState<BreachSort>(WORST_FIRST);
  const [all, setAll] = useState(false);
  const sorted = useMemo(() => sortBreaches(breaches, sort), [breaches, sort]);
  const byOwner = useMemo(() => breachesByOwner(breaches), [breaches]);
  const when = useMemo(
    () =>
      new Intl.DateTimeFormat(fmt.locale, {
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
      }),
    [fmt.locale, timeZone],
  );
  const shown = all ? sorted : sorted.slice(0, TOP_BREACHES);
  const header = (key: BreachSortKey, text: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        aria-sort={active ? sort.direction : 'none'}
        style={{
          ...styles.head,
          textAlign: numeric ? 'end' : 'start',
          // A narrow card gives the width to the lead, not to a long header.
          whiteSpace: compact ? 'normal' : 'nowrap',
        }}
      >
        <button
          type="button"
          style={styles.sort}
          onClick={() =>
            setSort({
              key,
              direction: active && sort.direction === 'descending' ? 'ascending' : 'descending',
            })
          }
        >
          {text}
          <span aria-hidden="true">
            {active ? (sort.direction === 'descending' ? ' ↓' : ' ↑') : ''}
          </span>
        </button>
      </th>
    );
  };
  return (
    <div>
      <p style={styles.title}>{labels.breachesTitle(fmt.countFull(breaches.length))}</p>
      {breaches.length === 0 ? (
        <p style={styles.none}>{labels.noBreaches}</p>
      ) : (
        <>
          <div style={styles.scroll}>
            <table style={styles.table}>
              <thead>
                <tr>
                  <th scope="col" style={styles.head}>
                    {labels.lead}
                  </th>
                  {header('owner', labels.owner)}
                  {compact ? null : header('kind', labels.kind)}
                  {compact ? null : header('clockStartedAt', labels.started)}
                  {header('overdue', labels.late, true)}
                </tr>
              </thead>
              <tbody>
                {shown.map((breach) => {
                  const owner = breach.ownerName ?? breach.ownerId ?? labels.noOwner;
                  const theirs = byOwner.get(breach.ownerId ?? '') ?? [];
                  const started = when.format(Date.parse(breach.clockStartedAt));
                  return (
                    <tr key={`${breach.kind}:${breach.episodeId}`}>
                      <th
                        scope="row"
                        style={{ ...styles.cell, textAlign: 'start', fontWeight: 400 }}
                      >
                        {onBreach ? (
                          <button
                            type="button"
                            style={styles.link}
                            onClick={() => onBreach(breach)}
                          >
                            {recordLabel(breach)}
                          </button>
                        ) : (
                          recordLabel(breach)
                        )}
                        {compact ? (
                          <>
                            <span style={styles.detail}>{labels.breachKinds[breach.kind]}</span>
                            <span style={{ ...styles.detail, ...tabular }}>{started}</span>
                          </>
                        ) : null}
                      </th>
                      <td style={styles.cell}>
                        {onOwner ? (
                          <button
                            type="button"
                            style={styles.link}
                            aria-label={labels.ownerBreaches(owner, fmt.countFull(theirs.length))}
                            onClick={() => onOwner(breach.ownerId, theirs)}
                          >
                            {owner}
                          </button>
                        ) : (
                          owner
                        )}
                      </td>
                      {compact ? null : (
                        <>
                          <td style={styles.cell}>{labels.breachKinds[breach.kind]}</td>
                          <td style={{ ...styles.cell, ...tabular, whiteSpace: 'nowrap' }}>
                            {started}
                          </td>
                        </>
                      )}
                      <td style={{ ...styles.cell, ...styles.late }}>
                        {fmt.durationFull(breach.overdueBusinessMinutes * MINUTE)}
                        {breach.running ? (
                          <>
                            <br />
                            <span style={styles.running}>{labels.running}</span>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {breaches.length > TOP_BREACHES ? (
            <button
              type="button"
              style={styles.more}
              aria-expanded={all}
              onClick={() => setAll(!all)}
            >
              {all ? labels.showFewer : labels.showAll(fmt.countFull(breaches.length))}
            </button>
          ) : null}
        </>
      )}
    </div>
  );
}
