import { CHANNEL_LABELS, TEAM_LABELS, TOUCHPOINT_TYPE_LABELS } from '@closedloop/core';
import {
  type ColumnDef,
  createColumnHelper,
  createSortedRowModel,
  type Row,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
} from '@tanstack/react-table';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import {
  ChartFrame,
  createFormatters,
  mergeLabels,
  type OnSelect,
  useChartIds,
  type WidgetBaseProps,
  type WidgetStatus,
} from '../kit';
import {
  type AttributionMetric,
  type AttributionTableLabels,
  defaultAttributionTableLabels,
} from './attribution-table-labels';
import { defaultVisibility, type MetricColumn, metricColumns, shownCsv } from './columns';
import { useControlledTable } from './controlled-table';
import { ATTRIBUTION_DIMENSIONS, type AttributionDimension } from './dimension';
import { type DisplayLine, type DrillSource, displayLines, type ModelRow } from './display-lines';
import {
  dealsOfRow,
  type RowDeals,
  type TouchLine,
  touchesOfDeal,
  type UnattributedDealLine,
  unattributedDeals,
} from './drill-down';
import { AttributionGrid } from './grid';
import { type KeyLabels, lineName, rowName } from './line-text';
import { type AttributionTableData, buildTableModel, type MetricRow } from './table-model';
import { Toolbar } from './toolbar';

/** What a selection in the attribution table points at. */
export type AttributionSelectionKind = 'row' | 'deal' | 'touch' | 'unattributed' | 'total';

/** The facts of a selected cell, beside the ids. */
export interface AttributionSelectionDetail {
  dimension: AttributionDimension;
  /** The row's key (campaign id, channel …); null for the total and not-attributed rows. */
  rowKey: string | null;
  /** The model column's label; null for the model-independent cost column. */
  model: string | null;
  metric: AttributionMetric | null;
  dealId: string | null;
  touchId: string | null;
}

/** Props of `AttributionTable`. */
export interface AttributionTableProps extends WidgetBaseProps<AttributionTableLabels> {
  /** `attribute(...)` for one model, or `compareModels(...)` for several side by side. */
  data?: AttributionTableData;
  /** What the rows are (controlled). */
  dimension?: AttributionDimension;
  /** What the rows are at first (uncontrolled); default campaigns. */
  defaultDimension?: AttributionDimension;
  onDimensionChange?: (dimension: AttributionDimension) => void;
  /** The choices of the row picker; default every dimension. */
  dimensions?: readonly AttributionDimension[];
  /** Campaigns under their channel at first. */
  defaultGroupByChannel?: boolean;
  /** Sorting at first, e.g. `[{ id: 'm0:value', desc: true }]`; default the first model's revenue, largest first. */
  defaultSorting?: SortingState;
  /** Column visibility at first, by column id (`cost`, `m0:value`, `m1:roas` …). */
  defaultColumnVisibility?: Record<string, boolean>;
  /** Height of the scrolling grid in px (default 420); rows outside it are not rendered. */
  height?: number;
  /** Row height: 36px (`comfortable`, default) or 28px (`compact`). */
  density?: 'comfortable' | 'compact';
  /** Money in cells as `$1.06M` (`compact`, default) or `$1,055,107` (`full`); tooltips and CSV are exact. */
  notation?: 'compact' | 'full';
  /** A 4px bar under each revenue value, scaled to the column's largest row. Default true. */
  bars?: boolean;
  /** Currency when the result has none; the result's reporting currency wins. */
  currency?: string;
  /** Names of channels, touch types and teams; core's English maps by default. */
  keyLabels?: Partial<KeyLabels>;
  /**
   * Called on a click, Enter or Space on a number: the deals behind a row's cell (entity
   * `deal`), the touches behind a deal's (entity `touch`), one touch's id.
   */
  onSelect?: OnSelect<AttributionSelectionKind, AttributionSelectionDetail>;
  /** Receives the CSV of what is shown; default: the browser downloads `filename`. */
  onExport?: (csv: string, filename: string) => void;
}

