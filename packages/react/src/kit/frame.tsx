import { type CSSProperties, type ReactNode, type Ref, useId } from 'react';
import type { StateLabels } from './labels';
import { LiveRegion } from './live-region';
import { color, font, visuallyHidden } from './tokens';

/** Which state a widget shows: the data, or a loading, empty or error state. */
export type WidgetStatus = 'ready' | 'loading' | 'empty' | 'error';

/** Replacements for the built-in state messages (the frame and skeleton stay). */
export type StateSlots = Partial<Record<Exclude<WidgetStatus, 'ready'>, ReactNode>>;

/** Ids of a widget's title and description, for `aria-labelledby`/`aria-describedby`. */
export interface ChartIds {
  root: string;
  title: string;
  description: string;
}

/** Stable per-instance ids (from `useId`, so server and client agree). */
export function useChartIds(): ChartIds {
  const id = useId();
  return { root: id, title: `${id}-title`, description: `${id}-description` };
}

/** Props of `ChartFrame`. */
export interface ChartFrameProps {
  ids: ChartIds;
  title: string;
  description?: string;
  /** The state to show; `ready` shows `children`. */
  status: WidgetStatus;
  labels: StateLabels;
  /** The error state's message; default `labels.error`. */
  errorMessage?: string;
  /** The empty state's message, naming the scope ("No MQLs 1 Jul–30 Sep"); default `labels.empty`. */
  emptyMessage?: string;
  /** Shows a retry button in the error state. */
  onRetry?: () => void;
  /** Replaces the text of a state (the frame stays). */
  stateSlots?: StateSlots;
  /**
   * The widget's frame for a non-ready state, in its final shape and height: a skeleton
   * (loading) or the empty track and axes (empty, error). Decorative: hidden from AT.
   */
  placeholder?: (status: Exclude<WidgetStatus, 'ready'>) => ReactNode;
  /** The partial-data footnote (muted, under the plot), shown when ready. */
  footnote?: ReactNode;
  /** Shown when ready, after the footnote: the "Show data" table. */
  table?: ReactNode;
  /** Announced politely when it changes (the headline value, say). */
  announcement?: string;
  /** Content right of the title (a status chip, a toggle). */
  headerEnd?: ReactNode;
  /** Hide the title and description visually (they still name the chart). */
  hideHeader?: boolean;
  /** Style of the title (a KPI shows it as a 13px muted label). */
  titleStyle?: CSSProperties;
  /** Space between the header and the plot in px; default 12. */
  headerGap?: number;
  /**
   * Where the empty/error message goes: centred `over` the dimmed frame (default; charts
   * with some height) or `below` it (thin frames such as a meter track).
   */
  statePlacement?: 'over' | 'below';
  dir?: 'ltr' | 'rtl' | 'auto';
  className?: string;
  style?: CSSProperties;
  rootRef?: Ref<HTMLDivElement>;
  children?: ReactNode;
}

const styles = {
  root: {
    fontFamily: font.family,
    color: color.text,
    minWidth: 0,
    position: 'relative',
    lineHeight: 1.4,
  },
  header: { display: 'flex', alignItems: 'flex-start', gap: 12, marginBottom: 12 },
  headerText: { flex: '1 1 auto', minWidth: 0 },
  title: { margin: 0, fontWeight: 600, fontSize: font.title, overflowWrap: 'anywhere' },
  description: {
    margin: '4px 0 0',
    color: color.muted,
    fontSize: font.description,
    overflowWrap: 'anywhere',
  },
  stateBox: { position: 'relative' },
  stateText: {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: 8,
    margin: 0,
    padding: 8,
    textAlign: 'center',
    fontSize: font.description,
    color: color.muted,
  },
  stateInline: {
    display: 'flex',
    alignItems: 'center',
    gap: 8,
    margin: '8px 0 0',
    fontSize: font.description,
    color: color.muted,
  },
  error: { color: color.text },
  stateChip: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'center',
    gap: 8,
    maxWidth: '100%',
    padding: '6px 12px',
    borderRadius: 6,
    background: color.surface,
    boxShadow: `0 0 0 1px ${color.grid}`,
  },
  retry: {
    font: 'inherit',
    fontSize: font.label,
    color: color.text,
    background: 'transparent',
    border: `1px solid ${color.grid}`,
    borderRadius: 6,
    padding: '2px 10px',
    cursor: 'pointer',
    whiteSpace: 'nowrap',
  },
  footnote: { margin: '8px 0 0', color: color.muted, fontSize: font.label },
} satisfies Record<string, CSSProperties>;

