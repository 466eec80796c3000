import {
  type CampaignReturn,
  CHANNEL_LABELS,
  type DealAttribution,
  labelOf,
} from '@closedloop/core';
import { type CSSProperties, type ReactNode, useMemo } from 'react';
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
  Swatch,
  Tooltip,
  type TooltipContent,
  tabular,
  useChartIds,
  useContainerSize,
  useMarks,
  visuallyHidden,
  type WidgetBaseProps,
  type WidgetStatus,
} from '../kit';
import {
  type CampaignRevenueLabels,
  defaultCampaignRevenueLabels,
  type RevenueFacts,
} from './campaign-revenue-labels';
import {
  dealsOfCampaigns,
  type RevenueGrouping,
  type RevenueRow,
  revenueRows,
} from './revenue-rows';

/** The facts of a selected row or point, beside the ids. */
export interface CampaignRevenueDetail {
  grouping: RevenueGrouping;
  campaignIds: readonly string[];
  attributed: string;
  cost: string | null;
}

/** Props of `CampaignRevenue`. */
export interface CampaignRevenueProps extends WidgetBaseProps<CampaignRevenueLabels> {
  /** `result.campaigns` from `attribute` (every campaign, credited or not). */
  campaigns?: readonly CampaignReturn[];
  /** The reporting currency (`result.currency`). */
  currency?: string | null;
  /** The model's label (`result.label`), named in the subtitle. */
  model?: string;
  /** `result.deals`: with them `onSelect` gets the deals credited to a campaign. */
  deals?: readonly DealAttribution[];
  /** Campaigns (default) or channels as rows. */
  grouping?: RevenueGrouping;
  /** Bars, a cost × revenue scatter, or `auto`: the scatter past `maxBars` rows. */
  layout?: 'auto' | 'bars' | 'scatter';
  /** Rows above which `auto` draws the scatter; default 15. */
  maxBars?: number;
  /** Channel names; core's English map by default. */
  channelLabels?: Readonly<Partial<Record<string, string>>>;
  /** Click, Enter or Space on a row or point: the credited deals (with `deals`), else the campaign ids. */
  onSelect?: OnSelect<'campaign' | 'channel', CampaignRevenueDetail>;
  /** Scatter height in px (default 320). */
  height?: number;
}

const ROW = 32;
const hatch = (fill: string) =>
  `repeating-linear-gradient(135deg, ${fill} 0 1.5px, transparent 1.5px 5px)`;

/**
 * Attributed revenue against cost per campaign or channel under one model: a hatched cost
 * bar and an accent revenue bar on one money axis, ROI and ROAS as text at the end, the
 * model named in the subtitle. Campaigns without a cost say so instead of showing a made-up
 * return. Past `maxBars` rows it becomes a cost × revenue scatter with the ROAS = 1 line
 * (campaigns without a cost are listed, not plotted). Every row or point is focusable, shows
 * the same facts in its tooltip and calls `onSelect` with the deals behind it.
 */
