import { type UIEvent, useCallback, useMemo, useRef, useState } from 'react';

/** Options of `useRowWindow`. */
export interface RowWindowOptions {
  count: number;
  /** Height of line `index` before it is measured (px). */
  estimate: (index: number) => number;
  /** Stable key of line `index`: measurements follow rows across sorting. */
  keyOf: (index: number) => string;
  /** Height of the scrolling viewport (px); also the server render's window. */
  viewport: number;
  /** Pixels above the first line inside the scroller (sticky headers). */
  head: number;
  /** Lines rendered beyond the viewport on each side. */
  overscan?: number;
}

/** The lines to render and the spacers around them. */
export interface RowWindow {
  /** First line rendered. */
  start: number;
  /** One past the last line rendered. */
  end: number;
  /** Spacer heights above and below the rendered lines. */
  before: number;
  after: number;
  onScroll: (event: UIEvent<HTMLElement>) => void;
  /** A ref callback that measures a line of variable height. */
  measure: (key: string, element: HTMLElement | null) => void;
  /**
   * Scrolls `scroller` so line `index` is fully visible between the sticky `head` and a
   * sticky `foot` of `foot` px; returns without scrolling when it already is.
   */
  reveal: (scroller: HTMLElement, index: number, foot: number) => void;
}

/**
 * Row windowing for the grid: only the lines in (and near) the viewport are rendered, with
 * spacers for the rest, so 10,000 rows mount like 30. Heights are fixed per kind of line
 * except those measured (touch lines wrap their sentences); offsets are prefix sums, redone
 * when a measurement changes. Written for the table instead of @tanstack/react-virtual,
 * whose core is one 35 kB (10 kB brotli) module that would not fit the table's budget.
 */
export function useRowWindow({
  count,
  estimate,
  keyOf,
  viewport,
  head,
  overscan = 8,
}: RowWindowOptions): RowWindow {
  const [scrollTop, setScrollTop] = useState(0);
  const sizes = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const frame = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version invalidates the measured sizes
  const offsets = useMemo(() => {
    const out = new Float64Array(count + 1);
    const measured = sizes.current;
    for (let i = 0; i < count; i++) {
      const size = measured.size > 0 ? measured.get(keyOf(i)) : undefined;
      out[i + 1] = (out[i] as number) + (size ?? estimate(i));
    }
    return out;
  }, [count, estimate, keyOf, version]);

  const total = offsets[count] as number;
  const top = Math.max(0, scrollTop - head);
  let start = firstAbove(offsets, top) - overscan;
  start = Math.max(0, Math.min(start, count));
  let end = firstAbove(offsets, top + viewport) + overscan + 1;
  end = Math.max(start, Math.min(end, count));

  const onScroll = useCallback((event: UIEvent<HTMLElement>) => {
    const target = event.currentTarget;
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setScrollTop(target.scrollTop);
    });
  }, []);

  const measure = useCallback((key: string, element: HTMLElement | null) => {
    if (!element) return;
    const height = element.offsetHeight;
    if (height > 0 && sizes.current.get(key) !== height) {
      sizes.current.set(key, height);
      setVersion((v) => v + 1);
    }
  }, []);

  const reveal = useCallback(
    (scroller: HTMLElement, index: number, foot: number) => {
      const lineTop = head + (offsets[index] ?? 0);
      const lineBottom = head + (offsets[index + 1] ?? lineTop);
      const view = scroller.clientHeight || viewport + head;
      let next = scroller.scrollTop;
      if (lineTop - head < next) next = lineTop - head;
      else if (lineBottom > next + view - foot) next = lineBottom - view + foot;
      if (next !== scroller.scrollTop) {
        scroller.scrollTop = next;
        setScrollTop(next);
      }
    },
    [offsets, head, viewport],
  );

  return {
    start,
    end,
    before: offsets[start] ?? 0,
    after: total - (offsets[end] ?? total),
    onScroll,
    measure,
    reveal,
  };
}

/** The index of the line containing `y` (binary search over prefix sums). */
function firstAbove(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] as number) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
