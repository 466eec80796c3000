import type { JourneyMark } from './journey-model';

/** Where each lane's marks start in the (lane, time)-sorted mark list. */
export function laneStarts(marks: readonly JourneyMark[], laneCount: number): number[] {
  const starts = new Array<number>(laneCount + 1).fill(marks.length);
  for (let i = marks.length - 1; i >= 0; i--) starts[(marks[i] as JourneyMark).lane] = i;
  // A lane without marks starts where the next lane does.
  for (let lane = laneCount - 1; lane >= 0; lane--) {
    if ((starts[lane] as number) > (starts[lane + 1] as number))
      starts[lane] = starts[lane + 1] as number;
  }
  return starts;
}

/** The mark of `lane` closest in time to `time` (ties: the earlier), or -1 for an empty lane. */
function closestIn(
  marks: readonly JourneyMark[],
  starts: readonly number[],
  lane: number,
  time: number,
): number {
  const lo = starts[lane] as number;
  const hi = starts[lane + 1] as number;
  if (lo >= hi) return -1;
  // Binary search for the first mark at or after `time`.
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((marks[mid] as JourneyMark).time < time) a = mid + 1;
    else b = mid;
  }
  if (a === hi) return hi - 1;
  if (a === lo) return lo;
  const before = (marks[a - 1] as JourneyMark).time;
  const after = (marks[a] as JourneyMark).time;
  return time - before <= after - time ? a - 1 : a;
}

/**
 * The mark a key moves to on the journey: ←/→ the previous or next touch of the same contact
 * (in time), ↑/↓ the touch closest in time on the nearest lane above or below that has
 * touches, Home/End the contact's first or last touch, Ctrl+Home/End the first or last touch
 * of all. Returns `index` when the key goes nowhere, and null for keys it does not handle.
 */
export function journeyKeyTarget(
  marks: readonly JourneyMark[],
  starts: readonly number[],
  index: number,
  key: string,
  options: { rtl?: boolean; ctrl?: boolean } = {},
): number | null {
  const mark = marks[index];
  if (!mark) return null;
  const lane = mark.lane;
  const first = starts[lane] as number;
  const last = (starts[lane + 1] as number) - 1;
  const laneCount = starts.length - 1;
  const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = options.rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return Math.min(index + 1, last);
    case backward:
      return Math.max(index - 1, first);
    case 'Home':
      return options.ctrl ? 0 : first;
    case 'End':
      return options.ctrl ? marks.length - 1 : last;
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let l = lane + step; l >= 0 && l < laneCount; l += step) {
        const target = closestIn(marks, starts, l, mark.time);
        if (target >= 0) return target;
      }
      return index;
    }
    default:
      return null;
  }
}
