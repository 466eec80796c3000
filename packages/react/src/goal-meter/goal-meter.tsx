import type { GoalProgress } from '@closedloop/core';
import { scaleLinear } from 'd3-scale';
import { type CSSProperties, type ReactNode, useId } from 'react';
import {
  defaultGoalMeterLabels,
  formatGoalValue,
  type GoalMeterFacts,
  type GoalMeterLabels,
  type GoalValueFormatter,
  goalMeterFacts,
} from './goal-meter-text';

/** Which state a widget shows: the data, or a loading, empty or error message. */
export type GoalMeterStatus = 'ready' | 'loading' | 'empty' | 'error';

/** Props of `GoalMeter`. */
export interface GoalMeterProps {
  /** The goal's progress from `goalProgress` in `@closedloop/core`; without it the meter shows the empty state. */
  progress?: GoalProgress;
  /** Accessible name and visible heading of the meter (long titles wrap). */
  title: string;
  /** Accessible description, shown under the title. */
  description?: string;
  /** BCP 47 locale for numbers, currencies and dates; default `en-US`. */
  locale?: string;
  /** Formats a value (a decimal string); default `Intl.NumberFormat` in the goal's currency. */
  formatValue?: GoalValueFormatter;
  /** What to show: the data (`ready`, default), or a loading, empty or error message. */
  status?: GoalMeterStatus;
  /** The message of the error state; default `labels.error`. */
  errorMessage?: string;
  /** Words to override, e.g. for translation; defaults are English. */
  labels?: Partial<GoalMeterLabels>;
  /** Class name for the outer element. */
  className?: string;
}

const VIEW_WIDTH = 300;
const VIEW_HEIGHT = 24;

// Theme colours with fallbacks. SVG marks take them through `style`, not presentation
// attributes, because var() is CSS syntax.
const color = {
  text: 'var(--cl-color-text, #111827)',
  muted: 'var(--cl-color-text-muted, var(--cl-color-muted, #4b5563))',
  track: 'var(--cl-color-track, var(--cl-color-muted, #e5e7eb))',
  accent: 'var(--cl-color-accent, #2563eb)',
};

const styles = {
  root: {
    fontFamily: 'var(--cl-font-family, system-ui, sans-serif)',
    color: color.text,
    minWidth: 0,
  },
  title: { margin: 0, fontWeight: 600, fontSize: '1rem', overflowWrap: 'anywhere' },
  description: { margin: '0.25rem 0 0', color: color.muted, fontSize: '0.875rem' },
  meter: { margin: '0.5rem 0' },
  svg: { display: 'block', overflow: 'visible' },
  summary: { margin: 0, fontSize: '0.875rem', overflowWrap: 'anywhere' },
  percent: { fontSize: '1.25rem', fontWeight: 600, marginInlineEnd: '0.5rem' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '0.25rem 1rem',
    margin: '0.5rem 0 0',
    fontSize: '0.8125rem',
    color: color.muted,
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: '0.25rem' },
  swatch: { display: 'inline-block', width: '0.75rem', height: '0.5rem', background: color.accent },
  dd: { margin: 0, color: color.text },
  details: { marginTop: '0.5rem', fontSize: '0.8125rem' },
  table: { borderCollapse: 'collapse', marginTop: '0.25rem' },
  caption: { textAlign: 'start', fontWeight: 600 },
  cell: { textAlign: 'start', padding: '0.125rem 1rem 0.125rem 0' },
  state: { margin: '0.5rem 0 0', color: color.muted, fontSize: '0.875rem' },
} satisfies Record<string, CSSProperties>;

function markerSwatch(dashed: boolean): CSSProperties {
  return {
    display: 'inline-block',
    width: 0,
    height: '0.75rem',
    borderInlineStart: `${dashed ? 2 : 3}px ${dashed ? 'dashed' : 'solid'} ${color.text}`,
  };
}

/**
 * A horizontal bullet meter for one goal: the actual bar, the expected-to-date marker
 * (dashed) and the target marker (solid), with the same facts as text, as `aria-valuetext`
 * and in a data table. Pure SVG, no measuring: it fills its container's width and renders
 * on the server. Colours come from CSS custom properties (`--cl-color-accent`,
 * `--cl-color-track`, `--cl-color-text`, `--cl-color-text-muted`, `--cl-font-family`).
 */
