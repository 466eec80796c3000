import {
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import type { TooltipAnchor, TooltipContent } from './tooltip';

/** Options of `useMarks`. */
export interface MarksOptions<M> {
  /** The marks in reading order; arrow keys walk this order. */
  marks: readonly M[];
  /** The tooltip of a mark: the same content for hover and keyboard focus. */
  tooltip: (mark: M, index: number) => TooltipContent;
  /** Called on click, Enter or Space on a mark. */
  onSelect?: (mark: M, index: number) => void;
  /** Right-to-left layout: ArrowLeft moves forward. */
  rtl?: boolean;
}

/** Props to spread on a focusable SVG or HTML mark. */
export interface MarkProps {
  ref: (element: Element | null) => void;
  tabIndex: number;
  role: 'button' | 'img';
  'aria-describedby': string | undefined;
  'data-active': boolean | undefined;
  onFocus: (event: FocusEvent<Element>) => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent<Element>) => void;
  onPointerEnter: (event: PointerEvent<Element>) => void;
  onPointerMove: (event: PointerEvent<Element>) => void;
  onPointerLeave: () => void;
  onClick: (() => void) | undefined;
  style: { outline: 'none'; cursor: 'pointer' | undefined };
}

/** What `useMarks` returns. */
export interface Marks {
  /** The mark under the pointer or keyboard focus; -1 for none. Draw its focus ring/highlight. */
  active: number;
  /** True when `active` has keyboard focus (draw the focus ring). */
  focused: boolean;
  /** Props for mark `index`; give it an `aria-label` with the tooltip's facts. */
  markProps: (index: number) => MarkProps;
  /** Props for `<Tooltip>`. */
  tooltip: { id: string; content: TooltipContent | null; anchor: TooltipAnchor | null };
  /** Closes the tooltip (focus stays). */
  dismiss: () => void;
}

function anchorOf(element: Element): TooltipAnchor {
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top, fromKeyboard: true };
}

/**
 * Roving-focus keyboard navigation and the hover/focus tooltip for a chart's marks: one
 * mark is in the tab order (Tab enters the chart, Tab leaves it); arrow keys, Home and End
 * move between marks; Escape closes the tooltip (also while hovering); Enter, Space or a
 * click call `onSelect`.
 */
export function useMarks<M>({ marks, tooltip, onSelect, rtl = false }: MarksOptions<M>): Marks {
  const id = useId();
  const tooltipId = `${id}-tooltip`;
  const elements = useRef<(Element | null)[]>([]);
  const [roving, setRoving] = useState(0);
  const [active, setActive] = useState(-1);
  const [focused, setFocused] = useState(false);
  const [anchor, setAnchor] = useState<TooltipAnchor | null>(null);
  const count = marks.length;
  const current = Math.min(roving, Math.max(count - 1, 0));

  const dismiss = useCallback(() => setAnchor(null), []);

  // Escape dismisses a hover tooltip too (WCAG 1.4.13), not only a focused one.
  useEffect(() => {
    if (!anchor || typeof document === 'undefined') return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setAnchor(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [anchor]);

  const move = (to: number) => {
    const target = Math.min(Math.max(to, 0), count - 1);
    (elements.current[target] as HTMLElement | SVGElement | null)?.focus();
  };

  const markProps = (index: number): MarkProps => {
    const mark = marks[index] as M;
    return {
      ref: (element) => {
        elements.current[index] = element;
      },
      tabIndex: index === current ? 0 : -1,
      role: onSelect ? 'button' : 'img',
      'aria-describedby': active === index && anchor ? tooltipId : undefined,
      'data-active': active === index || undefined,
      onFocus: (event) => {
        setRoving(index);
        setActive(index);
        setFocused(true);
        setAnchor(anchorOf(event.currentTarget));
      },
      onBlur: () => {
        setFocused(false);
        setActive(-1);
        setAnchor(null);
      },
      onKeyDown: (event) => {
        const forward =
          event.key === 'ArrowDown' || event.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
        const backward =
          event.key === 'ArrowUp' || event.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
        let handled = true;
        if (forward) move(index + 1);
        else if (backward) move(index - 1);
        else if (event.key === 'Home') move(0);
        else if (event.key === 'End') move(count - 1);
        else if (event.key === 'Escape') setAnchor(null);
        else if ((event.key === 'Enter' || event.key === ' ') && onSelect) onSelect(mark, index);
        else handled = false;
        if (handled) event.preventDefault();
      },
      onPointerEnter: (event) => {
        setActive(index);
        setAnchor({ x: event.clientX, y: event.clientY, fromKeyboard: false });
      },
      onPointerMove: (event) => {
        setAnchor({ x: event.clientX, y: event.clientY, fromKeyboard: false });
      },
      onPointerLeave: () => {
        if (!focused) setActive(-1);
        setAnchor(null);
      },
      onClick: onSelect ? () => onSelect(mark, index) : undefined,
      style: { outline: 'none', cursor: onSelect ? 'pointer' : undefined },
    };
  };

  const shown =
    active >= 0 && active < count && anchor ? tooltip(marks[active] as M, active) : null;
  return {
    active,
    focused,
    markProps,
    tooltip: { id: tooltipId, content: shown, anchor: shown ? anchor : null },
    dismiss,
  };
}
