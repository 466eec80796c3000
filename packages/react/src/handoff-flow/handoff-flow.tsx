import type { HandoffResult } from '@closedloop/core';
import { type CSSProperties, type ReactNode, useMemo, useState } from 'react';
import {
  ChartFrame,
  color,
  createFormatters,
  mergeLabels,
  type OnSelect,
  Tooltip,
  useChartIds,
  useContainerSize,
  useMarks,
  type WidgetBaseProps,
  type WidgetStatus,
} from '../kit';
import { LazyDataTable } from '../kit/lazy-data-table';
import { FlowBars, flowSteps } from './flow-bars';
import { flowEpisodes } from './flow-episodes';
import { type FlowExtent, layoutFlow } from './flow-layout';
import {
  type FlowMark,
  flowMarks,
  type HandoffFlowSelectionDetail,
  markName,
  markSelection,
  markTooltip,
} from './flow-marks';
import { FlowSankey } from './flow-sankey';
import { defaultHandoffFlowLabels, type HandoffFlowLabels } from './handoff-flow-labels';
import { reasonBars, reasonEpisodes } from './reason-bars';
import { ReasonList, type ReasonSelectionDetail } from './reason-list';

/** The parts of `HandoffResult` the widget reads. */
export type HandoffFlowData = Pick<
  HandoffResult,
  'flow' | 'counts' | 'sales' | 'ledger' | 'period'
>;

/** What `HandoffFlow`'s `onSelect` receives: a node or link of the flow, or a rejection reason. */
export type HandoffFlowSelection =
  | Parameters<OnSelect<'node' | 'link', HandoffFlowSelectionDetail>>[0]
  | Parameters<OnSelect<'reason', ReasonSelectionDetail>>[0];

/** Props of `HandoffFlow`. */
export interface HandoffFlowProps extends WidgetBaseProps<HandoffFlowLabels> {
  /** The hand-off from `handoff` in `@closedloop/core`; without it (or with no MQLs) the empty state. */
  result?: HandoffFlowData;
  /** Called with the episode ids behind a clicked (or Enter/Space) link, node or reason. */
  onSelect?: (selection: HandoffFlowSelection) => void;
  /** `sankey`, `bars` (100% bars per step), or `auto` (default): bars under 560px. */
  layout?: 'auto' | 'sankey' | 'bars';
  /** A fixed width in pixels; default the container's width. */
  width?: number;
  /** The Sankey's height in pixels; default 16:9 of the width, 320–560. */
  height?: number;
  /** Width used on the server and in the first client render; default 640. */
  initialWidth?: number;
  /** Show the rejection-reason list under the flow; default true. */
  showReasons?: boolean;
  /** Open the data table from the start. */
  tableOpen?: boolean;
  /** A muted footnote under the chart (partial data). */
  footnote?: ReactNode;
  /** Text direction; the reason list and keyboard follow it (the Sankey reads left to right). */
  dir?: 'ltr' | 'rtl';
  style?: CSSProperties;
}

/** Below this width the flow is drawn as 100% bars (widgets.md). */
export const NARROW_WIDTH = 560;

function sankeyExtent(
  width: number,
  height: number,
): { extent: FlowExtent; room: { left: number; inner: number; right: number } } {
  const left = Math.round(Math.min(150, Math.max(96, width * 0.16)));
  const right = Math.round(Math.min(120, Math.max(72, width * 0.12)));
  const extent = { left, top: 4, right: width - right, bottom: height - 4 };
  const columns = 5;
  const inner = (extent.right - extent.left) / (columns - 1) - 12 - 10;
  return { extent, room: { left: left - 10, inner, right: right - 8 } };
}

/**
 * The marketing → sales hand-off as a Sankey (source channel → MQL → first outcome → after
 * acceptance → deal), laid out with d3-sankey in the core's layers, with the rejection
 * reasons as a bar list below it. Every node, link and reason is focusable (arrow keys walk
 * them), shows its count and shares in a tooltip, and hands the episodes behind it to
 * `onSelect`. Under 560px wide the flow becomes 100% bars per step.
 */
