import type { ReactNode } from 'react';

/**
 * A diagonal hatch for "not to scale", "no reason given", "interval crosses 0": a second cue
 * beside colour. Put it in the SVG's `<defs>` and fill with `url(#id)`.
 */
export function HatchPattern({
  id,
  color,
  spacing = 4,
}: {
  id: string;
  color: string;
  spacing?: number;
}): ReactNode {
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width={spacing}
      height={spacing}
      patternTransform="rotate(45)"
    >
      <rect width={spacing} height={spacing} style={{ fill: color, fillOpacity: 0.18 }} />
      <line x1={0} y1={0} x2={0} y2={spacing} style={{ stroke: color }} strokeWidth={1.5} />
    </pattern>
  );
}

/** Marker shapes for series beside colour (Mailchimp order: ● ■ ▲ ◆ ▼ ✚). */
export const SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'cross',
] as const;

/** One of `SHAPES`. */
export type ShapeName = (typeof SHAPES)[number];

/** An SVG path of a marker shape of radius `r` centred on (0, 0), areas roughly equal. */
export function shapePath(shape: ShapeName, r: number): string {
  const k = (n: number) => Math.round(n * 100) / 100;
  switch (shape) {
    case 'circle':
      return `M${k(-r)},0a${k(r)},${k(r)} 0 1,0 ${k(2 * r)},0a${k(r)},${k(r)} 0 1,0 ${k(-2 * r)},0Z`;
    case 'square': {
      const s = r * 0.886;
      return `M${k(-s)},${k(-s)}H${k(s)}V${k(s)}H${k(-s)}Z`;
    }
    case 'triangle': {
      const h = r * 1.2;
      return `M0,${k(-h)}L${k(h * 0.95)},${k(h * 0.7)}H${k(-h * 0.95)}Z`;
    }
    case 'triangle-down': {
      const h = r * 1.2;
      return `M0,${k(h)}L${k(h * 0.95)},${k(-h * 0.7)}H${k(-h * 0.95)}Z`;
    }
    case 'diamond': {
      const d = r * 1.2;
      return `M0,${k(-d)}L${k(d)},0L0,${k(d)}L${k(-d)},0Z`;
    }
    case 'cross': {
      const a = r * 1.1;
      const b = r * 0.38;
      return `M${k(-b)},${k(-a)}H${k(b)}V${k(-b)}H${k(a)}V${k(b)}H${k(b)}V${k(a)}H${k(-b)}V${k(b)}H${k(-a)}V${k(-b)}H${k(-b)}Z`;
    }
  }
}
