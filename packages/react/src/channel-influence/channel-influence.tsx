import type { AttributionResult, PathAttribution } from '@closedloop/core';
import { type CSSProperties, type ReactNode, useMemo } from 'react';
import {
  ChartFrame,
  color,
  createFormatters,
  DataTable,
  type Formatters,
  font,
  HatchPattern,
  Legend,
  linearScale,
  mergeLabels,
  type OnSelect,
  sequential,
  status as statusTokens,
  Tooltip,
  tabular,
  tickCount,
  useChartIds,
  useContainerSize,
  useMarks,
  type WidgetBaseProps,
  type WidgetStatus,
} from '../kit';
import { sequentialText } from '../kit/sequential-text';
import { type InfluenceBar, type InfluenceMeasure, influenceBars } from './influence-bars';
import {
  type BarFacts,
  type ChannelInfluenceLabels,
  defaultChannelInfluenceLabels,
} from './influence-text';
import {
  CONVERSION_STATE,
  NULL_STATE,
  rampStep,
  START_STATE,
  type TransitionMatrix,
  transitionMatrix,
} from './transition-matrix';

/** What `onSelect` of `ChannelInfluence` carries. */
export type ChannelInfluenceSelection =
  | { kind: 'channel'; channel: string; conversions: number; value: number }
  | { kind: 'transition'; from: string; to: string; probability: number };

/** Props of `ChannelInfluence`. */
export interface ChannelInfluenceProps extends WidgetBaseProps<ChannelInfluenceLabels> {
  /**
   * A data-driven fit: `attributePaths(rows, { model: 'markov' | 'shapley', bootstrap })`, or
   * an `attribute` result of model `markov` / `shapley` (its `dataDriven`; then a selected
   * channel carries the deals it credits).
   */
  result?: PathAttribution | AttributionResult;
  /** What the bars measure: share of conversions (default), credited conversions or value. */
  measure?: InfluenceMeasure;
  /** Below this many conversions the whole fit is a small sample; default 100 (core's default). */
  minConversions?: number;
  /** Below this many credited conversions a channel's bar is hatched; default 10. */
  minChannelConversions?: number;
  /** Draw the Markov transition heatmap (default true when the fit is Markov). */
  showTransitions?: boolean;
  /** Currency of the value measure (an `attribute` result brings its own). */
  currency?: string;
  /** A bar or a heatmap cell clicked or activated; a channel of an `attribute` result carries its deal ids. */
  onSelect?: OnSelect<'channel' | 'transition', ChannelInfluenceSelection>;
  width?: number;
  showData?: boolean;
  dir?: 'ltr' | 'rtl';
}

const ROW = 32;
const BAR = 19;
const AXIS = 24;
const CAP = 6;
const GAP = 6;

const styles = {
  warnings: { margin: '0 0 12px', padding: 0, listStyle: 'none', fontSize: font.label },
  warning: { display: 'flex', gap: 6, alignItems: 'baseline', margin: '2px 0' },
  svg: { display: 'block', overflow: 'visible', fontFamily: font.family, maxWidth: '100%' },
  heading: { margin: '20px 0 8px', fontSize: font.label, fontWeight: 600 },
  note: { margin: '4px 0 0', color: color.muted, fontSize: font.label },
} satisfies Record<string, CSSProperties>;

/** The fit inside either kind of input. */
function fitOf(
  result: PathAttribution | AttributionResult | undefined,
): PathAttribution | undefined {
  if (!result) return undefined;
  return 'deals' in result ? result.dataDriven : result;
}

function formatFigure(
  fmt: Formatters,
  measure: InfluenceMeasure,
  value: number,
  full: boolean,
): string {
  if (measure === 'share') return full ? fmt.percentFull(value) : fmt.percent(value);
  if (measure === 'value') return full ? fmt.money(value) : fmt.moneyCompact(value);
  return full ? fmt.countFull(Math.round(value * 10) / 10) : fmt.count(value);
}

/**
 * What a data-driven model says about each channel, with its uncertainty: sorted bars of the
 * Markov removal effect (normalised into the share of conversions it credits) or the Shapley
 * value, with bootstrap intervals as error bars, hatched where the interval reaches zero or
 * the channel rests on few conversions, and the fit's sample-size warnings in words. For
 * Markov, the fitted transition matrix follows as a heatmap (start, channels, conversion and
 * no conversion); hovering a cell lights its row and column.
 */
