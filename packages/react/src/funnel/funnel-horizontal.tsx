import type { CSSProperties, ReactNode } from 'react';
import { color, type Formatters, font, type Marks, tabular } from '../kit';
import { barName, days } from './funnel-facts';
import type { FunnelBar, FunnelPanel } from './funnel-model';
import type { FunnelLabels } from './funnel-text';

const BAR = 20;

const styles = {
  grid: {
    display: 'grid',
    alignItems: 'center',
    columnGap: 12,
    fontSize: font.label,
  },
  head: { color: color.muted, fontSize: font.tick, fontWeight: 600, paddingBottom: 4 },
  label: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  },
  plot: { position: 'relative', height: BAR },
  count: { ...tabular, fontWeight: 600, textAlign: 'end' },
  time: { ...tabular, color: color.muted, textAlign: 'end', fontSize: font.tick },
  rates: {
    ...tabular,
    color: color.muted,
    fontSize: font.tick,
    margin: '2px 0 6px',
    minHeight: 14,
  },
} satisfies Record<string, CSSProperties>;

const pct = (value: number, max: number) => `${((value / max) * 100).toFixed(4)}%`;

/**
 * One horizontal panel: label · bar · count (· median time), the previous stage drawn
 * behind in the track colour so the drop-off reads as a gap, the two rates under each bar.
 */
export function FunnelHorizontal({
  panel,
  bars,
  max,
  offset,
  marks,
  labels,
  format,
  showTime,
  focusRing,
}: {
  panel: FunnelPanel;
  bars: FunnelBar[];
  max: number;
  /** Index of this panel's first bar in the marks list. */
  offset: number;
  marks: Marks;
  labels: FunnelLabels;
  format: Formatters;
  showTime: boolean;
  focusRing: (index: number) => CSSProperties;
}): ReactNode {
  const columns = showTime
    ? 'minmax(4rem, 30%) minmax(0, 1fr) minmax(3rem, auto) minmax(3.5rem, auto)'
    : 'minmax(4rem, 30%) minmax(0, 1fr) minmax(3rem, auto)';
  const scale = max > 0 ? max : 1;
  return (
    <div style={{ ...styles.grid, gridTemplateColumns: columns }}>
      <span style={styles.head}>{labels.stage}</span>
      <span style={styles.head} aria-hidden="true" />
      <span style={{ ...styles.head, textAlign: 'end' }}>{labels.reached}</span>
      {showTime ? (
        <span style={{ ...styles.head, textAlign: 'end' }} title={labels.medianTime}>
          {labels.medianTime}
        </span>
      ) : null}
      {bars.map((bar) => {
        const index = offset + bar.index;
        const props = marks.markProps(index);
        const active = marks.active === index;
        const time = bar.stage.timeInStage;
        return (
          <div key={`${panel.key}:${bar.stage.id}`} style={{ display: 'contents' }}>
            <span style={styles.label} title={bar.stage.label}>
              {bar.stage.label}
            </span>
            <div style={styles.plot}>
              {bar.previous !== null && bar.previous > 0 ? (
                <div
                  aria-hidden="true"
                  style={{
                    position: 'absolute',
                    insetInlineStart: 0,
                    top: 0,
                    height: BAR,
                    width: pct(bar.previous, scale),
                    background: color.track,
                    borderStartEndRadius: 2,
                    borderEndEndRadius: 2,
                  }}
                />
              ) : null}
              {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: markProps gives the role (img or button) */}
              <div
                {...props}
                role={props.role}
                aria-label={barName(bar, labels, format)}
                data-stage={bar.stage.id}
                data-share={(bar.stage.count / scale).toFixed(6)}
                style={{
                  ...props.style,
                  position: 'absolute',
                  insetInlineStart: 0,
                  top: 0,
                  height: BAR,
                  // Non-zero is at least 2px; zero draws nothing.
                  width: bar.stage.count > 0 ? `max(2px, ${pct(bar.stage.count, scale)})` : 0,
                  background: color.accent,
                  opacity: marks.active >= 0 && !active ? 0.75 : 1,
                  borderStartEndRadius: 2,
                  borderEndEndRadius: 2,
                  ...focusRing(index),
                }}
              />
            </div>
            <span style={styles.count}>{format.count(bar.stage.count)}</span>
            {showTime ? (
              <span style={styles.time}>
                {time && time.medianDays !== null ? days(format, time.medianDays) : ''}
              </span>
            ) : null}
            <span aria-hidden="true" />
            <p style={{ ...styles.rates, gridColumn: showTime ? '2 / 5' : '2 / 4' }}>
              {bar.stage.conversionFromPrevious === null
                ? ''
                : labels.rates(
                    format.percent(bar.stage.conversionFromPrevious),
                    format.percent(bar.stage.conversionFromStart),
                  )}
            </p>
          </div>
        );
      })}
    </div>
  );
}
