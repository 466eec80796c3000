import type { MarkSelection } from '../kit';
import type { AttributionSelectionDetail, AttributionSelectionKind } from './attribution-table';
import type { MetricColumn } from './columns';
import type { AttributionDimension } from './dimension';
import type { DisplayLine, DrillSource } from './display-lines';
import type { AttributionTableModel, MetricRow } from './table-model';

/** A selection payload in the attribution table. */
export type AttributionSelection = MarkSelection<
  AttributionSelectionKind,
  AttributionSelectionDetail
>;

/** Deals of a row (or of every campaign of a group) credited under model `k` (all for cost). */
function rowDealIds(row: MetricRow, k: number | null, drill: DrillSource): string[] {
  const rows = row.kind === 'group' ? (row.subRows ?? []) : [row];
  const ids = new Set<string>();
  for (const r of rows) {
    for (const deal of drill.deals(r).deals) {
      if (k === null || (deal.weights[k] ?? 0) > 0 || (deal.amounts[k] ?? 0) !== 0)
        ids.add(deal.dealId);
    }
  }
  return [...ids];
}

/**
 * The `onSelect` payload of a number in the grid: the ids of the records behind it. A row's
 * cell gives the deals the model credited to the row, a deal's cell the touches of the deal
 * it credited, a touch's cell the touch; the cost column is model-independent (every deal of
 * the row). Null for cells without records (a note).
 */
export function selectionOf(
  line: DisplayLine | { kind: 'total' },
  name: string,
  column: MetricColumn,
  model: AttributionTableModel,
  dimension: AttributionDimension,
  drill: DrillSource,
): AttributionSelection | null {
  const k = column.model;
  const modelLabel = column.metric === 'cost' ? null : (model.models[k]?.label ?? null);
  const base = { widget: 'attribution-table', label: name };
  const detail = (rowKey: string | null, dealId: string | null, touchId: string | null) => ({
    dimension,
    rowKey,
    model: modelLabel,
    metric: column.metric,
    dealId,
    touchId,
  });
  switch (line.kind) {
    case 'row':
      return {
        ...base,
        kind: 'row',
        key: line.row.id,
        ids: rowDealIds(line.row, column.metric === 'cost' ? null : k, drill),
        entity: 'deal',
        detail: detail(line.row.key, null, null),
      };
    case 'deal': {
      const touches = drill
        .touches(line.row, line.deal.dealId)
        .filter((t) => (t.weights[k] ?? 0) > 0 || (t.amounts[k] ?? 0) !== 0);
      return {
        ...base,
        kind: 'deal',
        key: line.id,
        ids: touches.map((t) => t.touchId),
        entity: 'touch',
        detail: detail(line.row.key, line.deal.dealId, null),
      };
    }
    case 'touch':
      return {
        ...base,
        kind: 'touch',
        key: line.id,
        ids: [line.touch.touchId],
        entity: 'touch',
        detail: detail(line.row?.key ?? null, line.touch.dealId, line.touch.touchId),
      };
    case 'unattributed':
      return {
        ...base,
        kind: 'unattributed',
        key: 'unattributed',
        ids: drill
          .lostDeals()
          .filter((d) => (d.amounts[k] ?? 0) !== 0 || d.reasons[k] !== null)
          .map((d) => d.dealId),
        entity: 'deal',
        detail: detail(null, null, null),
      };
    case 'lost-deal':
      return {
        ...base,
        kind: 'deal',
        key: line.id,
        ids: [line.deal.dealId],
        entity: 'deal',
        detail: detail(null, line.deal.dealId, null),
      };
    case 'total':
      return {
        ...base,
        kind: 'total',
        key: 'total',
        ids: (model.results[k]?.deals ?? []).map((d) => d.dealId),
        entity: 'deal',
        detail: detail(null, null, null),
      };
    default:
      return null;
  }
}