// TanStack sorts the row tree (groups and their campaigns); filtering, opening rows and column
// visibility are a few lines here, which keeps the table within its 25 kB budget (TanStack's
// filtering, expanding and visibility features would add 2.9 kB brotli).
const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
});
type Features = typeof features;
const helper = createColumnHelper<Features, MetricRow>();
const EMPTY: MetricRow[] = [];

const NULLABLE = new Set<AttributionMetric>(['cost', 'roi', 'roas', 'deals']);

/** Numbers sort numerically, empty cells last in both directions. */
function sortValue(row: MetricRow, column: MetricColumn): number | undefined {
  const k = column.model;
  const value =
    column.metric === 'value'
      ? row.amounts[k]
      : column.metric === 'share'
        ? row.shares[k]
        : column.metric === 'credit'
          ? row.credit[k]
          : column.metric === 'deals'
            ? row.deals[k]
            : column.metric === 'touches'
              ? row.touches[k]
              : column.metric === 'cost'
                ? row.cost === null
                  ? null
                  : Number(row.cost)
                : column.metric === 'roi'
                  ? row.roi[k]
                  : row.roas[k];
  return value === null || value === undefined ? undefined : value;
}

function download(csv: string, filename: string): void {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Attributed revenue as a grid you can open up: campaigns, channels, touch types, content or
 * teams as rows; revenue, share, fractional deals, touches, cost, ROI and ROAS per model,
 * several models side by side from `compareModels`. Sort, filter, group campaigns by
 * channel, hide columns; every row opens to its deals and every deal to the touches that
 * earned the credit, each with the sentence that credited it. The "not attributed" row
 * (unattributed deals and pending shares) is always shown and the total is pinned, so every
 * column visibly adds up to the result's total. CSV export writes what is shown with the
 * result's exact decimal strings. Rows are windowed: 10,000 rows mount like 30.
 *
 * Keyboard (WAI-ARIA grid): Tab enters the grid at one cell; arrows, Home/End (Ctrl for the
 * grid's corners) and PageUp/PageDown move; Enter or Space sorts a header, opens a row from
 * its name and selects a number (`onSelect`); Escape closes the tooltip.
 */
export function AttributionTable({
  data,
  title,
  description,
  dimension: controlledDimension,
  defaultDimension = 'campaign',
  onDimensionChange,
  dimensions = ATTRIBUTION_DIMENSIONS,
  defaultGroupByChannel = false,
  defaultSorting,
  defaultColumnVisibility,
  height = 420,
  density = 'comfortable',
  notation = 'compact',
  bars = true,
  locale = 'en-US',
  currency,
  labels: labelOverrides,
  keyLabels: keyLabelOverrides,
  status = 'ready',
  errorMessage,
  onRetry,
  stateSlots,
  onSelect,
  onExport,
  className,
}: AttributionTableProps): ReactNode {
  const ids = useChartIds();
  const labels = useMemo(
    () => mergeLabels(defaultAttributionTableLabels, labelOverrides),
    [labelOverrides],
  );
  const keys: KeyLabels = useMemo(
    () => ({
      channels: keyLabelOverrides?.channels ?? CHANNEL_LABELS,
      touchTypes: keyLabelOverrides?.touchTypes ?? TOUCHPOINT_TYPE_LABELS,
      teams: keyLabelOverrides?.teams ?? TEAM_LABELS,
    }),
    [keyLabelOverrides],
  );
  const [ownDimension, setOwnDimension] = useState(defaultDimension);
  const dimension = controlledDimension ?? ownDimension;
  const [grouped, setGrouped] = useState(defaultGroupByChannel);
  const [query, setQuery] = useState('');
  const [sorting, setSorting] = useState<SortingState>(
    defaultSorting ?? [{ id: 'm0:value', desc: true }],
  );
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [visibilityOverrides, setVisibility] = useState<Record<string, boolean> | undefined>(
    defaultColumnVisibility,
  );

  const shown: WidgetStatus =
    status === 'ready' && (!data || (data as { results?: unknown[] }).results?.length === 0)
      ? 'empty'
      : status;
  const model = useMemo(
    () => (data && shown === 'ready' ? buildTableModel(data, dimension, grouped) : null),
    [data, dimension, grouped, shown],
  );
  const formatters = useMemo(
    () => createFormatters(locale, model?.currency ?? currency ?? null),
    [locale, model?.currency, currency],
  );
  const modelCount = model?.models.length ?? 0;
  const columns = useMemo(() => metricColumns(modelCount, dimension), [modelCount, dimension]);
  const visibility = useMemo(
    () => ({ ...defaultVisibility(columns, modelCount), ...visibilityOverrides }),
    [columns, modelCount, visibilityOverrides],
  );
  const visibleColumns = useMemo(
    () => columns.filter((c) => visibility[c.id] !== false),
    [columns, visibility],
  );

  const nameOfRow = useCallback(
    (row: MetricRow) => rowName(row, dimension, keys, labels),
    [dimension, keys, labels],
  );
  const columnDefs = useMemo(
    () =>
      [
        helper.accessor((row) => nameOfRow(row), {
          id: 'name',
          sortFn: (a: Row<Features, MetricRow>, b: Row<Features, MetricRow>) =>
            String(a.getValue('name')).localeCompare(String(b.getValue('name')), locale),
        }),
        ...columns.map((column) =>
          helper.accessor((row) => sortValue(row, column), {
            id: column.id,
            // Only cost, ROI, ROAS and a group's distinct deals can be empty: the others skip
            // TanStack's undefined check (two extra reads per comparison on 10,000 rows).
            sortUndefined: NULLABLE.has(column.metric) ? 'last' : false,
            sortDescFirst: true,
            sortFn: (a: Row<Features, MetricRow>, b: Row<Features, MetricRow>) =>
              (sortValue(a.original, column) ?? 0) - (sortValue(b.original, column) ?? 0),
          }),
        ),
      ] as Array<ColumnDef<Features, MetricRow, unknown>>,
    [columns, nameOfRow, locale],
  );

  // Rows whose name contains the filter; a group stays with its matching campaigns.
  const needle = query.trim().toLocaleLowerCase(locale);
  const filteredRows = useMemo(() => {
    const rows = model?.rows ?? EMPTY;
    if (!needle) return rows;
    const match = (row: MetricRow) => nameOfRow(row).toLocaleLowerCase(locale).includes(needle);
    const out: MetricRow[] = [];
    for (const row of rows) {
      if (row.kind === 'row') {
        if (match(row)) out.push(row);
        continue;
      }
      const subRows = match(row) ? row.subRows : row.subRows?.filter(match);
      if (subRows?.length) out.push({ ...row, subRows });
    }
    return out;
  }, [model, needle, nameOfRow, locale]);
  const table = useControlledTable({
    features,
    columns: columnDefs,
    data: filteredRows,
    getRowId: (row) => row.id,
    getSubRows: (row) => row.subRows,
    state: { sorting },
    onSortingChange: setSorting,
  });

  // Drill-down results are cached per data and dimension: a row reopens instantly.
  const drillCache = useRef<{
    key: unknown;
    deals: Map<string, RowDeals>;
    touches: Map<string, TouchLine[]>;
    lost: UnattributedDealLine[] | null;
  }>({
    key: null,
    deals: new Map(),
    touches: new Map(),
    lost: null,
  });
  if (drillCache.current.key !== model) {
    drillCache.current = { key: model, deals: new Map(), touches: new Map(), lost: null };
  }
  const drill: DrillSource = useMemo(() => {
    const cache = drillCache.current;
    return {
      deals: (row) => {
        let entry = cache.deals.get(row.key);
        if (!entry && model) {
          entry = dealsOfRow(model.results, dimension, row.key, model.scale, row.values);
          cache.deals.set(row.key, entry);
        }
        return entry ?? { deals: [], complete: true };
      },
      touches: (row, dealId) => {
        const key = `${row?.key ?? ''}\u0000${dealId}`;
        let entry = cache.touches.get(key);
        if (!entry && model) {
          entry = touchesOfDeal(
            model.results,
            dimension,
            row ? row.key : null,
            dealId,
            model.scale,
          );
          cache.touches.set(key, entry);
        }
        return entry ?? [];
      },
      lostDeals: () => {
        if (!cache.lost && model) cache.lost = unattributedDeals(model.results, model.scale);
        return cache.lost ?? [];
      },
    };
  }, [model, dimension]);

  const rowModel = table.getRowModel().rows;
  const sortedColumn = sorting[0] ? columns.find((c) => c.id === sorting[0]?.id) : undefined;
  const lines: DisplayLine[] = useMemo(() => {
    if (!model) return [];
    const modelRows: ModelRow[] = [];
    rowModel.forEach((row, index) => {
      const expanded = open.has(row.id);
      modelRows.push({
        original: row.original,
        depth: 0,
        expanded,
        pos: index + 1,
        size: rowModel.length,
      });
      if (row.original.kind !== 'group' || !expanded) return;
      row.subRows.forEach((sub, k) => {
        modelRows.push({
          original: sub.original,
          depth: 1,
          expanded: false,
          pos: k + 1,
          size: row.subRows.length,
        });
      });
    });
    return displayLines(
      modelRows,
      open,
      drill,
      labels.incomplete,
      sortedColumn?.model ?? 0,
      sorting[0]?.desc === false && sortedColumn?.metric === 'value',
    );
  }, [model, rowModel, open, drill, labels.incomplete, sortedColumn, sorting]);

  const toggle = useCallback((id: string) => {
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) {
        for (const other of previous)
          if (other === id || other.startsWith(`${id}/`)) next.delete(other);
      } else next.add(id);
      return next;
    });
  }, []);

  const nameOf = useCallback(
    (line: DisplayLine | { kind: 'total' }) => lineName(line, dimension, keys, labels, formatters),
    [dimension, keys, labels, formatters],
  );

  const columnHeader = useCallback(
    (column: MetricColumn) =>
      column.metric === 'cost' || modelCount < 2
        ? labels.metrics[column.metric]
        : `${model?.models[column.model]?.label ?? ''} ${labels.metrics[column.metric]}`,
    [labels, model, modelCount],
  );

  const exportCsv = () => {
    if (!model) return;
    const csv = shownCsv(
      lines,
      visibleColumns,
      model,
      { level: 'level', name: labels.rowHeader[dimension], column: columnHeader },
      nameOf,
    );
    const filename = `attribution-${dimension}.csv`;
    if (onExport) onExport(csv, filename);
    else download(csv, filename);
  };

  const totalRows = model
    ? (grouped && dimension === 'campaign'
        ? model.rows.flatMap((r) => r.subRows ?? [])
        : model.rows
      ).length
    : 0;
  const shownRows = filteredRows.reduce(
    (count, row) => count + (row.kind === 'group' ? (row.subRows?.length ?? 0) : 1),
    0,
  );
  const filtered = query.trim() !== '';
  const sortLabel = sortedColumn
    ? labels.sortedBy(columnHeader(sortedColumn), sorting[0]?.desc ?? false)
    : sorting[0]?.id === 'name'
      ? labels.sortedBy(labels.rowHeader[dimension], sorting[0]?.desc ?? false)
      : '';
  const countLabel = labels.shown(shownRows, totalRows, labels.dimensions[dimension]);
  const announcement = filtered ? `${sortLabel}. ${countLabel}` : sortLabel;

  const footnote = model ? reconciliationNote(model, labels, formatters) : null;

  return (
    <ChartFrame
      ids={ids}
      title={title}
      description={description}
      status={shown}
      labels={labels}
      errorMessage={errorMessage}
      onRetry={onRetry}
      stateSlots={stateSlots}
      placeholder={(state) => <Placeholder height={height} state={state} />}
      footnote={footnote}
      announcement={announcement}
      className={className}
    >
      {model ? (
        <>
          <Toolbar
            idPrefix={ids.root}
            labels={labels}
            dimension={dimension}
            dimensions={dimensions}
            onDimension={(next) => {
              setOwnDimension(next);
              setOpen(new Set());
              onDimensionChange?.(next);
            }}
            grouped={grouped}
            onGrouped={(next) => {
              setGrouped(next);
              setOpen(new Set());
            }}
            query={query}
            onQuery={setQuery}
            columns={columns}
            visibility={visibility}
            onVisibility={setVisibility}
            modelLabels={model.models.map((m) => m.label)}
            onExport={exportCsv}
          />
          {filtered ? (
            <p
              style={{
                margin: '0 0 8px',
                fontSize: '0.8125rem',
                color: 'var(--cl-color-text-muted, #4b5563)',
              }}
            >
              {shownRows === 0 ? labels.noMatch(query.trim()) : countLabel}
            </p>
          ) : null}
          <AttributionGrid
            ids={ids}
            model={model}
            lines={lines}
            columns={visibleColumns}
            labels={labels}
            keys={keys}
            formatters={formatters}
            dimension={dimension}
            sorting={sorting}
            onSort={(id) =>
              setSorting((previous) => {
                const current = previous[0];
                if (current?.id !== id) return [{ id, desc: id !== 'name' }];
                return [{ id, desc: !current.desc }];
              })
            }
            onToggle={toggle}
            nameOf={nameOf}
            height={height}
            density={density}
            notation={notation}
            bars={bars}
            drill={drill}
            onSelect={onSelect}
          />
        </>
      ) : null}
    </ChartFrame>
  );
}

