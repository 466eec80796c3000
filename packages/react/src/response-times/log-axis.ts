import { DELAY_TICKS } from './delay-bins';

/** A log scale of minutes onto pixels; values at or under `min` sit at the start. */
export interface LogScale {
  (minutes: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** The start of the axis: the `[0, 1)` minute bin is drawn from here to 1 min. */
export const AXIS_MIN = 0.5;

/**
 * A log scale in plain arithmetic (d3-scale's `scaleLog` would pull d3-interpolate, d3-color
 * and d3-format into the bundle). Values are clamped to the domain.
 */
export function logScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LogScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const l0 = Math.log(d0);
  const span = Math.log(d1) - l0 || 1;
  const scale = ((minutes: number) => {
    const v = Math.min(Math.max(minutes, d0), d1);
    return r0 + ((Math.log(v) - l0) / span) * (r1 - r0);
  }) as LogScale;
  return Object.assign(scale, { domain, range });
}

/** The axis end: past the largest value to show, at least one business day. */
export function axisMax(largest: number): number {
  const ticks = DELAY_TICKS;
  for (const tick of ticks) if (tick >= largest && tick >= 1440) return tick;
  return Math.max(largest, ticks[ticks.length - 1] as number);
}

/** The ticks that fit: at least `spacing` pixels apart, always the first. */
export function fittingTicks(scale: LogScale, spacing: number): number[] {
  const fitted: number[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const tick of DELAY_TICKS) {
    if (tick > scale.domain[1]) break;
    const x = scale(tick);
    if (x - last >= spacing) {
      fitted.push(tick);
      last = x;
    }
  }
  return fitted;
}
