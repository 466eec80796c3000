import type { GoalProgress, GoalProgressReport, Team } from '@closedloop/core';
import type { CSSProperties, ReactNode } from 'react';
import {
  ChartFrame,
  color,
  DataTable,
  font,
  mergeLabels,
  type OnSelect,
  StatusChip,
  Tooltip,
  useChartIds,
  useMarks,
  type WidgetBaseProps,
  type WidgetStatus,
} from '../kit';
import { GoalMeterBar } from './goal-meter-bar';
import { GoalMeterKpi } from './goal-meter-kpi';
import { goalMeterModel, type TeamSegment } from './goal-meter-model';
import { actualTooltip, type MeterContext, segmentTooltip, tableRows } from './goal-meter-parts';
import { GoalMeterRadial } from './goal-meter-radial';
import {
  defaultGoalMeterLabels,
  formatGoalValue,
  type GoalMeterLabels,
  type GoalValueFormatter,
  goalMeterFacts,
} from './goal-meter-text';

/** Which state a widget shows: the data, or a loading, empty or error message. */
export type GoalMeterStatus = WidgetStatus;

/** The shapes of the meter: a bullet bar, a ring, or a KPI tile for a row of numbers. */
export type GoalMeterVariant = 'bar' | 'radial' | 'kpi';

/** What `onSelect` says about a goal meter mark. */
export interface GoalMeterSelectionDetail {
  /** The team of a segment; null for the whole actual. */
  team: Team | null;
  /** The segment's or actual's amount (decimal string, as core gives it). */
  amount: string;
  /** Records counted in it. */
  count: number;
}

/** Props of `GoalMeter`. */
export interface GoalMeterProps extends WidgetBaseProps<GoalMeterLabels> {
  /**
   * The goal's progress from `goalProgress` in `@closedloop/core` (the full
   * `GoalProgressReport` adds status, forecasts and team segments); without it the meter
   * shows the empty state.
   */
  progress?: GoalProgress | GoalProgressReport;
  /** `bar` (default), `radial`, or `kpi` for a KPI row. */
  variant?: GoalMeterVariant;
  /** Diameter of the radial meter in px, 120–240; default 160. */
  size?: number;
  /** Formats a value (a decimal string); default `Intl.NumberFormat` in the goal's currency. */
  formatValue?: GoalValueFormatter;
  /** The message of the empty state; default `labels.empty`. */
  emptyMessage?: string;
  /**
   * Called when the actual (or a team segment) is clicked or activated with Enter/Space;
   * the actual carries the ids of the counted records (`contributing.recordIds`).
   */
  onSelect?: OnSelect<'actual' | 'team', GoalMeterSelectionDetail>;
  /** Open the "Show data" table from the start. */
  showTable?: boolean;
  /** Text direction; `rtl` mirrors the ring. */
  dir?: 'ltr' | 'rtl';
  /** Portal the tooltip into `document.body` (default) or an element, or render it inline. */
  tooltipPortal?: boolean | Element;
}

/**
 * A goal's progress as a bullet bar, a ring or a KPI tile: the actual (split into each
 * team's contribution when the report has one), the expected-to-date marker (dashed), the
 * target (solid), the run-rate and pipeline-weighted forecasts (dotted carets), the status
 * as glyph + word with its thresholds in words, the same facts as `aria-valuetext` and in a
 * "Show data" table. Renders on the server; colours come from `--cl-*` custom properties.
 */