function reconciliationNote(
  model: NonNullable<ReturnType<typeof buildTableModel>>,
  labels: AttributionTableLabels,
  formatters: ReturnType<typeof createFormatters>,
): string {
  const notes: string[] = [];
  const additive = model.reconciliation.filter((r) => r.additive);
  const broken = additive.filter((r) => !r.reconciles);
  for (const r of broken)
    notes.push(labels.notReconciled(r.label, formatters.money(r.difference, model.scale)));
  if (broken.length === 0 && additive.length > 0) {
    notes.push(labels.reconciled(formatters.money(additive[0]?.total ?? '0', model.scale)));
  }
  for (const r of model.reconciliation) if (!r.additive) notes.push(labels.notAdditive(r.label));
  return notes.join(' ');
}

function Placeholder({
  height,
  state,
}: {
  height: number;
  state: Exclude<WidgetStatus, 'ready'>;
}): ReactNode {
  const rows = Math.max(3, Math.floor(height / 36) - 1);
  return (
    <div style={{ height: height + 36, display: 'grid', alignContent: 'start', gap: 0 }}>
      {Array.from({ length: rows }, (_, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed skeleton rows
          key={i}
          style={{
            height: 36,
            display: 'flex',
            alignItems: 'center',
            gap: 16,
            borderBottom: '1px solid var(--cl-color-grid, #e5e7eb)',
          }}
        >
          {state === 'loading' ? (
            <>
              <span
                style={{
                  width: `${30 + ((i * 37) % 25)}%`,
                  height: 10,
                  borderRadius: 2,
                  background: 'var(--cl-color-track, #e5e7eb)',
                }}
              />
              <span style={{ flex: 1 }} />
              <span
                style={{
                  width: '12%',
                  height: 10,
                  borderRadius: 2,
                  background: 'var(--cl-color-track, #e5e7eb)',
                }}
              />
              <span
                style={{
                  width: '8%',
                  height: 10,
                  borderRadius: 2,
                  background: 'var(--cl-color-track, #e5e7eb)',
                }}
              />
            </>
          ) : null}
        </div>
      ))}
    </div>
  );
}