export function CampaignRevenue({
  campaigns,
  currency = null,
  model,
  deals,
  grouping = 'campaign',
  layout = 'auto',
  maxBars = 15,
  title,
  description,
  locale = 'en-US',
  labels: labelOverrides,
  channelLabels = CHANNEL_LABELS,
  status = 'ready',
  errorMessage,
  onRetry,
  stateSlots,
  onSelect,
  height = 320,
  className,
}: CampaignRevenueProps): ReactNode {
  const ids = useChartIds();
  const labels = mergeLabels(defaultCampaignRevenueLabels, labelOverrides);
  const formatters = useMemo(() => createFormatters(locale, currency), [locale, currency]);
  const rows = useMemo(() => revenueRows(campaigns ?? [], grouping), [campaigns, grouping]);
  const shown: WidgetStatus = status === 'ready' && rows.length === 0 ? 'empty' : status;
  const scatter = layout === 'scatter' || (layout === 'auto' && rows.length > maxBars);
  const nameOf = (row: RevenueRow) =>
    grouping === 'channel' ? labelOf(channelLabels, row.key) : row.label;
  const facts = (row: RevenueRow): RevenueFacts => ({
    name: nameOf(row),
    revenue: formatters.money(row.attributed),
    cost: row.cost === null ? null : formatters.money(row.cost),
    roi: formatters.change(row.roi),
    roas: formatters.ratio(row.roas),
    withoutCost: grouping === 'channel' ? row.withoutCost : 0,
  });
  const marksOf = scatter ? rows.filter((r) => r.spend !== null) : rows;
  const marks = useMarks({
    marks: marksOf,
    tooltip: (row) => tooltipOf(row, nameOf(row), labels, formatters, model),
    onSelect:
      onSelect &&
      ((row) =>
        onSelect({
          widget: 'campaign-revenue',
          kind: grouping,
          key: row.key,
          label: nameOf(row),
          ids: deals ? dealsOfCampaigns(deals, row.campaignIds) : row.campaignIds,
          entity: deals ? 'deal' : 'campaign',
          detail: {
            grouping,
            campaignIds: row.campaignIds,
            attributed: row.attributed,
            cost: row.cost,
          },
        })),
  });
  const subtitle = [description, model ? labels.model(model) : null].filter(Boolean).join(' · ');
  const unplotted = scatter ? rows.filter((r) => r.spend === null) : [];

  return (
    <ChartFrame
      ids={ids}
      title={title}
      description={subtitle || undefined}
      status={shown}
      labels={labels}
      errorMessage={errorMessage}
      onRetry={onRetry}
      stateSlots={stateSlots}
      className={className}
      placeholder={(state) => (
        <div style={{ display: 'grid', gap: 12, paddingTop: 8 }}>
          {[72, 55, 40, 28, 18].map((w) => (
            <div key={w} style={{ display: 'flex', gap: 12, alignItems: 'center', height: 20 }}>
              <span
                style={{
                  width: '28%',
                  height: 10,
                  borderRadius: 2,
                  background: state === 'loading' ? color.track : 'transparent',
                }}
              />
              <span
                style={{
                  width: `${w * 0.6}%`,
                  height: 12,
                  borderRadius: 2,
                  background: state === 'loading' ? color.track : 'transparent',
                }}
              />
            </div>
          ))}
        </div>
      )}
      footnote={
        unplotted.length > 0
          ? labels.notPlotted(
              unplotted.length,
              formatters.money(unplotted.reduce((sum, r) => sum + r.revenue, 0)),
            )
          : undefined
      }
    >
      <div
        style={{
          display: 'flex',
          gap: 16,
          fontSize: font.tick,
          color: color.muted,
          marginBottom: 8,
        }}
      >
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <Swatch color={color.accent} />
          {labels.revenue}
        </span>
        {scatter ? (
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
            <Swatch color={color.muted} shape="dashed" />
            {labels.breakEven}
          </span>
        ) : (
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
            <Swatch color={color.muted} shape="hatch" />
            {labels.cost}
          </span>
        )}
      </div>
      {scatter ? (
        <Scatter
          rows={marksOf}
          marks={marks}
          height={height}
          labels={labels}
          formatters={formatters}
          label={(row) => labels.markLabel(facts(row))}
          name={nameOf}
          titleId={ids.title}
        />
      ) : (
        <Bars
          rows={rows}
          marks={marks}
          labels={labels}
          formatters={formatters}
          label={(row) => labels.markLabel(facts(row))}
          name={nameOf}
          grouping={grouping}
          titleId={ids.title}
        />
      )}
      <Tooltip {...marks.tooltip} />
      <DataTable
        caption={title}
        toggle={labels.showData}
        columns={[
          { key: 'name', header: grouping === 'channel' ? labels.channel : labels.campaign },
          { key: 'revenue', header: labels.revenue, numeric: true },
          { key: 'cost', header: labels.cost, numeric: true },
          { key: 'roi', header: labels.roi, numeric: true },
          { key: 'roas', header: labels.roas, numeric: true },
        ]}
        rows={rows.map((row) => ({
          key: row.key,
          cells: [
            nameOf(row),
            formatters.money(row.attributed, 2),
            row.cost === null ? labels.noCost : formatters.money(row.cost, 2),
            formatters.change(row.roi),
            formatters.ratio(row.roas),
          ],
        }))}
      />
    </ChartFrame>
  );
}

