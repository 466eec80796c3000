import type { GoalProgress } from '@closedloop/core';
import { type CSSProperties, Fragment, type ReactNode } from 'react';
import {
  color,
  createFormatters,
  type DataRow,
  font,
  type LegendItem,
  type TooltipContent,
  status as tones,
} from '../kit';
import type { GoalMeterModel, TeamSegment } from './goal-meter-model';
import {
  type GoalMeterFacts,
  type GoalMeterLabels,
  type GoalValueFormatter,
  isReport,
} from './goal-meter-text';

/**
 * Team segments are an accent ramp (not the categorical palette), so team hues never sit
 * beside the status colour: accent, accent darkened toward the text colour, accent lightened
 * toward the surface. The ramp flips naturally in dark, where the text colour is light.
 */
const RAMP = [
  color.accent,
  `color-mix(in srgb, ${color.accent} 55%, ${color.text})`,
  `color-mix(in srgb, ${color.accent} 50%, ${color.surface})`,
];

/** The fill of a team segment (or of the whole actual, slot 0). */
export function segmentColor(slot: number): string {
  return RAMP[slot % RAMP.length] as string;
}

/** Facts and formatters shared by the three variants. */
export interface MeterContext {
  progress: GoalProgress;
  model: GoalMeterModel;
  facts: GoalMeterFacts;
  labels: GoalMeterLabels;
  locale: string;
  formatValue: GoalValueFormatter;
}

/** A value formatted in full with the meter's formatter. */
export function full(context: MeterContext, value: string): string {
  return context.formatValue(value, {
    currency: context.progress.currency,
    locale: context.locale,
  });
}

/** The tooltip of a team segment: team, amount, share, records. */
export function segmentTooltip(context: MeterContext, segment: TeamSegment): TooltipContent {
  const format = createFormatters(context.locale, context.progress.currency);
  return {
    title: context.labels.teams[segment.team],
    rows: [
      {
        key: 'amount',
        label: context.labels.actual,
        value: full(context, segment.amount),
        color: segmentColor(segment.slot),
      },
      { key: 'share', label: context.labels.share, value: format.percentFull(segment.share) },
    ],
    footer: context.labels.records(segment.count),
  };
}

/** The tooltip of the whole actual (no team split). */
export function actualTooltip(context: MeterContext): TooltipContent {
  const { labels, facts, progress } = context;
  return {
    title: labels.actual,
    rows: [
      { key: 'actual', label: labels.actual, value: facts.actual, color: segmentColor(0) },
      { key: 'target', label: labels.target, value: facts.target },
      ...(facts.percent === null ? [] : [{ key: 'pct', label: '%', value: facts.percent }]),
    ],
    footer: labels.records(progress.contributing.count),
  };
}

/** The accessible name of a segment mark: the tooltip's facts in one line. */
export function segmentName(context: MeterContext, segment: TeamSegment): string {
  const format = createFormatters(context.locale, context.progress.currency);
  return `${context.labels.teams[segment.team]}: ${full(context, segment.amount)} (${format.percentFull(segment.share)})`;
}

/** Legend entries of the markers (and of the segments, with their values). */
export function legendItems(context: MeterContext, withSegments: boolean): LegendItem[] {
  const { labels, facts, model } = context;
  const items: LegendItem[] = [];
  if (withSegments && model.segments.length > 0) {
    for (const segment of model.segments) {
      items.push({
        key: `team-${segment.team}`,
        label: labels.teams[segment.team],
        color: segmentColor(segment.slot),
        value: full(context, segment.amount),
      });
    }
  } else if (withSegments) {
    items.push({
      key: 'actual',
      label: labels.actual,
      color: segmentColor(0),
      value: facts.actual,
    });
  }
  items.push({
    key: 'expected',
    label: labels.expectedBy(facts.asOfDate),
    color: color.text,
    shape: 'dashed',
    value: facts.expected,
  });
  items.push({
    key: 'target',
    label: labels.target,
    color: color.text,
    shape: 'line',
    value: facts.target,
  });
  if (facts.runRate !== null) {
    items.push({
      key: 'run-rate',
      label: labels.runRate,
      color: color.text,
      shape: 'dotted',
      value: facts.runRate,
    });
  }
  if (facts.pipeline !== null) {
    items.push({
      key: 'pipeline',
      label: labels.pipelineForecast,
      color: color.accent,
      shape: 'dotted',
      value: facts.pipeline,
    });
  }
  return items;
}