export function HandoffFlow({
  result,
  title,
  description,
  status = 'ready',
  errorMessage,
  onRetry,
  stateSlots,
  locale = 'en-US',
  labels: overrides,
  onSelect,
  layout: variant = 'auto',
  width: fixedWidth,
  height: fixedHeight,
  initialWidth = 640,
  showReasons = true,
  tableOpen,
  footnote,
  dir,
  className,
  style,
}: HandoffFlowProps): ReactNode {
  const ids = useChartIds();
  const labels = useMemo(() => mergeLabels(defaultHandoffFlowLabels, overrides), [overrides]);
  const fmt = useMemo(() => createFormatters(locale), [locale]);
  const size = useContainerSize({
    width: fixedWidth,
    height: fixedWidth === undefined ? undefined : 0,
    initialSize: { width: initialWidth, height: 0 },
  });
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const width = Math.max(size.width, 200);
  const bars = variant === 'bars' || (variant === 'auto' && width < NARROW_WIDTH);
  const height = fixedHeight ?? Math.round(Math.min(560, Math.max(320, (width * 9) / 16)));
  const flow = result?.flow;
  const mqls = result?.counts.mqls ?? 0;
  const shown: WidgetStatus = status === 'ready' && (!result || mqls === 0) ? 'empty' : status;

  // Layout depends on the data and the box only: a theme or locale change never re-runs it.
  const { room } = sankeyExtent(width, height);
  const laid = useMemo(
    () => (flow ? layoutFlow(flow, sankeyExtent(width, height).extent) : null),
    [flow, width, height],
  );
  const episodes = useMemo(() => flowEpisodes(result?.ledger ?? []), [result?.ledger]);
  const reasons = useMemo(() => reasonBars(result?.sales.byReason ?? []), [result?.sales.byReason]);
  const reasonIds = useMemo(() => reasonEpisodes(result?.ledger ?? []), [result?.ledger]);
  const steps = useMemo(() => (laid ? flowSteps(laid.nodes, laid.links) : []), [laid]);
  const marks = useMemo((): FlowMark[] => {
    if (!laid) return [];
    if (!bars) return flowMarks(laid.nodes, laid.links);
    return steps.flatMap((step) =>
      step.links.map((link): FlowMark => ({ kind: 'link', key: link.key, link })),
    );
  }, [laid, bars, steps]);

  const interaction = useMarks({
    marks,
    rtl: dir === 'rtl',
    tooltip: (mark) => markTooltip(mark, labels, fmt),
    onSelect: onSelect ? (mark) => onSelect(markSelection(mark, labels, episodes)) : undefined,
  });

  // Period dates are calendar dates: read at noon UTC so no time zone moves them.
  const day = (date: string) => fmt.date(`${date}T12:00:00Z`, 'UTC');
  const period = result?.period ? `${day(result.period.start)}–${day(result.period.end)}` : null;
  const accepted = result?.counts.everAccepted ?? 0;
  const name = labels.flowName(title);

  return (
    <ChartFrame
      ids={ids}
      title={title}
      description={description}
      status={shown}
      labels={labels}
      errorMessage={errorMessage}
      emptyMessage={labels.emptyScope(period)}
      onRetry={onRetry}
      stateSlots={stateSlots}
      placeholder={(state) => (
        <FlowSkeleton width={width} height={bars ? 240 : height} loading={state === 'loading'} />
      )}
      footnote={footnote}
      announcement={
        mqls > 0 ? labels.summary(fmt.countFull(mqls), fmt.percent(accepted / mqls)) : ''
      }
      dir={dir}
      className={className}
      style={style}
      rootRef={setRoot}
    >
      <div ref={size.ref} style={{ minWidth: 0 }}>
        {laid && laid.nodes.length > 0 ? (
          bars ? (
            <FlowBars
              steps={steps}
              marks={marks}
              interaction={interaction}
              labels={labels}
              fmt={fmt}
              name={name}
            />
          ) : (
            <FlowSankey
              layout={laid}
              marks={marks}
              interaction={interaction}
              labels={labels}
              fmt={fmt}
              labelRoom={room}
              name={name}
              width={width}
              height={height}
            />
          )
        ) : null}
      </div>
      <Tooltip {...interaction.tooltip} themeSource={root} />
      {showReasons ? (
        <ReasonList
          bars={reasons}
          episodes={reasonIds}
          labels={labels}
          fmt={fmt}
          onSelect={onSelect}
          themeSource={root}
          rtl={dir === 'rtl'}
        />
      ) : null}
      <LazyDataTable
        caption={title}
        toggle={labels.showData}
        open={tableOpen}
        columns={[
          { key: 'from', header: labels.from },
          { key: 'to', header: labels.to },
          { key: 'count', header: labels.count, numeric: true },
          { key: 'share', header: labels.shareOfMqls, numeric: true },
        ]}
        rows={(laid?.links ?? []).map((link) => {
          const mark: FlowMark = { kind: 'link', key: link.key, link };
          const [from, to] = markName(mark, labels).split(' → ');
          return {
            key: link.key,
            cells: [from, to, fmt.countFull(link.value), fmt.percentFull(link.share)],
          };
        })}
      />
    </ChartFrame>
  );
}

/** The Sankey's shape in the track colour: five columns of blocks and two faint bands. */
function FlowSkeleton({
  width,
  height,
  loading,
}: {
  width: number;
  height: number;
  loading: boolean;
}): ReactNode {
  const columns = [
    [0.3, 0.2, 0.15, 0.1],
    [0.8],
    [0.45, 0.12, 0.05],
    [0.25, 0.08, 0.3, 0.15],
    [0.1, 0.12, 0.05],
  ];
  const { extent } = sankeyExtent(width, height);
  const step = (extent.right - extent.left - 12) / (columns.length - 1);
  const span = extent.bottom - extent.top;
  return (
    <svg aria-hidden="true" width={width} height={height} style={{ display: 'block' }}>
      {columns.map((blocks, c) => {
        let y = extent.top;
        return blocks.map((share, b) => {
          const h = share * span;
          const rect = (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed decorative shape
              key={`${c}-${b}`}
              x={extent.left + c * step}
              y={y}
              width={12}
              height={h}
              style={{ fill: color.track, opacity: loading ? 1 : 0.6 }}
            />
          );
          y += h + 12;
          return rect;
        });
      })}
    </svg>
  );
}
