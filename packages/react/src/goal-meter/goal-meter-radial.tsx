import type { CSSProperties, ReactNode } from 'react';
import { color, createFormatters, font, Legend, type Marks, tabular } from '../kit';
import {
  ContextLine,
  legendItems,
  type MeterContext,
  StatusRule,
  segmentColor,
  segmentName,
} from './goal-meter-parts';

const TAU = Math.PI * 2;

/** A point at `angle` (0 = 12 o'clock, clockwise) on a circle of radius `r` around (c, c). */
function point(c: number, r: number, angle: number): string {
  const x = c + r * Math.sin(angle);
  const y = c - r * Math.cos(angle);
  return `${x.toFixed(3)},${y.toFixed(3)}`;
}

/** An annular sector between two angles (butt ends), as an SVG path. */
export function arcPath(c: number, outer: number, inner: number, from: number, to: number): string {
  const sweep = Math.min(to - from, TAU - 1e-4);
  const end = from + sweep;
  const large = sweep > Math.PI ? 1 : 0;
  return [
    `M${point(c, outer, from)}`,
    `A${outer},${outer} 0 ${large} 1 ${point(c, outer, end)}`,
    `L${point(c, inner, end)}`,
    `A${inner},${inner} 0 ${large} 0 ${point(c, inner, from)}`,
    'Z',
  ].join('');
}

const styles = {
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '16px 24px' },
  ring: { position: 'relative', flex: 'none' },
  centre: {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    textAlign: 'center',
    pointerEvents: 'none',
  },
  hero: { ...tabular, fontWeight: 600, lineHeight: 1.2 },
  of: { ...tabular, fontSize: font.description, color: color.muted },
  over: { ...tabular, fontSize: font.label, color: color.text, fontWeight: 600 },
  side: { flex: '1 1 180px', minWidth: 0 },
  legend: { flexDirection: 'column', gap: 4 },
  overlay: { position: 'absolute', inset: 0, overflow: 'visible' },
} satisfies Record<string, CSSProperties>;

/**
 * The radial meter: a ring from 12 o'clock clockwise (mirrored in RTL), 10% of its
 * diameter thick, the target the full circle; team segments as arcs, expected a dashed
 * tick, forecasts dotted ticks; the hero percent and "of $1.3M" in the centre. Over 100% the
 * ring is full and the centre says by how much.
 */
export function GoalMeterRadial({
  context,
  marks,
  meterProps,
  size,
  rtl,
}: {
  context: MeterContext;
  marks: Marks;
  meterProps: Record<string, unknown>;
  size: number;
  rtl: boolean;
}): ReactNode {
  const { model, facts, labels, locale } = context;
  const format = createFormatters(locale);
  const c = size / 2;
  const thickness = size * 0.1;
  const outer = c - 4;
  const inner = outer - thickness;
  const scaleMax = model.target > 0 ? model.target : model.max;
  const angle = (value: number) => Math.max(0, Math.min(1, value / scaleMax)) * TAU;
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
  // Cumulative arcs, each short of the next by a 1px gap at the ring's middle radius.
  const gap = parts.length > 1 ? 1 / ((outer + inner) / 2) : 0;
  let start = 0;
  const arcs = parts.map((part, index) => {
    const end = angle(parts.slice(0, index + 1).reduce((sum, entry) => sum + entry.value, 0));
    const arc = {
      ...part,
      from: start,
      to: Math.max(start + 0.01, end - (index < parts.length - 1 ? gap : 0)),
    };
    start = end;
    return arc;
  });
  const tick = (value: number | null, kind: 'expected' | 'run-rate' | 'pipeline') => {
    if (value === null || value > scaleMax || value <= 0) return null;
    const a = angle(value);
    return (
      <line
        key={kind}
        data-marker={kind}
        x1={point(c, inner - 3, a).split(',')[0]}
        y1={point(c, inner - 3, a).split(',')[1]}
        x2={point(c, outer + 3, a).split(',')[0]}
        y2={point(c, outer + 3, a).split(',')[1]}
        style={{ stroke: kind === 'pipeline' ? color.accent : color.text }}
        strokeWidth={2}
        strokeDasharray={kind === 'expected' ? '3 2' : '1 3'}
        strokeLinecap={kind === 'expected' ? 'butt' : 'round'}
      />
    );
  };
  const over =
    model.target > 0 && model.actual > model.target ? model.actual / model.target - 1 : null;
  const mirror = rtl ? `translate(${size} 0) scale(-1 1)` : undefined;
  const heroSize = size >= 160 ? font.hero : '1.5rem';
  return (
    <div style={styles.root}>
      <div style={{ ...styles.ring, width: size, height: size }}>
        <div {...meterProps} style={{ position: 'absolute', inset: 0 }}>
          <svg
            aria-hidden="true"
            focusable="false"
            width={size}
            height={size}
            style={{ display: 'block' }}
          >
            <g transform={mirror}>
              <circle
                cx={c}
                cy={c}
                r={(outer + inner) / 2}
                fill="none"
                style={{ stroke: color.track }}
                strokeWidth={thickness}
              />
              {tick(model.expected, 'expected')}
              {tick(model.runRate, 'run-rate')}
              {tick(model.pipeline, 'pipeline')}
            </g>
          </svg>
          <div aria-hidden="true" style={styles.centre}>
            <span style={{ ...styles.hero, fontSize: heroSize }}>
              {facts.percent ?? facts.actualCompact}
            </span>
            <span style={styles.of}>{labels.of(facts.targetCompact)}</span>
            {over !== null ? <span style={styles.over}>{format.change(over)}</span> : null}
          </div>
        </div>
        {arcs.length > 0 ? (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group of marks, not a form fieldset
          <svg
            role="group"
            aria-label={labels.contributions}
            width={size}
            height={size}
            style={styles.overlay}
          >
            <g transform={mirror}>
              {arcs.map((arc, index) => (
                <path
                  key={arc.key}
                  {...marks.markProps(index)}
                  aria-label={arc.name}
                  data-segment={arc.key}
                  d={arcPath(c, outer, inner, arc.from, arc.to)}
                  style={{
                    ...marks.markProps(index).style,
                    fill: segmentColor(arc.slot),
                    stroke: marks.focused && marks.active === index ? color.focus : 'none',
                    strokeWidth: 2,
                  }}
                />
              ))}
            </g>
          </svg>
        ) : null}
      </div>
      <div style={styles.side}>
        <Legend items={legendItems(context, true)} style={styles.legend} />
        <ContextLine context={context} withStatus={false} />
        <StatusRule context={context} />
      </div>
    </div>
  );
}
