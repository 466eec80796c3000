import { useCallback, useEffect, useLayoutEffect, useState } from 'react';

/** A box in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** Layout effect in the browser, plain effect on the server (React 18 warns otherwise). */
export const useIsomorphicLayoutEffect =
  typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Options of `useContainerSize`. */
export interface ContainerSizeOptions {
  /** A fixed width: no measuring at all. */
  width?: number;
  /** A fixed height: no measuring at all. */
  height?: number;
  /**
   * The size used on the server and in the first client render, before measuring, so
   * `renderToString` and hydration agree. Default 560 × 320.
   */
  initialSize?: Size;
}

/** What `useContainerSize` returns. */
export interface ContainerSize extends Size {
  /** Attach to the element whose content box is measured. */
  ref: (element: HTMLElement | null) => void;
  /** False until the element has been measured with a width above zero. */
  measured: boolean;
}

/** The server-render and first-paint size of widgets that measure their container. */
export const DEFAULT_INITIAL_SIZE: Size = { width: 560, height: 320 };

/**
 * Measures an element's content box with a `ResizeObserver`, one update per animation frame
 * (so "ResizeObserver loop" warnings cannot happen), ignoring zero sizes (a hidden tab keeps
 * its last size). Renders `initialSize` on the server and in the first client render.
 */
export function useContainerSize(options: ContainerSizeOptions = {}): ContainerSize {
  const { width: fixedWidth, height: fixedHeight, initialSize = DEFAULT_INITIAL_SIZE } = options;
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [measured, setMeasured] = useState<Size | null>(null);
  const ref = useCallback((node: HTMLElement | null) => setElement(node), []);
  const fixed = fixedWidth !== undefined && fixedHeight !== undefined;

  useIsomorphicLayoutEffect(() => {
    if (!element || fixed) return;
    const apply = (width: number, height: number) => {
      if (width <= 0) return;
      const next = { width: Math.round(width), height: Math.round(height) };
      setMeasured((previous) =>
        previous && previous.width === next.width && previous.height === next.height
          ? previous
          : next,
      );
    };
    const box = element.getBoundingClientRect();
    apply(box.width, box.height);
    if (typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver((entries) => {
      const rect = entries[entries.length - 1]?.contentRect;
      if (!rect) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => apply(rect.width, rect.height));
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [element, fixed]);

  return {
    ref,
    width: fixedWidth ?? measured?.width ?? initialSize.width,
    height: fixedHeight ?? measured?.height ?? initialSize.height,
    measured: measured !== null,
  };
}
