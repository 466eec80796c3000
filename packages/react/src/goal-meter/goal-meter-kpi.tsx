import type { CSSProperties, ReactNode } from 'react';
import { color, font, tabular } from '../kit';
import { ContextLine, type MeterContext, segmentColor } from './goal-meter-parts';

const styles = {
  number: {
    margin: '2px 0 0',
    display: 'flex',
    alignItems: 'baseline',
    flexWrap: 'wrap',
    gap: '0 6px',
  },
  hero: { ...tabular, fontSize: font.hero, fontWeight: 600, lineHeight: 1.2 },
  of: { ...tabular, fontSize: font.description, color: color.muted },
  micro: {
    position: 'relative',
    height: 4,
    marginTop: 6,
    background: color.track,
    borderRadius: 2,
  },
} satisfies Record<string, CSSProperties>;

/**
 * The KPI-row variant (≤96px tall): label (the title, 13px muted), hero number with its
 * denominator on the baseline, the context line, and a 4px micro-bullet. No tooltip.
 */
export function GoalMeterKpi({
  context,
  meterProps,
}: {
  context: MeterContext;
  meterProps: Record<string, unknown>;
}): ReactNode {
  const { model, facts, labels } = context;
  const at = (value: number) =>
    `${(Math.max(0, Math.min(1, value / model.max)) * 100).toFixed(4)}%`;
  return (
    <>
      <p style={styles.number}>
        <span style={styles.hero}>{facts.actualCompact}</span>
        <span style={styles.of}>
          {labels.of(facts.targetCompact)}
          {facts.percent === null ? '' : ` · ${facts.percent}`}
        </span>
      </p>
      <ContextLine context={context} style={{ marginTop: 2 }} />
      <div {...meterProps} style={styles.micro}>
        <div
          aria-hidden="true"
          style={{
            position: 'absolute',
            insetInlineStart: 0,
            top: 0,
            height: 4,
            width: at(model.actual),
            background: segmentColor(0),
            borderRadius: 2,
          }}
        />
        <div
          aria-hidden="true"
          style={{
            position: 'absolute',
            insetInlineStart: `calc(${at(model.expected)} - 1px)`,
            top: -3,
            height: 10,
            borderInlineStart: `2px solid ${color.text}`,
          }}
        />
      </div>
    </>
  );
}