export function ChannelInfluence({
  result,
  title,
  description,
  measure = 'share',
  minConversions = 100,
  minChannelConversions = 10,
  showTransitions,
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
}: ChannelInfluenceProps): ReactNode {
  const ids = useChartIds();
  const labels = useMemo(
    () => mergeLabels(defaultChannelInfluenceLabels, labelOverrides),
    [labelOverrides],
  );
  const size = useContainerSize(fixedWidth === undefined ? {} : { width: fixedWidth, height: 0 });
  const fit = fitOf(result);
  const reporting = result && 'deals' in result ? result.currency : null;
  const fmt = useMemo(
    () => createFormatters(locale, reporting ?? currency ?? null),
    [locale, reporting, currency],
  );
  const bars = useMemo(
    () => (fit ? influenceBars(fit, { measure, minConversions, minChannelConversions }) : null),
    [fit, measure, minConversions, minChannelConversions],
  );
  const matrix = useMemo(
    () =>
      fit?.markov && showTransitions !== false
        ? transitionMatrix(
            fit.markov,
            (bars?.bars ?? []).map((b) => b.channel),
          )
        : null,
    [fit, showTransitions, bars],
  );
  const confidence = fit?.bootstrap?.confidence ?? null;
  const rtl = dir === 'rtl';
  const width = Math.max(size.width, 280);
  const narrow = width < 480;
  const labelW = Math.round(Math.min(Math.max(width * 0.24, 80), 160));
  const valueW = narrow ? 64 : 128;
  const plot0 = labelW + 12;
  const plot1 = Math.max(plot0 + 40, width - valueW - 8);
  const list = bars?.bars ?? [];
  const [lo, hi] = bars?.domain ?? [0, 1];
  const x = linearScale([lo, hi], rtl ? [plot1, plot0] : [plot0, plot1]);
  const ticks = x.ticks(tickCount(plot1 - plot0, 80));
  const barsHeight = list.length * ROW + AXIS;

  const stateName = (state: string) =>
    state === START_STATE
      ? labels.start
      : state === CONVERSION_STATE
        ? labels.conversion
        : state === NULL_STATE
          ? labels.noConversion
          : state
              .split(' > ')
              .map((c) => labels.channel(c))
              .join(' › ');
  const metricValue = (bar: InfluenceBar): string | null =>
    bar.removalEffect !== null
      ? fmt.countFull(Math.round(bar.removalEffect * 100) / 100)
      : bar.shapleyValue !== null
        ? fmt.countFull(Math.round(bar.shapleyValue * 100) / 100)
        : null;
  const metricText = (bar: InfluenceBar): string | null => {
    const value = metricValue(bar);
    if (value === null) return null;
    return `${bar.removalEffect !== null ? labels.removalEffect : labels.shapleyValue} ${value}`;
  };
  const uncertainText = (bar: InfluenceBar) =>
    bar.uncertain === 'crosses-zero'
      ? labels.crossesZero
      : bar.uncertain === 'small-sample'
        ? labels.smallSample(fmt.countFull(Math.round(bar.conversions * 10) / 10))
        : null;
  const intervalText = (bar: InfluenceBar) =>
    bar.low === null || bar.high === null || confidence === null
      ? null
      : `${labels.interval(confidence)} ${formatFigure(fmt, measure, bar.low, true)}–${formatFigure(fmt, measure, bar.high, true)}`;
  const barFacts = (bar: InfluenceBar): BarFacts => ({
    channel: labels.channel(bar.channel),
    figure: formatFigure(fmt, measure, bar.value, true),
    interval: intervalText(bar),
    metric: metricText(bar),
    uncertain: uncertainText(bar),
  });

  const dealIdsOf = (channel: string): string[] => {
    if (!result || !('deals' in result)) return [];
    const out: string[] = [];
    for (const deal of result.deals) {
      if (deal.credits.some((c) => c.channel === channel && c.weight > 0)) out.push(deal.dealId);
    }
    return out;
  };
  const barMarks = useMarks({
    marks: list,
    rtl,
    tooltip: (bar) => {
      const f = barFacts(bar);
      return {
        title: f.channel,
        rows: [
          {
            key: 'figure',
            label: labels.figure(measure),
            value: f.figure,
          },
          ...(f.interval
            ? [
                {
                  key: 'ci',
                  label: labels.interval(confidence ?? 0.95),
                  value: f.interval.replace(/^\S+ \S+ /, ''),
                },
              ]
            : []),
          ...(f.metric
            ? [
                {
                  key: 'metric',
                  label: bar.removalEffect !== null ? labels.removalEffect : labels.shapleyValue,
                  value: metricValue(bar) ?? '',
                },
              ]
            : []),
          {
            key: 'conv',
            label: labels.conversions,
            value: fmt.countFull(Math.round(bar.conversions * 10) / 10),
          },
          ...(reporting || currency
            ? [{ key: 'value', label: labels.value, value: fmt.money(bar.credit.value) }]
            : []),
        ],
        footer: f.uncertain ?? undefined,
      };
    },
    onSelect: onSelect
      ? (bar) => {
          const deals = dealIdsOf(bar.channel);
          onSelect({
            widget: 'channel-influence',
            kind: 'channel',
            key: bar.channel,
            label: labels.channel(bar.channel),
            ids: deals,
            entity: result && 'deals' in result ? 'deal' : null,
            detail: {
              kind: 'channel',
              channel: bar.channel,
              conversions: bar.conversions,
              value: bar.credit.value,
            },
          });
        }
      : undefined,
  });

  const shown: WidgetStatus = status === 'ready' && (!fit || list.length === 0) ? 'empty' : status;
  const hatchId = `${ids.root}-hatch`;
  const warnings = fit?.warnings ?? [];

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
      dir={dir}
      className={className}
      rootRef={size.ref}
      placeholder={(state) => (
        <svg aria-hidden="true" width="100%" height={5 * ROW} style={styles.svg}>
          {[0.9, 0.7, 0.5, 0.35, 0.2].map((f, i) => (
            <g key={f}>
              <rect
                x={0}
                y={i * ROW + 10}
                width={Math.min(labelW, 96)}
                height={12}
                rx={2}
                style={{ fill: color.track }}
              />
              {state === 'loading' ? (
                <rect
                  x={plot0}
                  y={i * ROW + (ROW - BAR) / 2}
                  width={f * (plot1 - plot0)}
                  height={BAR}
                  rx={2}
                  style={{ fill: color.track }}
                />
              ) : (
                <line
                  x1={plot0}
                  x2={plot0}
                  y1={i * ROW}
                  y2={(i + 1) * ROW}
                  style={{ stroke: color.grid }}
                />
              )}
            </g>
          ))}
        </svg>
      )}
      footnote={confidence === null && fit ? labels.noIntervals : undefined}
    >
      {warnings.length > 0 ? (
        <ul style={styles.warnings}>
          {warnings.map((w) => (
            <li key={w} style={styles.warning}>
              <span aria-hidden="true" style={{ color: statusTokens['at-risk'].color }}>
                {statusTokens['at-risk'].glyph}
              </span>
              <span>{labels.warning(w)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <Legend
        style={{ marginBottom: 8 }}
        items={[
          { key: 'estimate', label: labels.legendEstimate, color: color.accent },
          { key: 'uncertain', label: labels.legendUncertain, color: color.accent, shape: 'hatch' },
          ...(confidence !== null
            ? [
                {
                  key: 'ci',
                  label: labels.legendInterval(confidence),
                  color: color.text,
                  shape: 'line' as const,
                },
              ]
            : []),
        ]}
      />
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG group of focusable marks, not a form fieldset */}
      <svg
        role="group"
        aria-labelledby={ids.title}
        aria-describedby={description ? ids.description : undefined}
        width={width}
        height={barsHeight}
        style={styles.svg}
      >
        <defs>
          <HatchPattern id={hatchId} color={color.accent} />
        </defs>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: axis text and lines are not focusable */}
        <g aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={x(tick)}
                x2={x(tick)}
                y1={0}
                y2={list.length * ROW}
                style={{ stroke: color.grid }}
              />
              <text
                x={x(tick)}
                y={barsHeight - 6}
                textAnchor="middle"
                style={{ fill: color.muted, fontSize: font.tick, ...tabular }}
              >
                {formatFigure(fmt, measure, tick, false)}
              </text>
            </g>
          ))}
          <line x1={x(0)} x2={x(0)} y1={0} y2={list.length * ROW} style={{ stroke: color.muted }} />
          {list.map((bar, i) => {
            const cy = i * ROW + ROW / 2;
            return (
              <g key={bar.channel}>
                <text
                  x={rtl ? width : 0}
                  y={cy}
                  dy="0.35em"
                  textAnchor={rtl ? 'end' : 'start'}
                  style={{ fill: color.text, fontSize: font.label }}
                >
                  <title>{labels.channel(bar.channel)}</title>
                  {truncate(labels.channel(bar.channel), Math.floor(labelW / 7))}
                </text>
                <text
                  x={rtl ? 0 : width}
                  y={cy}
                  dy="0.35em"
                  textAnchor={rtl ? 'start' : 'end'}
                  style={{ fontSize: font.label, ...tabular }}
                >
                  <tspan style={{ fill: color.text, fontWeight: 600 }}>
                    {formatFigure(fmt, measure, bar.value, false)}
                  </tspan>
                  {!narrow && (bar.removalEffect !== null || bar.shapleyValue !== null) ? (
                    <tspan style={{ fill: color.muted }} dx={6}>
                      {`${bar.removalEffect !== null ? 'RE' : 'φ'} ${metricValue(bar) ?? ''}`}
                    </tspan>
                  ) : null}
                </text>
              </g>
            );
          })}
        </g>
        {list.map((bar, i) => {
          const props = barMarks.markProps(i);
          const active = barMarks.active === i;
          const y = i * ROW + (ROW - BAR) / 2;
          const cy = i * ROW + ROW / 2;
          const x0 = Math.min(x(0), x(bar.value));
          const w = Math.max(bar.value === 0 ? 0 : 2, Math.abs(x(bar.value) - x(0)));
          const hatched = bar.uncertain !== null;
          return (
            <g key={bar.channel} {...props} aria-label={labels.barName(barFacts(bar))}>
              <rect
                x={plot0 - 4}
                y={i * ROW}
                width={plot1 - plot0 + 8}
                height={ROW}
                style={{ fill: 'transparent' }}
              />
              <rect
                x={x0}
                y={y}
                width={w}
                height={BAR}
                rx={2}
                style={{
                  fill: hatched ? `url("#${hatchId}")` : color.accent,
                  stroke: hatched ? color.accent : 'none',
                  strokeWidth: 1,
                  opacity: barMarks.active >= 0 && !active ? 0.55 : 1,
                }}
              />
              {bar.low !== null && bar.high !== null ? (
                <g style={{ stroke: color.text }} strokeWidth={1.5}>
                  <line x1={x(bar.low)} x2={x(bar.high)} y1={cy} y2={cy} />
                  <line x1={x(bar.low)} x2={x(bar.low)} y1={cy - CAP / 2} y2={cy + CAP / 2} />
                  <line x1={x(bar.high)} x2={x(bar.high)} y1={cy - CAP / 2} y2={cy + CAP / 2} />
                </g>
              ) : null}
              {active && barMarks.focused ? (
                <rect
                  x={x0 - 3}
                  y={y - 3}
                  width={w + 6}
                  height={BAR + 6}
                  rx={4}
                  style={{ fill: 'none', stroke: color.focus }}
                  strokeWidth={2}
                />
              ) : null}
            </g>
          );
        })}
      </svg>
      <p style={styles.note}>{labels.measureAxis(measure, bars?.metric ?? null, confidence)}</p>
      <DataTable
        caption={title}
        toggle={labels.showData}
        open={showData}
        columns={[
          { key: 'channel', header: labels.channelHeader },
          {
            key: 'figure',
            header: labels.measureAxis(measure, bars?.metric ?? null, null),
            numeric: true,
          },
          ...(confidence !== null
            ? [{ key: 'ci', header: labels.interval(confidence), numeric: true }]
            : []),
          ...(bars?.metric
            ? [
                {
                  key: 'metric',
                  header:
                    bars.metric === 'removal-effect' ? labels.removalEffect : labels.shapleyValue,
                  numeric: true,
                },
              ]
            : []),
          { key: 'conv', header: labels.conversions, numeric: true },
        ]}
        rows={list.map((bar) => ({
          key: bar.channel,
          cells: [
            labels.channel(bar.channel),
            formatFigure(fmt, measure, bar.value, true),
            ...(confidence !== null
              ? [
                  bar.low === null || bar.high === null
                    ? '—'
                    : `${formatFigure(fmt, measure, bar.low, true)}–${formatFigure(fmt, measure, bar.high, true)}`,
                ]
              : []),
            ...(bars?.metric ? [metricValue(bar) ?? '—'] : []),
            fmt.countFull(Math.round(bar.conversions * 100) / 100),
          ],
        }))}
      />
      <Tooltip {...barMarks.tooltip} />
      {matrix && fit?.markov ? (
        <TransitionHeatmap
          matrix={matrix}
          order={fit.markov.order}
          width={width}
          labels={labels}
          fmt={fmt}
          stateName={stateName}
          rtl={rtl}
          onSelect={onSelect}
          showData={showData}
          headingId={`${ids.root}-transitions`}
        />
      ) : null}
    </ChartFrame>
  );
}

