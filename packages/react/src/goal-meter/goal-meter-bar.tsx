import type { CSSProperties, ReactNode } from 'react';
import { color, font, Legend, type Marks, tabular } from '../kit';
import {
  ContextLine,
  legendItems,
  type MeterContext,
  StatusRule,
  segmentColor,
  segmentName,
} from './goal-meter-parts';

const TRACK = 20;
const FILL = 10;
const MARKER = 28;

const styles = {
  headline: {
    margin: '0 0 8px',
    display: 'flex',
    alignItems: 'baseline',
    flexWrap: 'wrap',
    gap: '0 8px',
    fontSize: font.description,
  },
  percent: { ...tabular, fontSize: font.headline, fontWeight: 600 },
  plot: { position: 'relative', height: MARKER + 8, margin: '0 1px' },
  meter: { position: 'absolute', inset: 0 },
  track: {
    position: 'absolute',
    left: 0,
    right: 0,
    top: 8 + (MARKER - TRACK) / 2,
    height: TRACK,
    borderRadius: 2,
    background: color.track,
  },
  fill: {
    position: 'absolute',
    left: 0,
    top: 8 + (MARKER - FILL) / 2,
    height: FILL,
    display: 'flex',
    gap: 1,
  },
  legend: { marginTop: 8 },
} satisfies Record<string, CSSProperties>;

/** A vertical reference line across the track at `at` (0–1 of the scale). */
function Marker({
  at,
  kind,
}: {
  at: number;
  kind: 'expected' | 'target' | 'run-rate' | 'pipeline';
}) {
  const width = kind === 'target' ? 3 : 2;
  const style = kind === 'expected' ? 'dashed' : kind === 'target' ? 'solid' : 'dotted';
  const stroke = kind === 'pipeline' ? color.accent : color.text;
  const forecast = kind === 'run-rate' || kind === 'pipeline';
  return (
    <div
      data-marker={kind}
      data-at={at.toFixed(6)}
      style={{
        position: 'absolute',
        top: 8,
        height: MARKER,
        // Kept inside the plot so the stroke at 0% or 100% is not clipped.
        left: `clamp(0px, calc(${(at * 100).toFixed(4)}% - ${width / 2}px), calc(100% - ${width}px))`,
        width: 0,
        borderInlineStart: `${width}px ${style} ${stroke}`,
      }}
    >
      {forecast ? (
        // The forecast caret: filled for the pipeline forecast, hollow for the run rate.
        <svg
          aria-hidden="true"
          focusable="false"
          width={10}
          height={7}
          viewBox="0 0 10 7"
          style={{ position: 'absolute', top: -8, left: -5 - width / 2, overflow: 'visible' }}
        >
          <path
            d="M1 1h8L5 6z"
            style={{
              fill: kind === 'pipeline' ? stroke : color.surface,
              stroke,
            }}
            strokeWidth={1.5}
            strokeLinejoin="round"
          />
        </svg>
      ) : null}
    </div>
  );
}

/**
 * The bullet bar: 20px track, the actual at half height (split into team segments with
 * 1px gaps), expected dashed, target solid, forecasts dotted with a caret. HTML, not a
 * stretched SVG, so markers and carets keep their shape at any width.
 */
export function GoalMeterBar({
  context,
  marks,
  meterProps,
  focusRing,
}: {
  context: MeterContext;
  marks: Marks;
  meterProps: Record<string, unknown>;
  focusRing: (index: number) => CSSProperties;
}): ReactNode {
  const { model, facts, labels } = context;
  const at = (value: number) => Math.max(0, Math.min(1, value / model.max));
  const parts =
    model.segments.length > 0
      ? model.segments.map((segment) => ({
          key: segment.team,
          value: segment.value,
          slot: segment.slot,
          name: segmentName(context, segment),
        }))
      : model.actual > 0
        ? [
            {
              key: 'actual',
              value: model.actual,
              slot: 0,
              name: `${labels.actual}: ${labels.summary(facts)}`,
            },
          ]
        : [];
  return (
    <>
      <p style={styles.headline}>
        {facts.percent === null ? null : <span style={styles.percent}>{facts.percent}</span>}
        <span>{labels.summary(facts)}</span>
      </p>
      <div style={styles.plot}>
        <div {...meterProps} style={styles.meter}>
          <div aria-hidden="true" style={styles.track} />
          <Marker at={at(model.expected)} kind="expected" />
          <Marker at={at(model.target)} kind="target" />
          {model.runRate !== null ? <Marker at={at(model.runRate)} kind="run-rate" /> : null}
          {model.pipeline !== null ? <Marker at={at(model.pipeline)} kind="pipeline" /> : null}
        </div>
        {parts.length > 0 ? (
          // biome-ignore lint/a11y/useSemanticElements: a group of chart marks, not a form fieldset
          <div
            role="group"
            aria-label={labels.contributions}
            style={{ ...styles.fill, width: `${(at(model.actual) * 100).toFixed(4)}%` }}
          >
            {parts.map((part, index) => (
              // biome-ignore lint/a11y/useAriaPropsSupportedByRole: markProps gives the role (img or button)
              <div
                key={part.key}
                {...marks.markProps(index)}
                aria-label={part.name}
                data-segment={part.key}
                style={{
                  ...marks.markProps(index).style,
                  flex: `${part.value} 1 0`,
                  minWidth: 2,
                  height: FILL,
                  background: segmentColor(part.slot),
                  // Radius on the value end only, none inside the stack.
                  borderStartEndRadius: index === parts.length - 1 ? 2 : 0,
                  borderEndEndRadius: index === parts.length - 1 ? 2 : 0,
                  ...focusRing(index),
                }}
              />
            ))}
          </div>
        ) : null}
      </div>
      <Legend items={legendItems(context, true)} style={styles.legend} />
      <ContextLine context={context} withStatus={false} />
      <StatusRule context={context} />
    </>
  );
}
