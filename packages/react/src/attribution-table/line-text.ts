import { labelOf } from '@closedloop/core';
import type { Formatters } from '../kit';
import type { AttributionMetric, AttributionTableLabels } from './attribution-table-labels';
import type { AttributionDimension } from './dimension';
import { NO_CAMPAIGN_KEY, UNTITLED_KEY } from './dimension';
import type { DisplayLine } from './display-lines';
import type { MetricRow } from './table-model';

/** Label maps for the keys a row can have; core's English maps by default. */
export interface KeyLabels {
  channels: Readonly<Partial<Record<string, string>>>;
  touchTypes: Readonly<Partial<Record<string, string>>>;
  teams: Readonly<Partial<Record<string, string>>>;
}

/** The visible name of a row or group (a campaign's name, a channel's label …). */
export function rowName(
  row: MetricRow,
  dimension: AttributionDimension,
  keys: KeyLabels,
  labels: AttributionTableLabels,
): string {
  if (row.kind === 'group') {
    return row.key === NO_CAMPAIGN_KEY ? labels.noCampaign : labelOf(keys.channels, row.key);
  }
  switch (dimension) {
    case 'campaign':
      return row.key === NO_CAMPAIGN_KEY ? labels.noCampaign : row.label;
    case 'channel':
      return labelOf(keys.channels, row.key);
    case 'touchType':
      return labelOf(keys.touchTypes, row.key);
    case 'content':
      return row.key === UNTITLED_KEY ? labels.untitled : row.label;
    case 'team':
      return row.key === 'unknown' ? labels.unknownTeam : labelOf(keys.teams, row.key);
  }
}

/** The plain-text name of any line (first column, CSV, tooltips, accessible names). */
export function lineName(
  line: DisplayLine | { kind: 'total' },
  dimension: AttributionDimension,
  keys: KeyLabels,
  labels: AttributionTableLabels,
  formatters: Formatters,
): string {
  switch (line.kind) {
    case 'row':
      return rowName(line.row, dimension, keys, labels);
    case 'deal':
    case 'lost-deal':
      return line.deal.dealName ?? line.deal.dealId;
    case 'touch': {
      const t = line.touch;
      return labels.touchLine(
        formatters.date(t.occurredAt),
        labelOf(keys.touchTypes, t.type),
        t.title,
      );
    }
    case 'unattributed':
      return labels.notAttributed;
    case 'note':
      return line.text;
    case 'total':
      return labels.total;
  }
}

/** A raw metric value formatted for a cell (compact or full money). */
export function formatMetric(
  metric: AttributionMetric,
  value: string | number | null,
  formatters: Formatters,
  notation: 'compact' | 'full',
): string {
  if (value === null) return '';
  switch (metric) {
    case 'value':
    case 'cost':
      return notation === 'compact' ? formatters.moneyCompact(value) : formatters.money(value);
    case 'share':
      return formatters.percent(Number(value));
    case 'credit':
      return formatters.countFull(Math.round(Number(value) * 10) / 10);
    case 'deals':
    case 'touches':
      return formatters.countFull(Number(value));
    case 'roi':
      return formatters.change(Number(value));
    case 'roas':
      return formatters.ratio(Number(value));
  }
}

/** A raw metric value at full precision (tooltips): money with its minor digits. */
export function formatExact(
  metric: AttributionMetric,
  value: string | number | null,
  formatters: Formatters,
  scale: number,
): string {
  if (value === null) return '—';
  if (metric === 'value' || metric === 'cost') return formatters.money(value, scale);
  if (metric === 'share') return formatters.percentFull(Number(value));
  if (metric === 'credit') return formatters.countFull(Number(value));
  return formatMetric(metric, value, formatters, 'full');
}
