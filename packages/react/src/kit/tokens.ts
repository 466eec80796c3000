import type { CSSProperties } from 'react';

/**
 * Theme tokens as CSS `var()` strings with inline light fallbacks, so a widget renders in
 * sensible colours even without `@closedloop/react/styles.css`; the stylesheet adds the dark
 * defaults. SVG marks take them through `style` (var() is CSS syntax, not an attribute value).
 */
export const color = {
  text: 'var(--cl-color-text, #111827)',
  muted: 'var(--cl-color-text-muted, var(--cl-color-muted, #4b5563))',
  accent: 'var(--cl-color-accent, #2563eb)',
  track: 'var(--cl-color-track, var(--cl-color-muted, #e5e7eb))',
  grid: 'var(--cl-color-grid, var(--cl-color-track, #e5e7eb))',
  surface: 'var(--cl-color-surface, #ffffff)',
  focus: 'var(--cl-color-focus, var(--cl-color-accent, #2563eb))',
} as const;

/** Font stack and the type scale of the widgets (rem, so the host's root size scales them). */
export const font = {
  family: 'var(--cl-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif)',
  title: '1rem',
  description: '0.875rem',
  hero: '1.875rem',
  headline: '1.25rem',
  label: '0.8125rem',
  tick: '0.75rem',
  floor: '11px',
} as const;

/** Okabe–Ito, slots 1–7; slot 8 is "Other". Same hex in both themes. */
export const SERIES_HEX = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#F0E442',
] as const;

/** Slot 8, the neutral "Other" colour (light fallback; the stylesheet lightens it in dark). */
export const OTHER_HEX = '#6B7280';

/** How many distinct categorical colours there are before grouping into "Other". */
export const SERIES_COUNT = SERIES_HEX.length;

/**
 * The colour of categorical series `index` (0-based): `--cl-series-n`, else the host's
 * `--chart-n` (shadcn's names), else Okabe–Ito. Indexes past 6 wrap; group them as Other.
 */
export function seriesColor(index: number): string {
  const slot = (((index % SERIES_COUNT) + SERIES_COUNT) % SERIES_COUNT) + 1;
  return `var(--cl-series-${slot}, var(--chart-${slot}, ${SERIES_HEX[slot - 1]}))`;
}

/** The "Other" series colour (slot 8). */
export const otherColor = `var(--cl-series-8, ${OTHER_HEX})`;

/**
 * The 1px edge that keeps light series (slots 5–7) visible on white: the fill mixed 60% with
 * black. The stylesheet sets `--cl-series-edge-opacity: 0` in dark, where they need none.
 */
export function seriesEdge(index: number): CSSProperties {
  const slot = (((index % SERIES_COUNT) + SERIES_COUNT) % SERIES_COUNT) + 1;
  if (slot < 5) return {};
  return {
    stroke: `color-mix(in srgb, ${seriesColor(index)} 60%, black)`,
    strokeWidth: 1,
    strokeOpacity: 'var(--cl-series-edge-opacity, 1)',
  };
}

/** Sequential blue ramp, lightest first (the stylesheet reverses it in dark). */
export const sequential = [
  'var(--cl-seq-1, #DBEAFE)',
  'var(--cl-seq-2, #93C5FD)',
  'var(--cl-seq-3, #3B82F6)',
  'var(--cl-seq-4, #1D4ED8)',
  'var(--cl-seq-5, #1E3A8A)',
] as const;

/** Every status a widget can show, each drawn with a glyph and a word, colour third. */
export type StatusTone =
  | 'ahead'
  | 'on-track'
  | 'met'
  | 'at-risk'
  | 'behind'
  | 'breached'
  | 'pending';

/** Colour (as text colour: ≥5:1 in light, ≥6.7:1 in dark) and glyph of each status. */
export const status: Record<StatusTone, { color: string; glyph: string }> = {
  ahead: { color: 'var(--cl-status-ahead, #1D4ED8)', glyph: '▲' },
  'on-track': { color: 'var(--cl-status-on-track, #047857)', glyph: '●' },
  met: { color: 'var(--cl-status-on-track, #047857)', glyph: '✓' },
  'at-risk': { color: 'var(--cl-status-at-risk, #B45309)', glyph: '◆' },
  behind: { color: 'var(--cl-status-behind, #BE123C)', glyph: '▼' },
  breached: { color: 'var(--cl-status-behind, #BE123C)', glyph: '✕' },
  pending: { color: color.muted, glyph: '○' },
};

/** Line styles of reference marks (widgets.md "Spacing, lines, radii"). */
export const line = {
  target: { strokeWidth: 2 },
  meterTarget: { strokeWidth: 3 },
  expected: { strokeWidth: 2, strokeDasharray: '3 2' },
  forecast: { strokeWidth: 2, strokeDasharray: '1 3', strokeLinecap: 'round' },
} as const;

/** Hides content visually but keeps it for screen readers. */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** Numbers that line up in columns. */
export const tabular: CSSProperties = { fontVariantNumeric: 'tabular-nums' };
