import type { AttributionMetric } from './attribution-table-labels';
import { toCsv } from './csv';
import type { AttributionDimension } from './dimension';
import { type DisplayLine, lineValue } from './display-lines';
import type { AttributionTableModel } from './table-model';

/** A metric column: one metric of one model, or the model-independent cost. */
export interface MetricColumn {
  /** `cost`, or `m<k>:<metric>`. */
  id: string;
  metric: AttributionMetric;
  /** The model's index; 0 for cost (cost does not depend on the model). */
  model: number;
  /** Width in px (numbers are end-aligned in it). */
  width: number;
}

/** Metrics a model's column group offers, in order. */
export const MODEL_METRICS: readonly AttributionMetric[] = [
  'value',
  'share',
  'credit',
  'deals',
  'touches',
  'roi',
  'roas',
];

const WIDTH: Record<AttributionMetric, number> = {
  value: 112,
  share: 72,
  credit: 72,
  deals: 88,
  touches: 88,
  cost: 104,
  roi: 80,
  roas: 72,
};

/** Metrics that only mean something for campaigns (they have a cost). */
const CAMPAIGN_ONLY = new Set<AttributionMetric>(['cost', 'roi', 'roas']);

/** The metric columns of a table: cost (campaigns), then each model's group. */
export function metricColumns(models: number, dimension: AttributionDimension): MetricColumn[] {
  const columns: MetricColumn[] = [];
  if (dimension === 'campaign')
    columns.push({ id: 'cost', metric: 'cost', model: 0, width: WIDTH.cost });
  for (let k = 0; k < models; k++) {
    for (const metric of MODEL_METRICS) {
      if (CAMPAIGN_ONLY.has(metric) && dimension !== 'campaign') continue;
      columns.push({ id: `m${k}:${metric}`, metric, model: k, width: WIDTH[metric] });
    }
  }
  return columns;
}

/**
 * Which columns show at first: revenue and share of every model; with one model also deals
 * and touches; with campaigns also cost and, for one model, ROI and ROAS. The rest are one
 * click away in the column menu.
 */
export function defaultVisibility(
  columns: readonly MetricColumn[],
  models: number,
): Record<string, boolean> {
  const visible = new Set<AttributionMetric>(['value', 'share', 'cost']);
  if (models === 1)
    for (const metric of ['credit', 'touches', 'roi', 'roas'] as const) visible.add(metric);
  return Object.fromEntries(columns.map((c) => [c.id, visible.has(c.metric)]));
}

/** The name of a line as the first column shows it (plain text). */
export type LineName = (line: DisplayLine | { kind: 'total' }) => string;

/**
 * What the grid shows, as CSV: one line per visible line (rows, open deals and touches, the
 * "not attributed" row, the total), a level column saying which, the name, and every visible
 * column with its raw value: money as the result's exact decimal strings, shares and ratios
 * as plain numbers (0.25, not "25%").
 */
export function shownCsv(
  lines: readonly DisplayLine[],
  columns: readonly MetricColumn[],
  model: AttributionTableModel,
  header: { level: string; name: string; column: (column: MetricColumn) => string },
  nameOf: LineName,
): string {
  const rows: Array<Array<string | number | null>> = [
    [header.level, header.name, ...columns.map(header.column)],
  ];
  const all: Array<DisplayLine | { kind: 'total' }> = [...lines, { kind: 'total' }];
  for (const line of all) {
    if (line.kind === 'note') continue;
    const level = line.kind === 'row' ? line.row.kind : line.kind;
    rows.push([
      level,
      nameOf(line),
      ...columns.map((c) => lineValue(line, c.metric, c.model, model)),
    ]);
  }
  return toCsv(rows);
}
