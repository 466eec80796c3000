import { creditRadius, type JourneyModel } from './journey-model';

/** One layer of dots drawn as a single SVG path: every dot of a kind and channel slot. */
export interface DotLayer {
  /** `x` excluded, `z<slot>` no credit (hollow), `c<slot>` credited, `a` anchor rings. */
  kind: string;
  /** Circles as path data (`M…a…a…Z` per dot), coordinates rounded to 0.1 px. */
  d: string;
  count: number;
}

/** Geometry of the journey's plot. */
export interface DotGeometry {
  x: (time: number) => number;
  laneY: (lane: number) => number;
  minRadius: number;
  maxRadius: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Path data of circles: `M x,y` per dot plus the two arcs of its radius, which are the same
 * text for every dot of that radius (cached), so a dot costs one number turned into text.
 */
class CirclePaths {
  private arcs = new Map<number, string>();
  private lanes = new Map<number, string>();

  circle(cx: number, cy: number, r: number): string {
    const rr = r1(r);
    let arc = this.arcs.get(rr);
    if (arc === undefined) {
      arc = `a${rr},${rr} 0 1,0 ${r1(2 * rr)},0a${rr},${rr} 0 1,0 ${r1(-2 * rr)},0Z`;
      this.arcs.set(rr, arc);
    }
    let y = this.lanes.get(cy);
    if (y === undefined) {
      y = `,${r1(cy)}`;
      this.lanes.set(cy, y);
    }
    return `M${r1(cx - rr)}${y}${arc}`;
  }
}

/**
 * The journey's dots grouped into layers by how they look — excluded, no credit per channel
 * slot, credited per channel slot, anchor rings — each one path. A deal with 12,000 touches
 * draws a few dozen elements instead of 12,000; pointer hits are found by position
 * (`hitMark`), keyboard focus by a roving mark. Layers come excluded first, so credited dots
 * paint over them.
 */
export function journeyDots(
  model: JourneyModel,
  geometry: DotGeometry,
  slotOf: (channel: string) => number,
): DotLayer[] {
  const paths = new CirclePaths();
  const parts = new Map<string, string[]>();
  const add = (kind: string, path: string) => {
    const list = parts.get(kind);
    if (list) list.push(path);
    else parts.set(kind, [path]);
  };
  for (const mark of model.marks) {
    const cx = geometry.x(mark.time);
    const cy = geometry.laneY(mark.lane);
    if (mark.excluded) {
      add('x', paths.circle(cx, cy, geometry.minRadius));
      continue;
    }
    const weight = mark.credit?.weight ?? 0;
    const r = creditRadius(weight, model.maxWeight, geometry.minRadius, geometry.maxRadius);
    const slot = slotOf(mark.channel);
    add(`${weight > 0 ? 'c' : 'z'}${slot}`, paths.circle(cx, cy, r));
    if (mark.anchors.length > 0) add('a', paths.circle(cx, cy, r + 3));
  }
  const rank = (kind: string) =>
    kind === 'x' ? 0 : kind.startsWith('z') ? 1 : kind === 'a' ? 3 : 2;
  return [...parts.entries()]
    .map(([kind, list]) => ({ kind, d: list.join(''), count: list.length }))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || (a.kind < b.kind ? -1 : 1));
}

/**
 * The touch under a point of the plot (px from the SVG's top-left), or -1: the lane from y,
 * then the touch of that lane nearest in x, if the point is within its dot (plus `slop` px).
 * `starts` are the lanes' first mark indexes (`laneStarts`).
 */
export function hitMark(
  model: JourneyModel,
  starts: readonly number[],
  geometry: DotGeometry & { top: number; lane: number; invert: (px: number) => number },
  px: number,
  py: number,
  slop = 3,
): number {
  const lane = Math.floor((py - geometry.top) / geometry.lane);
  if (lane < 0 || lane >= model.lanes.length) return -1;
  const lo = starts[lane] as number;
  const hi = starts[lane + 1] as number;
  if (lo >= hi) return -1;
  const time = geometry.invert(px);
  // Nearest in time by binary search, then check its neighbours in pixels.
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((model.marks[mid]?.time ?? 0) < time) a = mid + 1;
    else b = mid;
  }
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const reach = geometry.maxRadius + slop;
  const consider = (i: number): boolean => {
    const mark = model.marks[i];
    if (!mark) return false;
    const dx = geometry.x(mark.time) - px;
    // Marks are in time order: past the largest radius, no further mark can be hit.
    if (Math.abs(dx) > reach) return false;
    const r = mark.excluded
      ? geometry.minRadius
      : creditRadius(
          mark.credit?.weight ?? 0,
          model.maxWeight,
          geometry.minRadius,
          geometry.maxRadius,
        );
    const distance = Math.hypot(dx, geometry.laneY(mark.lane) - py);
    if (distance <= r + slop && distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
    return true;
  };
  for (let i = a; i < hi && consider(i); i++);
  for (let i = a - 1; i >= lo && consider(i); i--);
  return best;
}
