import type { CSSProperties, ReactNode } from 'react';
import {
  color,
  type Formatters,
  font,
  type MarkSelection,
  type OnSelect,
  Tooltip,
  tabular,
  useMarks,
} from '../kit';
import type { HandoffFlowLabels } from './handoff-flow-labels';
import type { ReasonBar } from './reason-bars';

/** Facts of a reason bar handed to `onSelect`. */
export interface ReasonSelectionDetail {
  kind: ReasonBar['kind'];
  reason: string | null;
  count: number;
  share: number;
  cameBackAsMql: number;
}

const HATCH = `repeating-linear-gradient(135deg, ${color.muted} 0 1.5px, transparent 1.5px 5px)`;

const styles = {
  title: { margin: '16px 0 8px', fontSize: font.label, fontWeight: 600 },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 40%) minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: 12,
    height: 32,
    fontSize: font.label,
    borderRadius: 4,
  },
  label: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  kind: { color: color.muted, fontSize: font.tick },
  track: { height: 19, position: 'relative' },
  value: { ...tabular, fontWeight: 600, textAlign: 'end', whiteSpace: 'nowrap' },
  share: { color: color.muted, fontWeight: 400 },
} satisfies Record<string, CSSProperties>;

/** Props of `ReasonList`. */
export interface ReasonListProps {
  bars: readonly ReasonBar[];
  episodes: ReadonlyMap<string, string[]>;
  labels: HandoffFlowLabels;
  fmt: Formatters;
  onSelect?: OnSelect<'reason', ReasonSelectionDetail>;
  themeSource: Element | null;
  rtl: boolean;
}

/**
 * Why sales rejected MQLs: one 32px row per reason (Tremor's BarList pitch), largest first,
 * the bar muted and "No reason given" hatched. Rows are focusable marks with the same
 * tooltip as on hover, and lead to their episodes through `onSelect`.
 */
export function ReasonList({
  bars,
  episodes,
  labels,
  fmt,
  onSelect,
  themeSource,
  rtl,
}: ReasonListProps): ReactNode {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const name = (bar: ReasonBar) => bar.reason ?? labels.noReason;
  const kind = (bar: ReasonBar) =>
    bar.kind === 'recycled'
      ? labels.recycled
      : bar.kind === 'disqualified'
        ? labels.disqualified
        : null;
  const select = (bar: ReasonBar): MarkSelection<'reason', ReasonSelectionDetail> => ({
    widget: 'handoff-flow',
    kind: 'reason',
    key: bar.key,
    label: name(bar),
    ids: episodes.get(bar.key) ?? [],
    entity: 'episode',
    detail: {
      kind: bar.kind,
      reason: bar.reason,
      count: bar.count,
      share: bar.share,
      cameBackAsMql: bar.cameBackAsMql,
    },
  });
  const marks = useMarks({
    marks: bars,
    rtl,
    tooltip: (bar) => ({
      title: name(bar),
      rows: [
        ...(kind(bar) ? [{ key: 'kind', label: kind(bar), value: '' }] : []),
        { key: 'count', label: labels.count, value: fmt.countFull(bar.count) },
        { key: 'share', label: labels.shareOfRejections, value: fmt.percentFull(bar.share) },
        { key: 'back', label: labels.cameBack, value: fmt.countFull(bar.cameBackAsMql) },
      ],
    }),
    onSelect: onSelect ? (bar) => onSelect(select(bar)) : undefined,
  });
  return (
    <div>
      <p style={styles.title}>{labels.reasonsTitle}</p>
      <ul style={styles.list}>
        {bars.map((bar, index) => {
          const props = marks.markProps(index);
          const active = marks.active === index;
          const width = bar.count === 0 ? 0 : Math.max((bar.count / max) * 100, 0.5);
          return (
            <li key={bar.key}>
              {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role (button or img) comes from markProps */}
              <div
                aria-label={`${name(bar)}${kind(bar) ? ` · ${kind(bar)}` : ''} ${fmt.count(bar.count)} ${fmt.percent(bar.share)}`}
                {...props}
                role={props.role}
                style={{
                  ...props.style,
                  ...styles.row,
                  outline: active && marks.focused ? `2px solid ${color.focus}` : 'none',
                  outlineOffset: 2,
                }}
              >
                <span style={styles.label}>
                  {name(bar)}
                  {kind(bar) ? <span style={styles.kind}> · {kind(bar)}</span> : null}
                </span>{' '}
                <span style={styles.track} aria-hidden="true">
                  {width > 0 ? (
                    <span
                      style={{
                        position: 'absolute',
                        insetBlock: 0,
                        insetInlineStart: 0,
                        width: `${width}%`,
                        minWidth: 2,
                        borderStartEndRadius: 2,
                        borderEndEndRadius: 2,
                        background: bar.reason === null ? HATCH : color.muted,
                        boxShadow:
                          bar.reason === null ? `inset 0 0 0 1px ${color.muted}` : undefined,
                        opacity: bar.reason === null ? 1 : active ? 0.75 : 0.5,
                      }}
                    />
                  ) : null}
                </span>
                <span style={styles.value}>
                  {fmt.count(bar.count)} <span style={styles.share}>{fmt.percent(bar.share)}</span>
                </span>
              </div>
            </li>
          );
        })}
      </ul>
      <Tooltip {...marks.tooltip} themeSource={themeSource} />
    </div>
  );
}