function tooltipOf(
  row: RevenueRow,
  name: string,
  labels: CampaignRevenueLabels,
  formatters: Formatters,
  model: string | undefined,
): TooltipContent {
  return {
    title: name,
    rows: [
      {
        key: 'r',
        label: labels.revenue,
        value: formatters.money(row.attributed, 2),
        color: color.accent,
      },
      {
        key: 'c',
        label: labels.cost,
        value: row.cost === null ? labels.noCost : formatters.money(row.cost, 2),
        color: color.muted,
        swatch: 'hatch',
      },
      { key: 'i', label: labels.roi, value: formatters.change(row.roi) },
      { key: 'a', label: labels.roas, value: formatters.ratio(row.roas) },
    ],
    footer: [
      row.spend === null ? labels.noCostHelp : labels.roiFormula,
      row.withoutCost > 0 && row.spend !== null ? labels.partialCost(row.withoutCost) : null,
      model ?? null,
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

interface LayoutProps {
  rows: RevenueRow[];
  marks: ReturnType<typeof useMarks<RevenueRow>>;
  labels: CampaignRevenueLabels;
  formatters: Formatters;
  label: (row: RevenueRow) => string;
  name: (row: RevenueRow) => string;
  titleId: string;
}

function Bars({
  rows,
  marks,
  labels,
  formatters,
  label,
  name,
  grouping,
  titleId,
}: LayoutProps & { grouping: RevenueGrouping }): ReactNode {
  const spoken = (row: RevenueRow) =>
    row.spend === null
      ? `: ${labels.revenue} ${formatters.money(row.attributed)}, `
      : `: ${labels.revenue} ${formatters.money(row.attributed)}, ${labels.cost} ${formatters.money(row.cost ?? 0)}${
          grouping === 'channel' && row.withoutCost > 0
            ? ` (${labels.partialCost(row.withoutCost)})`
            : ''
        }, ${labels.roi} `;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.revenue, r.spend ?? 0)));
  const x = linearScale([0, max], [0, 100]);
  const ticks = x.ticks(4);
  const grid = 'minmax(7rem, 30%) minmax(6rem, 1fr) 4.5rem 4rem';
  const head: CSSProperties = {
    fontSize: font.tick,
    fontWeight: 600,
    color: color.muted,
    textAlign: 'end',
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of chart marks, not a form fieldset
    <div role="group" aria-labelledby={titleId} style={{ fontSize: font.label }}>
      <div style={{ display: 'grid', gridTemplateColumns: grid, columnGap: 12, paddingBottom: 4 }}>
        <span style={{ ...head, textAlign: 'start' }}>
          {grouping === 'channel' ? labels.channel : labels.campaign}
        </span>
        <span />
        <span style={head}>{labels.roi}</span>
        <span style={head}>{labels.roas}</span>
      </div>
      {rows.map((row, i) => {
        const props = marks.markProps(i);
        const focused = marks.focused && marks.active === i;
        const revenue = x(row.revenue);
        const cost = row.spend === null ? 0 : x(row.spend);
        return (
          // A selectable row (button) is named by its content: the visible name, ROI and ROAS
          // with revenue and cost between them for screen readers (axe: label-content-name-
          // mismatch); a plain mark (img) by its label.
          // biome-ignore lint/a11y/useAriaPropsSupportedByRole: markProps gives the role (img or button)
          <div
            key={row.key}
            {...props}
            aria-label={props.role === 'img' ? label(row) : undefined}
            style={{
              ...props.style,
              display: 'grid',
              gridTemplateColumns: grid,
              columnGap: 12,
              alignItems: 'center',
              height: ROW,
              borderRadius: 4,
              boxShadow: focused ? `0 0 0 2px ${color.focus}` : undefined,
              background:
                marks.active === i
                  ? `color-mix(in srgb, ${color.track} 45%, transparent)`
                  : undefined,
            }}
          >
            <span
              style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
              title={name(row)}
            >
              {name(row)}
            </span>
            <span style={visuallyHidden}>{spoken(row)}</span>
            <span aria-hidden="true" style={{ position: 'relative', height: ROW }}>
              {ticks.map((t) => (
                <span
                  key={t}
                  style={{
                    position: 'absolute',
                    insetInlineStart: `${x(t)}%`,
                    top: 0,
                    bottom: 0,
                    borderInlineStart: `1px solid ${color.grid}`,
                  }}
                />
              ))}
              {row.spend !== null && cost > 0 ? (
                <span
                  style={{
                    position: 'absolute',
                    insetInlineStart: 0,
                    top: 6,
                    height: 20,
                    width: `max(2px, ${cost}%)`,
                    background: hatch(color.muted),
                    boxShadow: `inset 0 0 0 1px ${color.muted}`,
                    borderRadius: '0 2px 2px 0',
                    opacity: 0.7,
                  }}
                />
              ) : null}
              {row.revenue > 0 ? (
                <span
                  style={{
                    position: 'absolute',
                    insetInlineStart: 0,
                    top: 11,
                    height: 10,
                    width: `max(2px, ${revenue}%)`,
                    background: color.accent,
                    borderRadius: '0 2px 2px 0',
                  }}
                />
              ) : null}
            </span>
            <span
              style={{
                ...tabular,
                textAlign: 'end',
                color: row.roi === null ? color.muted : undefined,
              }}
            >
              {row.spend === null ? labels.noCost : formatters.change(row.roi)}
            </span>
            {row.spend === null ? null : <span style={visuallyHidden}>{`, ${labels.roas} `}</span>}
            <span
              aria-hidden={row.spend === null || undefined}
              style={{
                ...tabular,
                textAlign: 'end',
                color: row.roas === null ? color.muted : undefined,
              }}
            >
              {row.spend === null ? '—' : formatters.ratio(row.roas)}
            </span>
          </div>
        );
      })}
      <div
        aria-hidden="true"
        style={{ display: 'grid', gridTemplateColumns: grid, columnGap: 12, paddingTop: 4 }}
      >
        <span />
        <span style={{ position: 'relative', height: 16, fontSize: font.tick, color: color.muted }}>
          {ticks.map((t) => (
            <span
              key={t}
              style={{
                ...tabular,
                position: 'absolute',
                insetInlineStart: `${x(t)}%`,
                transform: 'translateX(-50%)',
                whiteSpace: 'nowrap',
              }}
            >
              {formatters.moneyCompact(t)}
            </span>
          ))}
        </span>
      </div>
    </div>
  );
}

