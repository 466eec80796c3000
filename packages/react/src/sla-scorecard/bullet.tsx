import type { CSSProperties, ReactNode } from 'react';
import { color } from '../kit';

/** Props of `Bullet`. */
export interface BulletProps {
  /** The measure (drawn as the half-height bar). */
  value: number;
  /** The end of the scale (the scale extends past the target on overshoot). */
  max: number;
  /** The target: a solid 3px marker. */
  target: number | null;
  /** The pro-rated expectation: a dashed marker. */
  expected?: number | null;
}

const pct = (value: number, max: number) =>
  `${Math.min(Math.max((value / (max || 1)) * 100, 0), 100)}%`;

/**
 * A horizontal bullet in HTML with percentage positions, so it needs no measuring and renders
 * the same on the server: 20px track, the measure at half height, expected dashed, target
 * solid (widgets.md GoalMeter bar). Decorative; the caller names it.
 */
export function Bullet({ value, max, target, expected = null }: BulletProps): ReactNode {
  const marker = (at: number, style: CSSProperties): ReactNode => (
    <span
      style={{
        position: 'absolute',
        top: 0,
        bottom: 0,
        insetInlineStart: `calc(${pct(at, max)} - 1px)`,
        ...style,
      }}
    />
  );
  return (
    <span aria-hidden="true" style={{ position: 'relative', display: 'block', height: 20 }}>
      <span
        style={{ position: 'absolute', inset: '0', background: color.track, borderRadius: 2 }}
      />
      {value > 0 ? (
        <span
          style={{
            position: 'absolute',
            top: 5,
            height: 10,
            insetInlineStart: 0,
            width: pct(value, max),
            minWidth: 2,
            background: color.accent,
            borderStartEndRadius: 2,
            borderEndEndRadius: 2,
          }}
        />
      ) : null}
      {expected !== null && expected > 0
        ? marker(expected, { borderInlineStart: `2px dashed ${color.text}` })
        : null}
      {target !== null ? marker(target, { borderInlineStart: `3px solid ${color.text}` }) : null}
    </span>
  );
}
