import { DAY, type Formatters, type TooltipContent } from '../kit';
import type { FunnelBar } from './funnel-model';
import type { FunnelLabels } from './funnel-text';

/** Days (core's unit) as a one-unit duration. */
export function days(format: Formatters, value: number | null | undefined): string {
  return format.duration(value === null || value === undefined ? null : value * DAY);
}

/** The tooltip of a stage: reached, dropped, both rates, time, censored, skipped, moved back. */
export function barTooltip(
  bar: FunnelBar,
  labels: FunnelLabels,
  format: Formatters,
): TooltipContent {
  const { stage } = bar;
  const time = stage.timeInStage;
  const rows = [
    { key: 'reached', label: labels.reached, value: format.countFull(stage.count) },
    ...(bar.dropped === null
      ? []
      : [{ key: 'dropped', label: labels.dropped, value: format.countFull(bar.dropped) }]),
    ...(stage.conversionFromPrevious === null
      ? []
      : [
          {
            key: 'prev',
            label: labels.fromPrevious,
            value: format.percentFull(stage.conversionFromPrevious),
          },
        ]),
    { key: 'start', label: labels.fromStart, value: format.percentFull(stage.conversionFromStart) },
    ...(stage.skipped > 0
      ? [{ key: 'skipped', label: labels.skipped, value: format.countFull(stage.skipped) }]
      : []),
    ...(stage.movedBack > 0
      ? [{ key: 'back', label: labels.movedBack, value: format.countFull(stage.movedBack) }]
      : []),
  ];
  const notes: string[] = [];
  if (time && time.medianDays !== null) {
    notes.push(
      labels.time(days(format, time.medianDays), days(format, time.p90Days), time.advanced),
    );
  }
  if (time && time.censored.count > 0) {
    notes.push(labels.censored(time.censored.count, days(format, time.censored.medianAgeDays)));
  }
  return {
    title: bar.panel.many ? `${stage.label} · ${bar.panel.label}` : stage.label,
    rows,
    footer: notes.length > 0 ? notes.join(' · ') : undefined,
  };
}

/** The accessible name of a stage bar: the tooltip's facts on one line. */
export function barName(bar: FunnelBar, labels: FunnelLabels, format: Formatters): string {
  const content = barTooltip(bar, labels, format);
  const rows = content.rows.map((row) => `${row.label} ${row.value}`).join(', ');
  return `${content.title}: ${rows}${content.footer ? `; ${content.footer}` : ''}`;
}