export function GoalMeter({
  progress,
  title,
  description,
  variant = 'bar',
  size = 160,
  locale = 'en-US',
  formatValue = formatGoalValue,
  status = 'ready',
  errorMessage,
  emptyMessage,
  onRetry,
  stateSlots,
  labels: labelOverrides,
  onSelect,
  showTable,
  dir,
  tooltipPortal,
  className,
}: GoalMeterProps): ReactNode {
  const ids = useChartIds();
  const labels = mergeLabels(defaultGoalMeterLabels, labelOverrides);
  const shown: WidgetStatus = status === 'ready' && progress === undefined ? 'empty' : status;
  const ready = shown === 'ready' && progress !== undefined;
  const model = ready ? goalMeterModel(progress) : null;
  const facts = ready ? goalMeterFacts(progress, locale, formatValue) : null;
  const context: MeterContext | null =
    ready && model && facts ? { progress, model, facts, labels, locale, formatValue } : null;
  const segments: (TeamSegment | null)[] = model
    ? model.segments.length > 0
      ? model.segments
      : model.actual > 0
        ? [null]
        : []
    : [];
  const marks = useMarks({
    marks: variant === 'kpi' ? [] : segments,
    tooltip: (segment) =>
      context
        ? segment
          ? segmentTooltip(context, segment)
          : actualTooltip(context)
        : { title: '', rows: [] },
    onSelect:
      onSelect && context
        ? (segment) =>
            onSelect(
              segment
                ? {
                    widget: 'goal-meter',
                    kind: 'team',
                    key: segment.team,
                    label: labels.teams[segment.team],
                    // Core reports a team's total and count, not its record ids.
                    ids: [],
                    entity: null,
                    detail: { team: segment.team, amount: segment.amount, count: segment.count },
                  }
                : {
                    widget: 'goal-meter',
                    kind: 'actual',
                    key: 'actual',
                    label: labels.actual,
                    ids: context.model.ids,
                    entity: context.model.entity,
                    detail: {
                      team: null,
                      amount: context.progress.actual,
                      count: context.progress.contributing.count,
                    },
                  },
            )
        : undefined,
    rtl: dir === 'rtl',
  });

  const meterProps =
    context && facts
      ? {
          role: 'meter',
          'aria-labelledby': ids.title,
          'aria-describedby': description ? ids.description : undefined,
          'aria-valuemin': 0,
          'aria-valuemax': context.model.max,
          'aria-valuenow': context.model.actual,
          'aria-valuetext': labels.valueText(facts),
        }
      : {};
  const focusRing = (index: number): CSSProperties =>
    marks.focused && marks.active === index
      ? { outline: `2px solid ${color.focus}`, outlineOffset: 2 }
      : {};
  const notCounted = progress?.quality.reduce((sum, finding) => sum + finding.count, 0) ?? 0;
  const kpi = variant === 'kpi';

  return (
    <ChartFrame
      ids={ids}
      title={title}
      description={description}
      status={shown}
      labels={labels}
      errorMessage={errorMessage}
      emptyMessage={emptyMessage}
      onRetry={onRetry}
      stateSlots={stateSlots}
      placeholder={(state) => (
        <Placeholder variant={variant} size={size} loading={state === 'loading'} />
      )}
      statePlacement="below"
      footnote={notCounted > 0 && !kpi ? labels.notCounted(notCounted) : undefined}
      announcement={facts ? labels.valueText(facts) : ''}
      table={
        context && !kpi ? (
          <DataTable
            caption={title}
            toggle={labels.showData}
            open={showTable}
            columns={[
              { key: 'measure', header: labels.measure },
              { key: 'value', header: labels.value, numeric: true },
              { key: 'share', header: labels.share, numeric: true },
            ]}
            rows={tableRows(context)}
          />
        ) : undefined
      }
      headerEnd={
        context?.model.status && !kpi ? (
          <StatusChip tone={context.model.status} label={labels.statuses[context.model.status]} />
        ) : undefined
      }
      titleStyle={kpi ? { fontSize: font.label, fontWeight: 400, color: color.muted } : undefined}
      headerGap={kpi ? 0 : undefined}
      dir={dir}
      className={className}
    >
      {context ? (
        <>
          {variant === 'radial' ? (
            <GoalMeterRadial
              context={context}
              marks={marks}
              meterProps={meterProps}
              size={Math.min(240, Math.max(120, size))}
              rtl={dir === 'rtl'}
            />
          ) : kpi ? (
            <GoalMeterKpi context={context} meterProps={meterProps} />
          ) : (
            <GoalMeterBar
              context={context}
              marks={marks}
              meterProps={meterProps}
              focusRing={focusRing}
            />
          )}
          {kpi ? null : <Tooltip {...marks.tooltip} portal={tooltipPortal} />}
        </>
      ) : null}
    </ChartFrame>
  );
}

/** The loading skeleton and the empty/error frame: the meter's shape at its final height. */
function Placeholder({
  variant,
  size,
  loading,
}: {
  variant: GoalMeterVariant;
  size: number;
  loading: boolean;
}): ReactNode {
  if (variant === 'radial') {
    const d = Math.min(240, Math.max(120, size));
    const thickness = d * 0.1;
    return (
      <svg aria-hidden="true" focusable="false" width={d} height={d} style={{ display: 'block' }}>
        <circle
          cx={d / 2}
          cy={d / 2}
          r={d / 2 - 4 - thickness / 2}
          fill="none"
          style={{ stroke: color.track }}
          strokeWidth={thickness}
        />
      </svg>
    );
  }
  if (!loading) {
    // Empty and error keep the frame: the bare track.
    return (
      <div
        style={{
          marginTop: 8,
          height: variant === 'kpi' ? 4 : 20,
          borderRadius: 2,
          background: color.track,
        }}
      />
    );
  }
  if (variant === 'kpi') {
    return (
      <div style={{ paddingTop: 4 }}>
        <div style={{ width: '40%', height: 28, borderRadius: 2, background: color.track }} />
        <div style={{ marginTop: 10, height: 4, borderRadius: 2, background: color.track }} />
      </div>
    );
  }
  return (
    <div style={{ paddingTop: 4 }}>
      <div
        style={{ width: 120, height: 20, borderRadius: 2, background: color.track, opacity: 0.6 }}
      />
      <div style={{ marginTop: 14, height: 20, borderRadius: 2, background: color.track }} />
      <div
        style={{
          marginTop: 12,
          width: '70%',
          height: 12,
          borderRadius: 2,
          background: color.track,
          opacity: 0.6,
        }}
      />
    </div>
  );
}