const contextStyles = {
  line: {
    margin: '8px 0 0',
    fontSize: font.label,
    color: color.muted,
    display: 'flex',
    flexWrap: 'wrap',
    gap: '0 6px',
    alignItems: 'baseline',
  },
  rule: { margin: '4px 0 0', fontSize: font.tick, color: color.muted },
} satisfies Record<string, CSSProperties>;

/** "▼ Behind · 16 pts under pace · day 45 of 91", status in glyph, word and colour. */
export function ContextLine({
  context,
  withStatus = true,
  style,
}: {
  context: MeterContext;
  withStatus?: boolean;
  style?: CSSProperties;
}): ReactNode {
  const { model, labels, locale } = context;
  const format = createFormatters(locale);
  const parts: { key: string; node: ReactNode }[] = [];
  if (withStatus && model.status) {
    const tone = tones[model.status];
    parts.push({
      key: 'status',
      node: (
        <span style={{ color: tone.color, fontWeight: 600 }}>
          <span aria-hidden="true">{tone.glyph} </span>
          {labels.statuses[model.status]}
        </span>
      ),
    });
  }
  if (model.paceDeltaPoints !== null) {
    const rounded = Math.round(model.paceDeltaPoints);
    const direction = rounded === 0 ? 'on' : rounded > 0 ? 'over' : 'under';
    parts.push({
      key: 'pace',
      node: <span>{labels.paceDelta(format.countFull(Math.abs(rounded)), direction)}</span>,
    });
  }
  parts.push({
    key: 'day',
    node: <span>{labels.elapsed(model.day, model.totalDays, model.business)}</span>,
  });
  return (
    <p style={{ ...contextStyles.line, ...style }}>
      {parts.map((part, index) => (
        <Fragment key={part.key}>
          {index > 0 ? <span aria-hidden="true">·</span> : null}
          {part.node}
        </Fragment>
      ))}
    </p>
  );
}

/** The status rule in words, thresholds filled in; nothing without a report. */
export function StatusRule({ context }: { context: MeterContext }): ReactNode {
  const { progress, labels, locale } = context;
  if (!isReport(progress) || progress.statusRule.value === null) return null;
  const format = createFormatters(locale);
  const { thresholds } = progress.statusRule;
  return (
    <p style={contextStyles.rule}>
      {labels.statusRule({
        basis: progress.statusRule.basis,
        value: format.percent(progress.statusRule.value),
        ahead: format.percent(thresholds.ahead),
        onTrack: format.percent(thresholds.onTrack),
        atRisk: format.percent(thresholds.atRisk),
      })}
    </p>
  );
}

/** Rows of the "Show data" table at full precision. */
export function tableRows(context: MeterContext): DataRow[] {
  const { progress, facts, labels, model, locale } = context;
  const format = createFormatters(locale, progress.currency);
  const rows: DataRow[] = [
    { key: 'actual', cells: [labels.actual, facts.actual, facts.percent ?? '—'] },
  ];
  for (const segment of model.segments) {
    rows.push({
      key: `team-${segment.team}`,
      cells: [
        `${labels.actual} · ${labels.teams[segment.team]}`,
        full(context, segment.amount),
        format.percentFull(segment.share),
      ],
    });
  }
  rows.push({
    key: 'expected',
    cells: [
      labels.expectedBy(facts.asOfDate),
      facts.expected,
      format.percentFull(progress.elapsedFraction),
    ],
  });
  rows.push({ key: 'target', cells: [labels.target, facts.target, format.percentFull(1)] });
  if (facts.runRate !== null && progress.runRateForecast !== null) {
    rows.push({
      key: 'run-rate',
      cells: [
        labels.runRate,
        facts.runRate,
        format.percentFull(ratio(progress.runRateForecast, progress.target)),
      ],
    });
  }
  if (isReport(progress) && progress.pipelineForecast) {
    const forecast = progress.pipelineForecast;
    rows.push({
      key: 'pipeline',
      cells: [
        labels.pipelineForecast,
        facts.pipeline,
        format.percentFull(ratio(forecast.value, progress.target)),
      ],
    });
    rows.push({
      key: 'weighted',
      cells: [labels.weightedOpen, full(context, forecast.weightedOpen), ''],
    });
    rows.push({ key: 'open', cells: [labels.openDeals, format.countFull(forecast.openDeals), ''] });
  }
  if (progress.requiredPerDay !== null) {
    rows.push({
      key: 'required',
      cells: [labels.requiredPerDay, full(context, progress.requiredPerDay), ''],
    });
  }
  if (model.status) {
    rows.push({ key: 'status', cells: [labels.status, labels.statuses[model.status], ''] });
  }
  return rows;
}

function ratio(value: string, target: string): number | null {
  const base = Number(target);
  return base === 0 ? null : Number(value) / base;
}
