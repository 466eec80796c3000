import { type ModelComparison as ModelComparisonResult, UNATTRIBUTED_ROW } from '@closedloop/core';
import { type CSSProperties, type ReactNode, useMemo, useState } from 'react';
import {
  ChartFrame,
  color,
  createFormatters,
  DataTable,
  type Formatters,
  font,
  linearScale,
  mergeLabels,
  type OnSelect,
  SHAPES,
  seriesColor,
  seriesEdge,
  shapePath,
  Tooltip,
  type TooltipContent,
  tabular,
  tickCount,
  useChartIds,
  useContainerSize,
  useMarks,
  type WidgetBaseProps,
  type WidgetStatus,
} from '../kit';
import {
  type ComparisonDot,
  type ComparisonRow,
  comparisonEvidence,
  comparisonRows,
  dodge,
} from './comparison-rows';
import {
  type DotFacts,
  defaultModelComparisonLabels,
  type ModelComparisonLabels,
} from './comparison-text';

/** What `onSelect` of `ModelComparison` carries beside the deal ids. */
export interface ModelComparisonSelection {
  channel: string;
  /** Index of the model in `comparison.models`. */
  model: number;
  modelLabel: string;
  /** The value (exact decimal string) and its delta from the baseline. */
  value: string;
  delta: string;
  /** The credited touches of the channel under the model (empty for the unattributed row). */
  touchIds: string[];
}

/** Props of `ModelComparison`. */
export interface ModelComparisonProps extends WidgetBaseProps<ModelComparisonLabels> {
  /** The result of `compareModels` in `@closedloop/core`; the first model is the baseline. */
  comparison?: ModelComparisonResult;
  /** Which model the delta column compares with the baseline at first (index, default 1). */
  defaultCompareTo?: number;
  /** Currency when the comparison has none (values without a currency). */
  currency?: string;
  /** A dot clicked or activated: the deals behind it (ids) and its touches (`detail.touchIds`). */
  onSelect?: OnSelect<'dot', ModelComparisonSelection>;
  /** Fixed width in px (no measuring); default: the container's width. */
  width?: number;
  /** Open the data table from the start. */
  showData?: boolean;
  dir?: 'ltr' | 'rtl';
}

const ROW = 32;
const AXIS = 24;
const DOT_R = 5;
const DELTA_W = 132;
// Dots closer than this (px) are spread vertically by DOT_STEP so each stays visible.
const DOT_GAP = 6;
const DOT_STEP = 5;

const styles = {
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '4px 8px',
    margin: '0 0 8px',
    padding: 0,
    listStyle: 'none',
    fontSize: font.label,
    color: color.muted,
  },
  legendButton: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: 6,
    font: 'inherit',
    color: color.text,
    background: 'transparent',
    border: `1px solid transparent`,
    borderRadius: 999,
    padding: '2px 8px',
    cursor: 'pointer',
  },
  legendStatic: { display: 'inline-flex', alignItems: 'center', gap: 6, padding: '2px 8px' },
  svg: { display: 'block', overflow: 'visible', fontFamily: font.family },
  footnote: { margin: '8px 0 0', color: color.muted, fontSize: font.label },
} satisfies Record<string, CSSProperties>;

/** A legend swatch drawn with the model's own marker shape and colour. */
function ShapeSwatch({ index }: { index: number }): ReactNode {
  const shape = SHAPES[index % SHAPES.length] ?? 'circle';
  return (
    <svg aria-hidden="true" focusable="false" width={12} height={12} viewBox="-6 -6 12 12">
      <path d={shapePath(shape, 4.5)} style={{ fill: seriesColor(index), ...seriesEdge(index) }} />
    </svg>
  );
}

/** A signed amount with the locale's minus sign: `+$42K`, `-$7,000`. */
function signed(fmt: Formatters, value: number, full: boolean): string {
  const text = full ? fmt.money(value) : fmt.moneyCompact(value);
  return value > 0 ? `+${text}` : text;
}

/** `+$42K (+18%)` for marks, `+$42,000 (+18%)` for tooltips and names. */
function signedMoney(fmt: Formatters, dot: ComparisonDot, full: boolean): string {
  const ratio = dot.deltaRatio === null ? '' : ` (${fmt.change(dot.deltaRatio)})`;
  return `${signed(fmt, dot.deltaValue, full)}${ratio}`;
}

/** The reason of a delta in words, from its largest driver. */
function reasonOf(
  fmt: Formatters,
  labels: ModelComparisonLabels,
  dot: ComparisonDot,
): string | null {
  const top = dot.why?.drivers[0];
  if (!top) return null;
  return labels.mostly(labels.position(top.position), signed(fmt, Number(top.amount), true));
}

