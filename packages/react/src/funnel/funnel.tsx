import type { FunnelResult } from '@closedloop/core';
import { type CSSProperties, type ReactNode, useMemo } from 'react';
import {
  ChartFrame,
  color,
  createFormatters,
  type DataRow,
  DataTable,
  font,
  mergeLabels,
  type OnSelect,
  Tooltip,
  useChartIds,
  useContainerSize,
  useMarks,
  useStableList,
  type WidgetBaseProps,
  type WidgetStatus,
} from '../kit';
import { barTooltip, days } from './funnel-facts';
import { FunnelHorizontal } from './funnel-horizontal';
import { type FunnelComparison, funnelBars, funnelMax, funnelPanels } from './funnel-model';
import { defaultFunnelLabels, type FunnelLabels } from './funnel-text';
import { FunnelVertical } from './funnel-vertical';

/** What `onSelect` says about a funnel stage. */
export interface FunnelSelectionDetail {
  stageId: string;
  /** The split group's key when the panel is a group (null for the whole funnel or a comparison). */
  groupKey: string | null;
  /** The panel's label (group, period). */
  panel: string;
  count: number;
  /** The counting method and period, so the app can query the records itself. */
  method: FunnelResult['method'];
  period: FunnelResult['period'];
}

/** Props of `Funnel`. */
export interface FunnelProps extends WidgetBaseProps<FunnelLabels> {
  /** The result of `funnel` in `@closedloop/core`; without it the funnel shows the empty state. */
  result?: FunnelResult;
  /** `horizontal` (default: label · bar · count) or `vertical` (columns with connectors). */
  orientation?: 'horizontal' | 'vertical';
  /** Name of the main panel when there are several; default `labels.overall`. */
  label?: string;
  /** Split groups to draw side by side (by `FunnelGroup.key`), on one scale. */
  groups?: (string | null)[];
  /** Other results (another period) to draw beside the main one, on one scale. */
  compare?: FunnelComparison[];
  emptyMessage?: string;
  /**
   * Called when a stage is clicked or activated with Enter/Space, with the stage, group and
   * the counting method and period (core's funnel result lists no record ids per stage).
   */
  onSelect?: OnSelect<'stage', FunnelSelectionDetail>;
  /** Open the "Show data" table from the start. */
  showTable?: boolean;
  /** Fixed width in px (else the container is measured; 560 on the server). */
  width?: number;
  dir?: 'ltr' | 'rtl';
  tooltipPortal?: boolean | Element;
}

const styles = {
  panels: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))',
    gap: '16px 32px',
  },
  panelTitle: { margin: '0 0 8px', fontSize: font.label, fontWeight: 600 },
  rule: { margin: '12px 0 0', fontSize: font.tick, color: color.muted },
} satisfies Record<string, CSSProperties>;

/** Below this width the median-time column is left out (it stays in the tooltip and table). */
const TIME_COLUMN_MIN_WIDTH = 420;

/**
 * A conversion funnel from `FunnelResult`: each stage's count, stage-to-stage and
 * from-start conversion, the drop-off as a gap against the previous stage, median time in
 * stage with censored records apart (tooltip and table), skipped and moved-back counts, the
 * counting rule under the chart. Horizontal or vertical; several slices side by side on one
 * scale.
 */