export function GoalMeter({
  progress,
  title,
  description,
  locale = 'en-US',
  formatValue = formatGoalValue,
  status = 'ready',
  errorMessage,
  labels: labelOverrides,
  className,
}: GoalMeterProps): ReactNode {
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const labels = { ...defaultGoalMeterLabels, ...labelOverrides };
  const shown: GoalMeterStatus = status === 'ready' && progress === undefined ? 'empty' : status;

  return (
    <div
      aria-busy={shown === 'loading' || undefined}
      data-status={shown}
      className={className}
      style={styles.root}
    >
      <p id={titleId} style={styles.title}>
        {title}
      </p>
      {description ? (
        <p id={descriptionId} style={styles.description}>
          {description}
        </p>
      ) : null}
      {shown === 'ready' && progress ? (
        <MeterBody
          title={title}
          progress={progress}
          facts={goalMeterFacts(progress, locale, formatValue)}
          labels={labels}
          titleId={titleId}
          descriptionId={description ? descriptionId : undefined}
        />
      ) : (
        <p role="status" style={styles.state}>
          {shown === 'loading'
            ? labels.loading
            : shown === 'error'
              ? (errorMessage ?? labels.error)
              : labels.empty}
        </p>
      )}
    </div>
  );
}

interface MeterBodyProps {
  title: string;
  progress: GoalProgress;
  facts: GoalMeterFacts;
  labels: GoalMeterLabels;
  titleId: string;
  descriptionId: string | undefined;
}

function MeterBody({ title, progress, facts, labels, titleId, descriptionId }: MeterBodyProps) {
  const actual = Number(progress.actual);
  const target = Number(progress.target);
  const expected = Number(progress.expectedToDate);
  // The scale reaches past the target when the actual overshoots it.
  const max = Math.max(target, actual, expected);
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, VIEW_WIDTH]);
  const markerX = (value: number) => Math.min(Math.max(x(value), 1), VIEW_WIDTH - 1);
  const expectedLabel = labels.expectedBy(facts.asOfDate);
  const notCounted = progress.quality.reduce((sum, finding) => sum + finding.count, 0);
  const rows: [string, string][] = [
    [labels.actual, facts.actual],
    [expectedLabel, facts.expected],
    [labels.target, facts.target],
  ];

  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot hold the bullet SVG (its content is only a fallback) */}
      <div
        role="meter"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={actual}
        aria-valuetext={labels.valueText(facts)}
        style={styles.meter}
      >
        <svg
          aria-hidden="true"
          focusable="false"
          width="100%"
          height={VIEW_HEIGHT}
          viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
          preserveAspectRatio="none"
          style={styles.svg}
        >
          <rect
            x={0}
            y={2}
            width={VIEW_WIDTH}
            height={VIEW_HEIGHT - 4}
            style={{ fill: color.track }}
          />
          <rect
            x={0}
            y={7}
            width={x(actual)}
            height={VIEW_HEIGHT - 14}
            style={{ fill: color.accent }}
          />
          <line
            x1={markerX(expected)}
            x2={markerX(expected)}
            y1={0}
            y2={VIEW_HEIGHT}
            style={{ stroke: color.text }}
            strokeWidth={2}
            strokeDasharray="3 2"
            vectorEffect="non-scaling-stroke"
          />
          <line
            x1={markerX(target)}
            x2={markerX(target)}
            y1={0}
            y2={VIEW_HEIGHT}
            style={{ stroke: color.text }}
            strokeWidth={3}
            vectorEffect="non-scaling-stroke"
          />
        </svg>
      </div>
      <p style={styles.summary}>
        {facts.percent === null ? null : <span style={styles.percent}>{facts.percent}</span>}
        <span>{labels.summary(facts)}</span>
      </p>
      <dl style={styles.legend}>
        {rows.map(([name, value], index) => (
          <div key={name} style={styles.legendItem}>
            <dt style={styles.legendItem}>
              <span
                aria-hidden="true"
                style={index === 0 ? styles.swatch : markerSwatch(index === 1)}
              />
              {name}
            </dt>
            <dd style={styles.dd}>{value}</dd>
          </div>
        ))}
      </dl>
      {notCounted > 0 ? <p style={styles.state}>{labels.notCounted(notCounted)}</p> : null}
      <details style={styles.details}>
        <summary>{labels.showData}</summary>
        <table style={styles.table}>
          <caption style={styles.caption}>{title}</caption>
          <thead>
            <tr>
              <th scope="col" style={styles.cell}>
                {labels.measure}
              </th>
              <th scope="col" style={styles.cell}>
                {labels.value}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, value]) => (
              <tr key={name}>
                <th scope="row" style={styles.cell}>
                  {name}
                </th>
                <td style={styles.cell}>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