/**
 * Each channel's value under several attribution models as a dot plot against the baseline
 * (the first model): one row per channel, one marker per model (colour and shape), the
 * baseline as a 2px tick, the spread between models as a muted line, and a delta column for
 * the model picked in the legend. Hovering or focusing a dot explains its delta in words —
 * the rule (anchor, middle touches, recency …) that moved the money, from `ChannelDelta`.
 * The unattributed row is always shown, so every column adds up.
 */
export function ModelComparison({
  comparison,
  title,
  description,
  defaultCompareTo = 1,
  locale = 'en-US',
  currency,
  status = 'ready',
  errorMessage,
  onRetry,
  stateSlots,
  onSelect,
  labels: labelOverrides,
  width: fixedWidth,
  showData,
  dir,
  className,
}: ModelComparisonProps): ReactNode {
  const ids = useChartIds();
  const labels = useMemo(
    () => mergeLabels(defaultModelComparisonLabels, labelOverrides),
    [labelOverrides],
  );
  // A fixed width needs no measuring (the height follows the rows).
  const size = useContainerSize(fixedWidth === undefined ? {} : { width: fixedWidth, height: 0 });
  const fmt = useMemo(
    () => createFormatters(locale, comparison?.currency ?? currency ?? null),
    [locale, comparison?.currency, currency],
  );
  const data = useMemo(
    () => (comparison ? comparisonRows(comparison, UNATTRIBUTED_ROW) : null),
    [comparison],
  );
  const models = comparison?.models ?? [];
  const [compareTo, setCompareTo] = useState(defaultCompareTo);
  const picked = models.length > 1 ? Math.min(Math.max(compareTo, 1), models.length - 1) : 0;
  const shown: WidgetStatus =
    status === 'ready' && (!data || data.rows.length === 0 || models.length === 0)
      ? 'empty'
      : status;

  const width = Math.max(size.width, 240);
  const narrow = width < 480;
  const labelW = Math.min(Math.round(width * (narrow ? 0.32 : 0.26)), 180);
  const deltaW = models.length > 1 ? (narrow ? 76 : DELTA_W) : 0;
  const plotX0 = labelW + 12;
  const plotX1 = Math.max(plotX0 + 40, width - deltaW - 16);
  const rows = data?.rows ?? [];
  const rtl = dir === 'rtl';
  const x = linearScale(
    [0, data && data.max > 0 ? data.max : 1],
    rtl ? [plotX1, plotX0] : [plotX0, plotX1],
  );
  const ticks = x.ticks(tickCount(plotX1 - plotX0, 80));
  const height = AXIS + rows.length * ROW + 4;

  const channelName = (row: ComparisonRow) =>
    row.unattributed ? labels.unattributed : labels.channel(row.channel);
  const marks = useMemo(
    () => rows.flatMap((row, r) => row.dots.map((dot) => ({ row, r, dot }))),
    [rows],
  );
  const facts = (row: ComparisonRow, dot: ComparisonDot): DotFacts => ({
    channel: channelName(row),
    model: models[dot.model]?.label ?? '',
    baseline: models[0]?.label ?? '',
    value: fmt.money(dot.value),
    share: fmt.percentFull(dot.share),
    delta: dot.model === 0 ? null : signedMoney(fmt, dot, true),
    reason: dot.model === 0 ? null : reasonOf(fmt, labels, dot),
  });
  const tooltip = ({ row, dot }: (typeof marks)[number]): TooltipContent => {
    const f = facts(row, dot);
    const drivers = (dot.why?.drivers ?? []).slice(0, 3);
    return {
      title: `${f.channel} · ${f.model}`,
      rows: [
        {
          key: 'value',
          label: labels.value,
          value: f.value,
          color: seriesColor(dot.model),
          swatch: 'circle',
        },
        { key: 'share', label: labels.share, value: f.share },
        ...(f.delta
          ? [
              {
                key: 'delta',
                label: labels.versus(f.baseline),
                value: dot.deltaValue === 0 ? labels.unchanged : f.delta,
              },
            ]
          : []),
        ...drivers.map((d) => ({
          key: `driver-${d.position}`,
          label: labels.position(d.position),
          value: signed(fmt, Number(d.amount), true),
        })),
      ],
      footer: f.reason ?? undefined,
    };
  };
  const select =
    onSelect && comparison
      ? ({ row, dot }: (typeof marks)[number]) => {
          const evidence = comparisonEvidence(comparison, row.channel, dot.model, UNATTRIBUTED_ROW);
          onSelect({
            widget: 'model-comparison',
            kind: 'dot',
            key: `${row.channel}|${dot.model}`,
            label: `${channelName(row)} · ${models[dot.model]?.label ?? ''}`,
            ids: evidence.dealIds,
            entity: 'deal',
            detail: {
              channel: row.channel,
              model: dot.model,
              modelLabel: models[dot.model]?.label ?? '',
              value: dot.amount,
              delta: dot.delta,
              touchIds: evidence.touchIds,
            },
          });
        }
      : undefined;
  const interaction = useMarks({ marks, tooltip, onSelect: select, rtl });

  const notReconciled = models.filter((m, k) => k > 0 && !m.reconciles).map((m) => m.label);
  const baselineLabel = models[0]?.label ?? '';

  const placeholder = (state: Exclude<WidgetStatus, 'ready'>) => (
    <svg aria-hidden="true" width="100%" height={AXIS + 5 * ROW} style={styles.svg}>
      {[0, 1, 2, 3, 4].map((i) => (
        <g key={i} transform={`translate(0 ${AXIS + i * ROW + ROW / 2})`}>
          <rect
            x={0}
            y={-5}
            width={Math.min(labelW, 96)}
            height={10}
            rx={2}
            style={{ fill: color.track }}
          />
          {state === 'loading' ? (
            <rect
              x={plotX0 + 8}
              y={-2}
              width={((5 - i) / 5) * (plotX1 - plotX0) * 0.8}
              height={4}
              rx={2}
              style={{ fill: color.track }}
            />
          ) : (
            <line x1={plotX0} x2={plotX1} y1={0} y2={0} style={{ stroke: color.grid }} />
          )}
        </g>
      ))}
    </svg>
  );

  return (
    <ChartFrame
      ids={ids}
      title={title}
      description={description}
      status={shown}
      labels={labels}
      errorMessage={errorMessage}
      onRetry={onRetry}
      stateSlots={stateSlots}
      placeholder={placeholder}
      dir={dir}
      className={className}
      rootRef={size.ref}
      announcement={
        models.length > 1
          ? labels.deltaHeader(models[picked]?.label ?? '', baselineLabel)
          : undefined
      }
      footnote={
        notReconciled.length > 0 ? labels.notReconciled(notReconciled.join(', ')) : undefined
      }
    >
      <ul aria-label={labels.pickModel} style={styles.legend}>
        {models.map((model, k) => (
          <li key={model.label}>
            {k === 0 || models.length < 3 ? (
              <span style={styles.legendStatic}>
                <ShapeSwatch index={k} />
                <span style={{ color: color.text }}>{model.label}</span>
                {k === 0 ? <span>({labels.baseline})</span> : null}
              </span>
            ) : (
              <button
                type="button"
                aria-pressed={k === picked}
                onClick={() => setCompareTo(k)}
                style={{
                  ...styles.legendButton,
                  borderColor: k === picked ? color.text : 'transparent',
                  fontWeight: k === picked ? 600 : 400,
                }}
              >
                <ShapeSwatch index={k} />
                {model.label}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div style={{ position: 'relative' }}>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG group of focusable marks, not a form fieldset */}
        <svg
          role="group"
          aria-labelledby={ids.title}
          aria-describedby={description ? ids.description : undefined}
          width={width}
          height={height}
          style={{ ...styles.svg, maxWidth: '100%' }}
        >
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG text and lines are not focusable; the dots carry the facts */}
          <g aria-hidden="true">
            {ticks.map((tick) => (
              <g key={tick}>
                <line
                  x1={x(tick)}
                  x2={x(tick)}
                  y1={AXIS - 4}
                  y2={height - 4}
                  style={{ stroke: color.grid }}
                  strokeWidth={1}
                />
                <text
                  x={x(tick)}
                  y={AXIS - 10}
                  textAnchor="middle"
                  style={{ fill: color.muted, fontSize: font.tick, ...tabular }}
                >
                  {fmt.moneyCompact(tick)}
                </text>
              </g>
            ))}
            {models.length > 1 ? (
              <text
                x={rtl ? 0 : width}
                y={AXIS - 10}
                textAnchor={rtl ? 'start' : 'end'}
                style={{ fill: color.muted, fontSize: font.tick, fontWeight: 600 }}
              >
                <title>{labels.deltaHeader(models[picked]?.label ?? '', baselineLabel)}</title>
                {narrow ? '±' : `± ${truncate(models[picked]?.label ?? '', 16)}`}
              </text>
            ) : null}
            {rows.map((row, r) => {
              const cy = AXIS + r * ROW + ROW / 2;
              const delta = row.dots[picked];
              return (
                <g key={row.channel}>
                  <text
                    x={rtl ? width : 0}
                    y={cy}
                    dy="0.35em"
                    textAnchor={rtl ? 'end' : 'start'}
                    style={{
                      fill: row.unattributed ? color.muted : color.text,
                      fontSize: font.label,
                      fontStyle: row.unattributed ? 'italic' : undefined,
                    }}
                  >
                    <title>{channelName(row)}</title>
                    {truncate(channelName(row), Math.max(6, Math.floor(labelW / 7)))}
                  </text>
                  <line
                    x1={x(row.min)}
                    x2={x(row.max)}
                    y1={cy}
                    y2={cy}
                    style={{ stroke: color.muted, strokeOpacity: 0.45 }}
                    strokeWidth={2}
                    strokeLinecap="round"
                  />
                  <line
                    x1={x(row.baseline)}
                    x2={x(row.baseline)}
                    y1={cy - 9}
                    y2={cy + 9}
                    style={{ stroke: color.text }}
                    strokeWidth={2}
                  />
                  {delta && picked > 0 ? (
                    <text
                      x={rtl ? 0 : width}
                      y={cy}
                      dy="0.35em"
                      textAnchor={rtl ? 'start' : 'end'}
                      style={{
                        fill: delta.deltaValue === 0 ? color.muted : color.text,
                        fontSize: font.label,
                        fontWeight: delta.deltaValue === 0 ? 400 : 600,
                        ...tabular,
                      }}
                    >
                      {delta.deltaValue === 0
                        ? '—'
                        : narrow
                          ? signed(fmt, delta.deltaValue, false)
                          : signedMoney(fmt, delta, false)}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
          {rows.map((row, r) => {
            const cy = AXIS + r * ROW + ROW / 2;
            const xs = row.dots.map((d) => x(d.value));
            // Spread coinciding dots, but keep them inside their row.
            const spread = dodge(xs, DOT_GAP, DOT_STEP);
            const widest = Math.max(...spread.map(Math.abs), 0);
            const room = ROW / 2 - DOT_R - 2;
            const offsets = widest > room ? spread.map((o) => (o * room) / widest) : spread;
            return (
              <g key={row.channel}>
                {row.dots.map((dot) => {
                  const index = r * models.length + dot.model;
                  const props = interaction.markProps(index);
                  const active = interaction.active === index;
                  const dim = interaction.active >= 0 && !active;
                  const shape = SHAPES[dot.model % SHAPES.length] ?? 'circle';
                  return (
                    <g
                      key={dot.model}
                      {...props}
                      aria-label={labels.dotName(facts(row, dot))}
                      transform={`translate(${xs[dot.model] ?? 0} ${cy + (offsets[dot.model] ?? 0)})`}
                      style={{ ...props.style, opacity: dim ? 0.45 : 1 }}
                    >
                      {active && interaction.focused ? (
                        <circle
                          r={DOT_R + 4}
                          style={{ fill: 'none', stroke: color.focus }}
                          strokeWidth={2}
                        />
                      ) : null}
                      <path
                        d={shapePath(shape, active ? DOT_R + 1 : DOT_R)}
                        style={{
                          fill: seriesColor(dot.model),
                          stroke: color.surface,
                          strokeWidth: 1,
                          ...(dot.model >= 4 ? seriesEdge(dot.model) : {}),
                        }}
                      />
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      </div>
      <DataTable
        caption={title}
        toggle={labels.showData}
        open={showData}
        columns={[
          { key: 'channel', header: labels.channelHeader },
          ...models.map((m, k) => ({ key: `m${k}`, header: m.label, numeric: true })),
          ...models.slice(1).map((m, k) => ({
            key: `d${k + 1}`,
            header: labels.deltaHeader(m.label, baselineLabel),
            numeric: true,
          })),
        ]}
        rows={[
          ...rows.map((row) => ({
            key: row.channel,
            cells: [
              channelName(row),
              ...row.dots.map((d) => `${fmt.money(d.value, 2)} (${fmt.percentFull(d.share)})`),
              ...row.dots
                .slice(1)
                .map((d) => (d.deltaValue === 0 ? '—' : signedMoney(fmt, d, true))),
            ],
          })),
          {
            key: '(total)',
            cells: [
              labels.total,
              ...models.map((m) => fmt.money(Number(m.total), 2)),
              ...models.slice(1).map(() => ''),
            ],
          },
        ]}
      />
      <Tooltip {...interaction.tooltip} />
    </ChartFrame>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}
