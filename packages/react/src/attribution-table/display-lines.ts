import type { AttributionMetric } from './attribution-table-labels';
import type { DealLine, TouchLine, UnattributedDealLine } from './drill-down';
import type { AttributionTableModel, MetricRow } from './table-model';

/** One line of the grid body, in display order: a row, a deal under it, a touch under that. */
export type DisplayLine =
  | {
      kind: 'row';
      id: string;
      depth: number;
      row: MetricRow;
      expanded: boolean;
      /** Position among its siblings (1-based) and their count, for `aria-posinset/setsize`. */
      pos: number;
      size: number;
    }
  | {
      kind: 'deal';
      id: string;
      depth: number;
      row: MetricRow;
      deal: DealLine;
      expanded: boolean;
      pos: number;
      size: number;
    }
  | {
      kind: 'touch';
      id: string;
      depth: number;
      /** The row the touch is credited in; null under the "not attributed" row. */
      row: MetricRow | null;
      touch: TouchLine;
      pos: number;
      size: number;
    }
  | { kind: 'unattributed'; id: string; depth: 0; expanded: boolean; pos: number; size: number }
  | {
      kind: 'lost-deal';
      id: string;
      depth: 1;
      deal: UnattributedDealLine;
      expanded: boolean;
      pos: number;
      size: number;
    }
  | { kind: 'note'; id: string; depth: number; text: string; pos: number; size: number };

/** What the flattening needs to open rows: the drill-down, computed lazily and cached. */
export interface DrillSource {
  deals: (row: MetricRow) => { deals: DealLine[]; complete: boolean };
  touches: (row: MetricRow | null, dealId: string) => TouchLine[];
  lostDeals: () => UnattributedDealLine[];
}

/** A row of TanStack's final row model, reduced to what the flattening reads. */
export interface ModelRow {
  original: MetricRow;
  depth: number;
  expanded: boolean;
  pos: number;
  size: number;
}

/**
 * The grid's body lines: TanStack's rows (filtered, sorted, groups expanded) with each open
 * row's deals and each open deal's touches spliced in, then the "not attributed" row, which
 * is never filtered out or sorted away.
 * @param sortModel the model whose column is sorted (deals follow it), or 0.
 */
export function displayLines(
  rows: readonly ModelRow[],
  open: ReadonlySet<string>,
  drill: DrillSource,
  incompleteNote: string,
  sortModel = 0,
  sortAscending = false,
): DisplayLine[] {
  const lines: DisplayLine[] = [];
  for (const { original: row, depth, expanded, pos, size } of rows) {
    const id = row.id;
    const isOpen = row.kind === 'group' ? expanded : open.has(id);
    lines.push({ kind: 'row', id, depth, row, expanded: isOpen, pos, size });
    if (row.kind !== 'row' || !isOpen) continue;
    const { deals, complete } = drill.deals(row);
    const sorted = [...deals].sort((a, b) => {
      const d = (a.amounts[sortModel] ?? 0) - (b.amounts[sortModel] ?? 0);
      return (sortAscending ? d : -d) || (a.dealId < b.dealId ? -1 : 1);
    });
    if (!complete) {
      lines.push({
        kind: 'note',
        id: `${id}/note`,
        depth: depth + 1,
        text: incompleteNote,
        pos: 1,
        size: 1,
      });
    }
    sorted.forEach((deal, index) => {
      const dealId = `${id}/deal:${deal.dealId}`;
      const dealOpen = open.has(dealId);
      lines.push({
        kind: 'deal',
        id: dealId,
        depth: depth + 1,
        row,
        deal,
        expanded: dealOpen,
        pos: index + 1,
        size: sorted.length,
      });
      if (!dealOpen) return;
      const touches = drill.touches(row, deal.dealId);
      touches.forEach((touch, t) => {
        lines.push({
          kind: 'touch',
          id: `${dealId}/touch:${touch.touchId}`,
          depth: depth + 2,
          row,
          touch,
          pos: t + 1,
          size: touches.length,
        });
      });
    });
  }
  const unattributedOpen = open.has('unattributed');
  lines.push({
    kind: 'unattributed',
    id: 'unattributed',
    depth: 0,
    expanded: unattributedOpen,
    pos: (rows.filter((r) => r.depth === 0).length || 0) + 1,
    size: (rows.filter((r) => r.depth === 0).length || 0) + 1,
  });
  if (unattributedOpen) {
    const lost = drill.lostDeals();
    lost.forEach((deal, index) => {
      const id = `unattributed/deal:${deal.dealId}`;
      const dealOpen = open.has(id);
      lines.push({
        kind: 'lost-deal',
        id,
        depth: 1,
        deal,
        expanded: dealOpen,
        pos: index + 1,
        size: lost.length,
      });
      if (!dealOpen) return;
      const touches = drill.touches(null, deal.dealId);
      touches.forEach((touch, t) => {
        lines.push({
          kind: 'touch',
          id: `${id}/touch:${touch.touchId}`,
          depth: 2,
          row: null,
          touch,
          pos: t + 1,
          size: touches.length,
        });
      });
    });
  }
  return lines;
}

/** A value of a line in a metric column (model `k`), raw: a decimal string, a number or null. */
export function lineValue(
  line: DisplayLine | { kind: 'total' },
  metric: AttributionMetric,
  k: number,
  model: AttributionTableModel,
): string | number | null {
  const total = model.totals.amounts[k] ?? 0;
  const shareOf = (amount: number | undefined) => (total ? (amount ?? 0) / total : 0);
  switch (line.kind) {
    case 'row': {
      const row = line.row;
      switch (metric) {
        case 'value':
          return row.values[k] ?? null;
        case 'share':
          return row.shares[k] ?? null;
        case 'credit':
          return row.credit[k] ?? null;
        case 'deals':
          return row.deals[k] ?? null;
        case 'touches':
          return row.touches[k] ?? null;
        case 'cost':
          return row.cost;
        case 'roi':
          return row.roi[k] ?? null;
        case 'roas':
          return row.roas[k] ?? null;
      }
      return null;
    }
    case 'deal':
    case 'touch': {
      const item = line.kind === 'deal' ? line.deal : line.touch;
      if (metric === 'value') return item.values[k] ?? null;
      if (metric === 'share') return shareOf(item.amounts[k]);
      if (metric === 'credit') return item.weights[k] ?? null;
      if (metric === 'touches' && line.kind === 'deal') return line.deal.touches;
      return null;
    }
    case 'unattributed': {
      const u = model.unattributed;
      if (metric === 'value') return u.values[k] ?? null;
      if (metric === 'share') return u.shares[k] ?? null;
      if (metric === 'deals') return u.deals[k] ?? null;
      return null;
    }
    case 'lost-deal': {
      if (metric === 'value') return line.deal.values[k] ?? null;
      if (metric === 'share') return shareOf(line.deal.amounts[k]);
      return null;
    }
    case 'total': {
      if (metric === 'value') return model.totals.values[k] ?? null;
      if (metric === 'share') return 1;
      if (metric === 'deals') return model.totals.deals[k] ?? null;
      if (metric === 'cost') return model.totals.cost;
      return null;
    }
    default:
      return null;
  }
}