function ErrorIcon(): ReactNode {
  return (
    <svg aria-hidden="true" focusable="false" width={16} height={16} viewBox="0 0 16 16">
      <circle cx={8} cy={8} r={7} fill="none" style={{ stroke: color.text }} strokeWidth={1.5} />
      <path
        d="M8 4.5v4.5M8 11v.5"
        style={{ stroke: color.text }}
        strokeWidth={1.6}
        strokeLinecap="round"
      />
    </svg>
  );
}

/**
 * The shell of every widget: title and description (the accessible name and description),
 * the loading / empty / error states over the widget's own placeholder frame, the
 * partial-data footnote and a polite live region. The title stays in every state.
 */
export function ChartFrame({
  ids,
  title,
  description,
  status,
  labels,
  errorMessage,
  emptyMessage,
  onRetry,
  stateSlots,
  placeholder,
  footnote,
  table,
  announcement,
  headerEnd,
  hideHeader = false,
  titleStyle,
  headerGap,
  statePlacement = 'over',
  dir,
  className,
  style,
  rootRef,
  children,
}: ChartFrameProps): ReactNode {
  const header = (
    <div
      style={
        hideHeader
          ? visuallyHidden
          : headerGap === undefined
            ? styles.header
            : { ...styles.header, marginBottom: headerGap }
      }
    >
      <div style={styles.headerText}>
        <p id={ids.title} style={titleStyle ? { ...styles.title, ...titleStyle } : styles.title}>
          {title}
        </p>
        {description ? (
          <p id={ids.description} style={styles.description}>
            {description}
          </p>
        ) : null}
      </div>
      {headerEnd}
    </div>
  );
  let body: ReactNode;
  if (status === 'ready') {
    body = (
      <>
        {children}
        {footnote ? <p style={styles.footnote}>{footnote}</p> : null}
        {table}
      </>
    );
  } else {
    const frame = placeholder?.(status);
    const message =
      stateSlots?.[status] ??
      (status === 'loading'
        ? labels.loading
        : status === 'error'
          ? (errorMessage ?? labels.error)
          : (emptyMessage ?? labels.empty));
    const text = (
      <>
        {status === 'error' ? <ErrorIcon /> : null}
        <span style={status === 'error' ? styles.error : undefined}>{message}</span>
        {status === 'error' && onRetry ? (
          <button type="button" onClick={onRetry} style={styles.retry}>
            {labels.retry}
          </button>
        ) : null}
      </>
    );
    // Loading: the skeleton shows the shape, the status text is for screen readers only.
    // Empty and error: the frame dimmed, the message over it (on a surface chip) or below it.
    const over = statePlacement === 'over' && status !== 'loading';
    body = frame ? (
      <div style={styles.stateBox}>
        <div aria-hidden="true" style={status === 'loading' ? undefined : { opacity: 0.5 }}>
          {frame}
        </div>
        <div
          role="status"
          style={
            status === 'loading' ? visuallyHidden : over ? styles.stateText : styles.stateInline
          }
        >
          {over ? <span style={styles.stateChip}>{text}</span> : text}
        </div>
      </div>
    ) : (
      <div role="status" style={status === 'loading' ? visuallyHidden : styles.stateInline}>
        {text}
      </div>
    );
  }
  return (
    <div
      ref={rootRef}
      id={ids.root}
      dir={dir}
      className={className}
      data-status={status}
      aria-busy={status === 'loading' || undefined}
      style={{ ...styles.root, ...style }}
    >
      {header}
      {body}
      {announcement !== undefined ? <LiveRegion message={announcement} /> : null}
    </div>
  );
}
