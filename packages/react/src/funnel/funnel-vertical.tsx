import type { CSSProperties, ReactNode } from 'react';
import { color, type Formatters, font, type Marks, tabular } from '../kit';
import { barName } from './funnel-facts';
import type { FunnelBar, FunnelPanel } from './funnel-model';
import type { FunnelLabels } from './funnel-text';

const PLOT = 200;
const BAR_SHARE = 0.75;

const styles = {
  plot: { position: 'relative', height: PLOT, display: 'flex' },
  column: { position: 'relative', flex: '1 1 0', minWidth: 0 },
  count: {
    ...tabular,
    position: 'absolute',
    insetInline: 0,
    textAlign: 'center',
    fontSize: font.label,
    fontWeight: 600,
  },
  labels: { display: 'flex', marginTop: 6 },
  label: {
    flex: '1 1 0',
    minWidth: 0,
    padding: '0 2px',
    textAlign: 'center',
    fontSize: font.label,
    overflowWrap: 'anywhere',
  },
  rates: { ...tabular, display: 'block', color: color.muted, fontSize: font.tick },
  connectors: { position: 'absolute', inset: 0, width: '100%', height: '100%' },
} satisfies Record<string, CSSProperties>;

/**
 * One vertical panel: bars at 75% of their column from a common baseline, the previous
 * stage behind in the track colour, connectors between bars, labels and rates underneath.
 * Heights are percentages, so it needs no measuring and renders the same on the server.
 */
export function FunnelVertical({
  panel,
  bars,
  max,
  offset,
  marks,
  labels,
  format,
  focusRing,
}: {
  panel: FunnelPanel;
  bars: FunnelBar[];
  max: number;
  offset: number;
  marks: Marks;
  labels: FunnelLabels;
  format: Formatters;
  focusRing: (index: number) => CSSProperties;
}): ReactNode {
  const scale = max > 0 ? max : 1;
  const n = bars.length;
  const height = (value: number) => (value / scale) * (PLOT - 20);
  const w = 100 / Math.max(n, 1);
  const side = (w * (1 - BAR_SHARE)) / 2;
  const connectors = bars.slice(0, -1).map((bar, i) => {
    const next = bars[i + 1] as FunnelBar;
    const x0 = i * w + w - side;
    const x1 = (i + 1) * w + side;
    const y0 = 100 - (height(bar.stage.count) / PLOT) * 100;
    const y1 = 100 - (height(next.stage.count) / PLOT) * 100;
    return `M${x0},${y0}L${x1},${y1}L${x1},100L${x0},100Z`;
  });
  return (
    <div>
      <div style={styles.plot}>
        {/* Unevenly scaled on purpose: shapes only, no text. */}
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 100 100"
          preserveAspectRatio="none"
          style={styles.connectors}
        >
          <path d={connectors.join('')} style={{ fill: color.track, opacity: 0.6 }} />
        </svg>
        {bars.map((bar) => {
          const index = offset + bar.index;
          const props = marks.markProps(index);
          const h = height(bar.stage.count);
          return (
            <div key={`${panel.key}:${bar.stage.id}`} style={styles.column}>
              {bar.previous !== null && bar.previous > 0 ? (
                <div
                  aria-hidden="true"
                  style={{
                    position: 'absolute',
                    bottom: 0,
                    left: `${(1 - BAR_SHARE) * 50}%`,
                    width: `${BAR_SHARE * 100}%`,
                    height: height(bar.previous),
                    background: color.track,
                    borderRadius: '2px 2px 0 0',
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
                  bottom: 0,
                  left: `${(1 - BAR_SHARE) * 50}%`,
                  width: `${BAR_SHARE * 100}%`,
                  height: bar.stage.count > 0 ? Math.max(2, h) : 0,
                  background: color.accent,
                  borderRadius: '2px 2px 0 0',
                  ...focusRing(index),
                }}
              />
              <span aria-hidden="true" style={{ ...styles.count, bottom: Math.max(2, h) + 2 }}>
                {format.count(bar.stage.count)}
              </span>
            </div>
          );
        })}
      </div>
      <div style={styles.labels}>
        {bars.map((bar) => (
          <span key={bar.stage.id} style={styles.label}>
            {bar.stage.label}
            {bar.stage.conversionFromPrevious === null ? null : (
              <span style={styles.rates}>
                ↓ {format.percent(bar.stage.conversionFromPrevious)} ·{' '}
                {format.percent(bar.stage.conversionFromStart)}
              </span>
            )}
          </span>
        ))}
      </div>
    </div>
  );
}