const MARGIN = { top: 20, right: 20, bottom: 36, left: 60 };
const LINEAR_BELOW = 1000;

/**
 * A symmetric-log position (linear below 1,000, logarithmic above) from 0 to the power of ten
 * above `max`: campaign costs and revenue span four orders of magnitude, and zero (spend
 * with nothing back) must stay on the chart. Both axes use the same transform, so the
 * ROAS = 1 line (revenue = cost) stays straight.
 */
function symlog(max: number, length: number, flip: boolean) {
  const f = (v: number) => Math.log10(1 + Math.max(0, v) / LINEAR_BELOW);
  const top = 10 ** Math.ceil(Math.log10(Math.max(max, LINEAR_BELOW)));
  const scale = (v: number) => {
    const p = (length * f(v)) / f(top);
    return flip ? length - p : p;
  };
  const ticks = [0];
  for (let t = LINEAR_BELOW; t <= top; t *= 10) ticks.push(t);
  return Object.assign(scale, { ticks, max: top });
}

function Scatter({
  rows,
  marks,
  labels,
  formatters,
  label,
  name,
  titleId,
  height,
}: LayoutProps & { height: number }): ReactNode {
  const size = useContainerSize({ initialSize: { width: 560, height } });
  const width = Math.max(240, size.width);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const x = symlog(Math.max(1, ...rows.map((r) => r.spend ?? 0)), plotW, false);
  const y = symlog(Math.max(1, ...rows.map((r) => r.revenue)), plotH, true);
  const xTicks = x.ticks;
  const yTicks = y.ticks;
  const even = Math.min(x.max, y.max);
  const top = [...rows].sort((a, b) => b.revenue - a.revenue).slice(0, 3);
  return (
    <div ref={size.ref} style={{ width: '100%' }}>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG group of marks, not a form fieldset */}
      <svg
        role="group"
        aria-labelledby={titleId}
        width={width}
        height={height}
        style={{ display: 'block', overflow: 'visible' }}
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: gridlines, ticks and the ROAS line are not focusable; the points carry the facts */}
          <g aria-hidden="true">
            {yTicks.map((t) => (
              <g key={t}>
                <line x1={0} x2={plotW} y1={y(t)} y2={y(t)} style={{ stroke: color.grid }} />
                <text
                  x={-8}
                  y={y(t)}
                  dy="0.32em"
                  textAnchor="end"
                  style={{ fill: color.muted, fontSize: font.tick, ...tabular }}
                >
                  {formatters.moneyCompact(t)}
                </text>
              </g>
            ))}
            {xTicks.map((t) => (
              <text
                key={t}
                x={x(t)}
                y={plotH + 16}
                textAnchor="middle"
                style={{ fill: color.muted, fontSize: font.tick, ...tabular }}
              >
                {formatters.moneyCompact(t)}
              </text>
            ))}
            <text
              x={plotW}
              y={plotH + 32}
              textAnchor="end"
              style={{ fill: color.muted, fontSize: font.tick }}
            >
              {labels.cost} ({labels.logScale}) →
            </text>
            <text x={0} y={-2} style={{ fill: color.muted, fontSize: font.tick }}>
              ↑ {labels.revenue} ({labels.logScale})
            </text>
            <g>
              <line
                x1={0}
                y1={plotH}
                x2={x(even)}
                y2={y(even)}
                style={{ stroke: color.muted }}
                strokeWidth={1.5}
                strokeDasharray="4 3"
              />
              <text
                x={x(even) - 4}
                y={y(even) + 14}
                textAnchor="end"
                style={{ fill: color.muted, fontSize: font.tick }}
              >
                {labels.breakEven}
              </text>
            </g>
          </g>
          {rows.map((row, i) => {
            const props = marks.markProps(i);
            const cx = x(row.spend ?? 0);
            const cy = y(row.revenue);
            return (
              <g key={row.key}>
                {marks.active === i && marks.focused ? (
                  <circle
                    cx={cx}
                    cy={cy}
                    r={9}
                    style={{ fill: 'none', stroke: color.focus }}
                    strokeWidth={2}
                  />
                ) : null}
                <circle
                  {...props}
                  aria-label={label(row)}
                  cx={cx}
                  cy={cy}
                  r={5}
                  style={{
                    ...props.style,
                    fill: color.accent,
                    fillOpacity: 0.8,
                    stroke: color.surface,
                    strokeWidth: 1,
                  }}
                />
              </g>
            );
          })}
          {top.map((row) => (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a text label; its point carries the facts
            <text
              key={row.key}
              aria-hidden="true"
              x={x(row.spend ?? 0) + 8}
              y={y(row.revenue)}
              dy="0.32em"
              style={{ fill: color.text, fontSize: font.tick, pointerEvents: 'none' }}
            >
              {name(row).length > 28 ? `${name(row).slice(0, 27)}…` : name(row)}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}