interface HeatmapProps {
  matrix: TransitionMatrix;
  order: number;
  width: number;
  labels: ChannelInfluenceLabels;
  fmt: Formatters;
  stateName: (state: string) => string;
  rtl: boolean;
  onSelect: ChannelInfluenceProps['onSelect'];
  showData: boolean | undefined;
  headingId: string;
}

/** The transition matrix as a heatmap: rows "from", columns "to", axes top and left. */
function TransitionHeatmap({
  matrix,
  order,
  width,
  labels,
  fmt,
  stateName,
  rtl,
  onSelect,
  showData,
  headingId,
}: HeatmapProps): ReactNode {
  const rowLabelW = Math.round(Math.min(Math.max(width * 0.22, 72), order > 1 ? 200 : 130));
  const cell = Math.max(
    28,
    Math.min(52, Math.floor((width - rowLabelW - 8 - GAP) / Math.max(matrix.columns.length, 1))),
  );
  const top = 34;
  const gridW = cell * matrix.columns.length + GAP;
  const contentW = rowLabelW + gridW + 4;
  const overflows = contentW > width;
  const height = top + cell * matrix.rows.length;
  const cells = useMemo(() => {
    const out: { r: number; c: number; p: number }[] = [];
    matrix.cells.forEach((row, r) => {
      row.forEach((p, c) => {
        if (p > 0) out.push({ r, c, p });
      });
    });
    return out;
  }, [matrix]);
  const marks = useMarks({
    marks: cells,
    rtl,
    tooltip: (m) => ({
      title: `${stateName(matrix.rows[m.r] ?? '')} → ${stateName(matrix.columns[m.c] ?? '')}`,
      rows: [{ key: 'p', label: labels.transitions(order), value: fmt.percentFull(m.p) }],
    }),
    onSelect: onSelect
      ? (m) =>
          onSelect({
            widget: 'channel-influence',
            kind: 'transition',
            key: `${matrix.rows[m.r]}→${matrix.columns[m.c]}`,
            label: `${stateName(matrix.rows[m.r] ?? '')} → ${stateName(matrix.columns[m.c] ?? '')}`,
            ids: [],
            entity: null,
            detail: {
              kind: 'transition',
              from: matrix.rows[m.r] ?? '',
              to: matrix.columns[m.c] ?? '',
              probability: m.p,
            },
          })
      : undefined,
  });
  const hot = marks.active >= 0 ? cells[marks.active] : undefined;
  // The two absorbing columns (conversion, no conversion) stand a little apart.
  const absorbing = matrix.columns.length - 2;
  const colX = (c: number) => {
    const offset = c * cell + (c >= absorbing ? GAP : 0);
    return rtl ? contentW - rowLabelW - offset - cell : rowLabelW + offset;
  };
  const columnName = (state: string) =>
    state === CONVERSION_STATE
      ? labels.conversionShort
      : state === NULL_STATE
        ? labels.noConversionShort
        : stateName(state);
  const perLine = Math.floor(cell / 6);
  const twoLines = (text: string): [string, string] => {
    const words = text.split(' ');
    if (words.length === 1) return [truncate(text, perLine), ''];
    const half = Math.ceil(words.length / 2);
    return [
      truncate(words.slice(0, half).join(' '), perLine),
      truncate(words.slice(half).join(' '), perLine),
    ];
  };
  return (
    <>
      <p id={headingId} style={styles.heading}>
        {labels.transitions(order)}
      </p>
      {/* On a narrow card the grid (cells ≥ 28px) scrolls sideways; the region then takes focus. */}
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is region (named) when it scrolls */}
      <div
        role={overflows ? 'region' : undefined}
        aria-labelledby={overflows ? headingId : undefined}
        tabIndex={overflows ? 0 : undefined}
        style={{ overflowX: overflows ? 'auto' : 'visible', maxWidth: '100%' }}
      >
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG group of focusable cells, not a form fieldset */}
        <svg
          role="group"
          aria-labelledby={headingId}
          width={contentW}
          height={height}
          style={{ ...styles.svg, maxWidth: 'none' }}
        >
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: axis labels are text, not focusable */}
          <g aria-hidden="true">
            {matrix.columns.map((state, c) => {
              const [a, b] = twoLines(columnName(state));
              const dim = hot !== undefined && hot.c !== c;
              return (
                <text
                  key={state}
                  x={colX(c) + cell / 2}
                  y={b ? 12 : 26}
                  textAnchor="middle"
                  style={{ fill: dim ? color.muted : color.text, fontSize: font.floor }}
                >
                  <title>{stateName(state)}</title>
                  <tspan x={colX(c) + cell / 2}>{a}</tspan>
                  {b ? (
                    <tspan x={colX(c) + cell / 2} dy={14}>
                      {b}
                    </tspan>
                  ) : null}
                </text>
              );
            })}
            {matrix.rows.map((state, r) => (
              <text
                key={state}
                x={rtl ? contentW : 0}
                y={top + r * cell + cell / 2}
                dy="0.35em"
                textAnchor={rtl ? 'end' : 'start'}
                style={{
                  fill: hot !== undefined && hot.r !== r ? color.muted : color.text,
                  fontSize: font.label,
                }}
              >
                <title>{stateName(state)}</title>
                {truncate(stateName(state), Math.floor(rowLabelW / 7))}
              </text>
            ))}
            {matrix.rows.map((state, r) =>
              matrix.columns.map((col, c) => (
                <rect
                  key={`${state}|${col}`}
                  x={colX(c) + 1}
                  y={top + r * cell + 1}
                  width={cell - 2}
                  height={cell - 2}
                  rx={2}
                  style={{ fill: 'none', stroke: color.grid }}
                />
              )),
            )}
          </g>
          {cells.map((m, i) => {
            const step = rampStep(m.p, matrix.max);
            const props = marks.markProps(i);
            const lit = hot === undefined || hot.r === m.r || hot.c === m.c;
            return (
              <g
                key={`${m.r}|${m.c}`}
                {...props}
                aria-label={labels.cellName(
                  stateName(matrix.rows[m.r] ?? ''),
                  stateName(matrix.columns[m.c] ?? ''),
                  // The cell's visible text starts the name (WCAG 2.5.3), full precision after.
                  fmt.percent(m.p) === fmt.percentFull(m.p)
                    ? fmt.percent(m.p)
                    : `${fmt.percent(m.p)} (${fmt.percentFull(m.p)})`,
                )}
                style={{ ...props.style, opacity: lit ? 1 : 0.35 }}
              >
                <rect
                  x={colX(m.c) + 1}
                  y={top + m.r * cell + 1}
                  width={cell - 2}
                  height={cell - 2}
                  rx={2}
                  style={{ fill: sequential[step] }}
                />
                {/* Small cells print only two-digit shares; colour, tooltip and table carry the rest. */}
                {cell >= 36 || m.p >= 0.1 ? (
                  <text
                    x={colX(m.c) + cell / 2}
                    y={top + m.r * cell + cell / 2}
                    dy="0.35em"
                    textAnchor="middle"
                    style={{
                      fill: sequentialText[step],
                      fontSize: cell < 36 ? font.floor : font.tick,
                      ...tabular,
                    }}
                  >
                    {fmt.percent(m.p)}
                  </text>
                ) : null}
                {marks.active === i && marks.focused ? (
                  <rect
                    x={colX(m.c) - 1}
                    y={top + m.r * cell - 1}
                    width={cell + 2}
                    height={cell + 2}
                    rx={3}
                    style={{ fill: 'none', stroke: color.focus }}
                    strokeWidth={2}
                  />
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <DataTable
        caption={labels.transitions(order)}
        toggle={labels.showData}
        open={showData}
        columns={[
          { key: 'from', header: labels.from },
          { key: 'to', header: labels.to },
          { key: 'p', header: labels.transitions(order), numeric: true },
        ]}
        rows={cells.map((m) => ({
          key: `${m.r}|${m.c}`,
          cells: [
            stateName(matrix.rows[m.r] ?? ''),
            stateName(matrix.columns[m.c] ?? ''),
            fmt.percentFull(m.p),
          ],
        }))}
      />
      <Tooltip {...marks.tooltip} />
    </>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}
