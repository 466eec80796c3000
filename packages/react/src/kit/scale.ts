import { ticks as d3Ticks } from 'd3-array';

/** A linear map from a domain to a range, with the inverse and nice ticks. */
export interface LinearScale {
  (value: number): number;
  invert: (position: number) => number;
  ticks: (count?: number) => number[];
  domain: readonly [number, number];
  range: readonly [number, number];
}

/**
 * A linear scale without `d3-scale`: `scaleLinear` pulls d3-interpolate, d3-color and
 * d3-format (whose default locale runs at import, so it never tree-shakes) for what is one
 * line of arithmetic here. A zero-width domain maps everything to the range start.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const k = span === 0 ? 0 : (r1 - r0) / span;
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  scale.invert = (position) => (k === 0 ? d0 : d0 + (position - r0) / k);
  scale.ticks = (count = 5) => d3Ticks(Math.min(d0, d1), Math.max(d0, d1), count);
  Object.assign(scale, { domain, range });
  return scale;
}

/** Tick count for a length at the given spacing (widgets.md: ~80px on x, ~35px on y). */
export function tickCount(length: number, spacing: number): number {
  return Math.max(2, Math.floor(length / spacing));
}
