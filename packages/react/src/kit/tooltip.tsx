import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useIsomorphicLayoutEffect } from './container-size';
import { color, font, tabular } from './tokens';

/** One row of a tooltip: swatch, muted label, end-aligned value. */
export interface TooltipRow {
  /** Stable key. */
  key: string;
  label: ReactNode;
  value: ReactNode;
  /** Swatch colour (a CSS colour or var()); no swatch without it. */
  color?: string;
  /** Swatch drawn as a square (default), a solid, dashed or dotted line, or hatched. */
  swatch?: SwatchShape;
}

/** The content of a tooltip: the same facts as the mark's accessible name, laid out. */
export interface TooltipContent {
  title: ReactNode;
  rows: TooltipRow[];
  /** A muted line under the rows (a formula, a note). */
  footer?: ReactNode;
}

/** Where a tooltip points: viewport coordinates, and the element whose theme it copies. */
export interface TooltipAnchor {
  x: number;
  y: number;
  /** True when opened from the keyboard (placed above the mark, not the pointer). */
  fromKeyboard: boolean;
}

/** Swatch shapes shared by tooltips and legends. */
export type SwatchShape = 'square' | 'line' | 'dashed' | 'dotted' | 'hatch' | 'circle';

/** A small legend/tooltip swatch whose shape matches its mark. */
export function Swatch({
  color: fill,
  shape = 'square',
}: {
  color: string;
  shape?: SwatchShape;
}): ReactNode {
  const base: CSSProperties = { display: 'inline-block', flex: 'none' };
  if (shape === 'line' || shape === 'dashed' || shape === 'dotted') {
    // Dash patterns drawn as gradients: border dashes are browser-defined and blur at 12px.
    const dash = shape === 'line' ? null : shape === 'dashed' ? [3, 2] : [2, 2];
    return (
      <span
        aria-hidden="true"
        style={{
          ...base,
          width: 14,
          height: 2,
          background: dash
            ? `repeating-linear-gradient(90deg, ${fill} 0 ${dash[0]}px, transparent ${dash[0]}px ${(dash[0] ?? 0) + (dash[1] ?? 0)}px)`
            : fill,
        }}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      style={{
        ...base,
        width: 8,
        height: 8,
        borderRadius: shape === 'circle' ? '50%' : 2,
        background:
          shape === 'hatch'
            ? `repeating-linear-gradient(135deg, ${fill} 0 1.5px, transparent 1.5px 4px)`
            : fill,
        boxShadow: shape === 'hatch' ? `inset 0 0 0 1px ${fill}` : undefined,
      }}
    />
  );
}

// The custom properties a portalled tooltip copies from its chart, so a theme scoped to a
// card (a `.dark` card, a brand palette) still reaches it outside that card.
const THEMED = [
  '--cl-color-text',
  '--cl-color-text-muted',
  '--cl-color-surface',
  '--cl-color-grid',
  '--cl-color-track',
  '--cl-color-accent',
  '--cl-font-family',
  '--cl-status-ahead',
  '--cl-status-on-track',
  '--cl-status-at-risk',
  '--cl-status-behind',
  ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [`--cl-series-${n}`, `--chart-${n}`]),
];

function themeOf(source: Element | null): Record<string, string> {
  if (!source || typeof getComputedStyle === 'undefined') return {};
  const computed = getComputedStyle(source);
  const vars: Record<string, string> = {};
  for (const name of THEMED) {
    const value = computed.getPropertyValue(name).trim();
    if (value) vars[name] = value;
  }
  return vars;
}

const styles = {
  box: {
    position: 'fixed',
    zIndex: 2147483000,
    pointerEvents: 'none',
    maxWidth: 280,
    boxSizing: 'border-box',
    padding: '8px 12px',
    background: color.surface,
    color: color.text,
    border: `1px solid ${color.grid}`,
    borderRadius: 6,
    boxShadow: '0 4px 12px rgb(0 0 0 / 0.12), 0 1px 2px rgb(0 0 0 / 0.08)',
    fontFamily: font.family,
    fontSize: font.label,
    lineHeight: 1.4,
    overflowWrap: 'anywhere',
  },
  title: { fontWeight: 600, margin: 0 },
  rows: { margin: '4px 0 0', padding: 0, display: 'grid', gap: 2 },
  row: { display: 'flex', alignItems: 'center', gap: 8 },
  label: { color: color.muted, flex: '1 1 auto', minWidth: 0 },
  value: { ...tabular, fontWeight: 600, marginInlineStart: 'auto', textAlign: 'end' },
  footer: { margin: '6px 0 0', color: color.muted, fontSize: font.tick },
} satisfies Record<string, CSSProperties>;

/** Props of `Tooltip`. */
export interface TooltipProps {
  /** Id for `aria-describedby` on the mark. */
  id: string;
  /** What to show; nothing when null. */
  content: TooltipContent | null;
  anchor: TooltipAnchor | null;
  /** The chart's root: its custom properties are copied onto the portalled tooltip. */
  themeSource?: Element | null;
  /** Portal into `document.body` (default) so `overflow: hidden` parents never clip it. */
  portal?: boolean | Element;
}

const GAP = 10;
const MARGIN = 8;

/**
 * The HTML tooltip of every widget: portalled to `document.body`, `position: fixed`, kept
 * inside the viewport (above its anchor, or below when there is no room). Renders nothing
 * on the server; it only opens after a pointer or focus event.
 */
export function Tooltip({
  id,
  content,
  anchor,
  themeSource = null,
  portal = true,
}: TooltipProps): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  const [theme, setTheme] = useState<Record<string, string>>({});
  const open = content !== null && anchor !== null;

  useEffect(() => {
    if (open && portal) setTheme(themeOf(themeSource));
  }, [open, portal, themeSource]);

  useIsomorphicLayoutEffect(() => {
    const element = box.current;
    if (!open || !anchor || !element) {
      setPosition(null);
      return;
    }
    const { width, height } = element.getBoundingClientRect();
    const viewWidth = document.documentElement.clientWidth || window.innerWidth;
    const viewHeight = document.documentElement.clientHeight || window.innerHeight;
    let top = anchor.y - height - GAP;
    if (top < MARGIN) top = anchor.y + GAP + (anchor.fromKeyboard ? 0 : 8);
    top = Math.min(Math.max(top, MARGIN), Math.max(MARGIN, viewHeight - height - MARGIN));
    const left = Math.min(
      Math.max(anchor.x - width / 2, MARGIN),
      Math.max(MARGIN, viewWidth - width - MARGIN),
    );
    setPosition({ left, top });
  }, [open, anchor?.x, anchor?.y, anchor?.fromKeyboard, content]);

  if (!open || typeof document === 'undefined') return null;
  const node = (
    <div
      ref={box}
      id={id}
      role="tooltip"
      data-cl-tooltip=""
      style={{
        ...styles.box,
        ...(theme as CSSProperties),
        left: position?.left ?? 0,
        top: position?.top ?? 0,
        visibility: position ? 'visible' : 'hidden',
      }}
    >
      <p style={styles.title}>{content.title}</p>
      {content.rows.length > 0 ? (
        <div style={styles.rows}>
          {content.rows.map((row) => (
            <div key={row.key} style={styles.row}>
              {row.color ? <Swatch color={row.color} shape={row.swatch} /> : null}
              <span style={styles.label}>{row.label}</span>
              <span style={styles.value}>{row.value}</span>
            </div>
          ))}
        </div>
      ) : null}
      {content.footer ? <p style={styles.footer}>{content.footer}</p> : null}
    </div>
  );
  if (!portal) return node;
  return createPortal(node, portal === true ? document.body : portal);
}