export function Funnel({
  result,
  title,
  description,
  orientation = 'horizontal',
  label,
  groups,
  compare,
  locale = 'en-US',
  status = 'ready',
  errorMessage,
  emptyMessage,
  onRetry,
  stateSlots,
  labels: labelOverrides,
  onSelect,
  showTable,
  width,
  dir,
  tooltipPortal,
  className,
}: FunnelProps): ReactNode {
  const ids = useChartIds();
  const labels = mergeLabels(defaultFunnelLabels, labelOverrides);
  const format = createFormatters(locale);
  const size = useContainerSize({ width, height: width === undefined ? undefined : 0 });
  // The layout depends on the data and the panel names only: a theme or locale change
  // re-renders without laying the funnel out again.
  const panelLabel = label ?? labels.overall;
  const channelNames = labels.channels;
  // Slices are often written inline (`compare={[{ label, result }]}`): same items, same layout.
  const stableGroups = useStableList(groups);
  const stableCompare = useStableList(
    compare,
    (a, b) => a.label === b.label && a.result === b.result,
  );
  const { panels, bars, max } = useMemo(() => {
    const laidOut = result
      ? funnelPanels(result, {
          label: panelLabel,
          groups: stableGroups,
          compare: stableCompare,
          channels: channelNames,
        })
      : [];
    return { panels: laidOut, bars: laidOut.flatMap(funnelBars), max: funnelMax(laidOut) };
  }, [result, panelLabel, stableGroups, stableCompare, channelNames]);
  const hasData = bars.length > 0 && max > 0;
  const shown: WidgetStatus = status === 'ready' && !hasData ? 'empty' : status;
  const marks = useMarks({
    marks: shown === 'ready' ? bars : [],
    tooltip: (bar) => barTooltip(bar, labels, format),
    onSelect:
      onSelect && result
        ? (bar) =>
            onSelect({
              widget: 'funnel',
              kind: 'stage',
              key: `${bar.panel.key}:${bar.stage.id}`,
              label: bar.stage.label,
              ids: [],
              entity: null,
              detail: {
                stageId: bar.stage.id,
                groupKey: bar.panel.groupKey,
                panel: bar.panel.label,
                count: bar.stage.count,
                method: result.method,
                period: result.period,
              },
            })
        : undefined,
    rtl: dir === 'rtl',
  });
  const focusRing = (index: number): CSSProperties =>
    marks.focused && marks.active === index
      ? { outline: `2px solid ${color.focus}`, outlineOffset: 2 }
      : {};
  const showPanelTitles = panels.length > 1;
  const flagged = result?.quality.reduce((sum, finding) => sum + finding.count, 0) ?? 0;
  const first = result?.stages[0]?.label ?? '';
  const scope = result
    ? labels.emptyScope(
        first,
        format.date(`${result.period.start}T12:00:00Z`, 'UTC'),
        format.date(`${result.period.end}T12:00:00Z`, 'UTC'),
      )
    : undefined;

  let offset = 0;
  const body = panels.map((panel) => {
    const panelBars = bars.filter((bar) => bar.panel === panel);
    const start = offset;
    offset += panelBars.length;
    const titleId = `${ids.root}-${panel.key}`;
    return (
      // biome-ignore lint/a11y/useSemanticElements: a group of chart marks, not a form fieldset
      <div key={panel.key} role="group" aria-labelledby={showPanelTitles ? titleId : ids.title}>
        {showPanelTitles ? (
          <p id={titleId} style={styles.panelTitle}>
            {panel.label}
          </p>
        ) : null}
        {orientation === 'vertical' ? (
          <FunnelVertical
            panel={panel}
            bars={panelBars}
            max={max}
            offset={start}
            marks={marks}
            labels={labels}
            format={format}
            focusRing={focusRing}
          />
        ) : (
          <FunnelHorizontal
            panel={panel}
            bars={panelBars}
            max={max}
            offset={start}
            marks={marks}
            labels={labels}
            format={format}
            showTime={
              (showPanelTitles ? size.width / panels.length : size.width) >= TIME_COLUMN_MIN_WIDTH
            }
            focusRing={focusRing}
          />
        )}
      </div>
    );
  });

  const rows: DataRow[] = bars.map((bar) => {
    const time = bar.stage.timeInStage;
    return {
      key: `${bar.panel.key}:${bar.stage.id}`,
      cells: [
        showPanelTitles ? `${bar.stage.label} · ${bar.panel.label}` : bar.stage.label,
        format.countFull(bar.stage.count),
        bar.dropped === null ? '' : format.countFull(bar.dropped),
        format.percentFull(bar.stage.conversionFromPrevious),
        format.percentFull(bar.stage.conversionFromStart),
        time ? days(format, time.medianDays) : '',
        time ? days(format, time.p90Days) : '',
        time ? format.countFull(time.censored.count) : '',
        format.countFull(bar.stage.skipped),
        format.countFull(bar.stage.movedBack),
      ],
    };
  });

  return (
    <ChartFrame
      ids={ids}
      title={title}
      description={description}
      status={shown}
      labels={labels}
      errorMessage={errorMessage}
      emptyMessage={emptyMessage ?? (shown === 'empty' ? scope : undefined)}
      onRetry={onRetry}
      stateSlots={stateSlots}
      placeholder={() => (
        <Placeholder orientation={orientation} stages={result?.stages.length ?? 5} />
      )}
      footnote={flagged > 0 ? labels.notCounted(flagged) : undefined}
      dir={dir}
      className={className}
      rootRef={size.ref}
      table={
        <DataTable
          caption={title}
          toggle={labels.showData}
          open={showTable}
          columns={[
            { key: 'stage', header: labels.stage },
            { key: 'reached', header: labels.reached, numeric: true },
            { key: 'dropped', header: labels.dropped, numeric: true },
            { key: 'prev', header: labels.fromPrevious, numeric: true },
            { key: 'start', header: labels.fromStart, numeric: true },
            { key: 'median', header: labels.medianTime, numeric: true },
            { key: 'p90', header: labels.p90Time, numeric: true },
            { key: 'censored', header: labels.stillInStage, numeric: true },
            { key: 'skipped', header: labels.skipped, numeric: true },
            { key: 'back', header: labels.movedBack, numeric: true },
          ]}
          rows={rows}
        />
      }
    >
      <div style={panels.length > 1 ? styles.panels : undefined}>{body}</div>
      {result ? <p style={styles.rule}>{labels.countingRule(result)}</p> : null}
      <Tooltip {...marks.tooltip} portal={tooltipPortal} />
    </ChartFrame>
  );
}

/** The skeleton and the empty/error frame: the funnel's shape at its final height. */
function Placeholder({
  orientation,
  stages,
}: {
  orientation: 'horizontal' | 'vertical';
  stages: number;
}): ReactNode {
  const n = Math.max(stages, 3);
  if (orientation === 'vertical') {
    return (
      <div
        style={{ display: 'flex', alignItems: 'flex-end', gap: '8%', height: 240, padding: '0 4%' }}
      >
        {[...Array(n).keys()].map((i) => (
          <div
            key={i}
            style={{
              flex: 1,
              height: `${90 - (i * 70) / n}%`,
              background: color.track,
              borderRadius: '2px 2px 0 0',
            }}
          />
        ))}
      </div>
    );
  }
  return (
    <div style={{ display: 'grid', gap: 20, paddingTop: 22 }}>
      {[...Array(n).keys()].map((i) => (
        <div key={i} style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
          <div style={{ width: '22%', height: 10, background: color.track, borderRadius: 2 }} />
          <div
            style={{
              width: `${70 - (i * 55) / n}%`,
              height: 20,
              background: color.track,
              borderRadius: 2,
            }}
          />
        </div>
      ))}
    </div>
  );
}
