import { labelOf } from '@closedloop/core';
import type { SortingState } from '@tanstack/react-table';
import {
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  type ChartIds,
  color,
  type Formatters,
  font,
  type OnSelect,
  Tooltip,
  type TooltipAnchor,
  type TooltipContent,
  tabular,
  visuallyHidden,
} from '../kit';
import type { AttributionSelectionDetail, AttributionSelectionKind } from './attribution-table';
import type { AttributionTableLabels } from './attribution-table-labels';
import type { MetricColumn } from './columns';
import type { AttributionDimension } from './dimension';
import { type DisplayLine, type DrillSource, lineValue } from './display-lines';
import { type CellPosition, moveFocus, type RowSpans, spanAt } from './grid-keys';
import { formatExact, formatMetric, type KeyLabels } from './line-text';
import { selectionOf } from './selection';
import type { AttributionTableModel } from './table-model';
import { useRowWindow } from './use-row-window';

/** Props of `AttributionGrid`. */
export interface AttributionGridProps {
  ids: ChartIds;
  model: AttributionTableModel;
  lines: readonly DisplayLine[];
  /** The visible metric columns. */
  columns: readonly MetricColumn[];
  labels: AttributionTableLabels;
  keys: KeyLabels;
  formatters: Formatters;
  dimension: AttributionDimension;
  sorting: SortingState;
  onSort: (columnId: string) => void;
  onToggle: (lineId: string) => void;
  nameOf: (line: DisplayLine | { kind: 'total' }) => string;
  height: number;
  density: 'comfortable' | 'compact';
  notation: 'compact' | 'full';
  bars: boolean;
  drill: DrillSource;
  onSelect?: OnSelect<AttributionSelectionKind, AttributionSelectionDetail>;
}

const NAME_MIN = 240;
const TOTAL = { kind: 'total' } as const;
type AnyLine = DisplayLine | typeof TOTAL;

const cellBase: CSSProperties = {
  display: 'flex',
  alignItems: 'center',
  padding: '0 8px',
  minWidth: 0,
  outline: 'none',
  position: 'relative',
  boxSizing: 'border-box',
};
const focusRing: CSSProperties = {
  boxShadow: `inset 0 0 0 2px ${color.focus}`,
  borderRadius: 2,
};

function expandable(line: AnyLine): boolean {
  return (
    line.kind === 'row' ||
    line.kind === 'deal' ||
    line.kind === 'unattributed' ||
    line.kind === 'lost-deal'
  );
}

/**
 * The grid itself: sticky header rows, windowed body lines, the pinned total, roving focus
 * over cells by the WAI-ARIA grid pattern (role `treegrid`: rows carry level, position and
 * expanded state), and the hover/focus tooltip with each number at full precision.
 */
export function AttributionGrid(props: AttributionGridProps): ReactNode {
  const { model, lines, columns, labels, formatters, height, density } = props;
  const pitch = density === 'compact' ? 28 : 36;
  const modelCount = model.models.length;
  const colCount = columns.length + 1;

  // The model header row (several models): one spanning cell per model with visible columns.
  const groupSpans = useMemo(() => {
    if (modelCount < 2) return null;
    const spans: Array<{ span: [number, number]; label: string | null }> = [
      { span: [0, 1], label: null },
    ];
    let col = 1;
    while (col < colCount) {
      const column = columns[col - 1] as MetricColumn;
      const isCost = column.metric === 'cost';
      let end = col + 1;
      while (
        !isCost &&
        end < colCount &&
        columns[end - 1]?.model === column.model &&
        columns[end - 1]?.metric !== 'cost'
      ) {
        end++;
      }
      spans.push({
        span: [col, end],
        label: isCost ? null : (model.models[column.model]?.label ?? ''),
      });
      col = end;
    }
    return spans;
  }, [modelCount, colCount, columns, model.models]);
  const head = groupSpans ? 2 : 1;
  // A hairline before each model's first column, so the groups read as blocks.
  const groupStarts = useMemo(() => {
    const starts = new Set<string>();
    if (modelCount < 2) return starts;
    columns.forEach((column, i) => {
      const previous = columns[i - 1];
      if (
        column.metric !== 'cost' &&
        (!previous || previous.model !== column.model || previous.metric === 'cost')
      ) {
        starts.add(column.id);
      }
    });
    return starts;
  }, [columns, modelCount]);
  const rowCount = head + lines.length + 1;
  const leafSpans: RowSpans = useMemo(
    () => Array.from({ length: colCount }, (_, i) => [i, i + 1] as const),
    [colCount],
  );
  const noteSpans: RowSpans = useMemo(() => [[0, colCount]], [colCount]);
  const spansOf = useCallback(
    (row: number): RowSpans => {
      if (groupSpans && row === 0) return groupSpans.map((g) => g.span);
      const line = lines[row - head];
      return line?.kind === 'note' ? noteSpans : leafSpans;
    },
    [groupSpans, lines, head, noteSpans, leafSpans],
  );

  const estimate = useCallback(
    (i: number) => {
      const line = lines[i];
      if (line?.kind !== 'touch') return pitch;
      return pitch + 18 * line.touch.explanations.filter((e) => e !== null).length;
    },
    [lines, pitch],
  );
  const keyOf = useCallback((i: number) => lines[i]?.id ?? String(i), [lines]);
  const win = useRowWindow({
    count: lines.length,
    estimate,
    keyOf,
    viewport: height,
    head: head * pitch,
  });

  const [active, setActive] = useState<CellPosition>({ row: head, col: 0 });
  const [focused, setFocused] = useState(false);
  const clamped: CellPosition = {
    row: Math.min(active.row, rowCount - 1),
    col: spanAt(spansOf(Math.min(active.row, rowCount - 1)), active.col)[0],
  };
  const pending = useRef<CellPosition | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<{ content: TooltipContent; anchor: TooltipAnchor } | null>(null);

  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    root.current?.querySelector<HTMLElement>(`[data-cell="${target.row}:${target.col}"]`)?.focus();
  });

  // The name column gives way in narrow containers (cqi: the scroller's width), so numbers show.
  const nameMin = `min(${NAME_MIN}px, 42cqi)`;
  const template = `minmax(${nameMin}, 1fr) ${columns.map((c) => `${c.width}px`).join(' ')}`;
  const minWidth = `calc(${nameMin} + ${columns.reduce((sum, c) => sum + c.width, 0)}px)`;
  const maxAmount = useMemo(() => {
    const max = model.models.map(() => 0);
    for (const line of lines) {
      if (line.kind !== 'row') continue;
      line.row.amounts.forEach((a, k) => {
        if (a > (max[k] ?? 0)) max[k] = a;
      });
    }
    return max;
  }, [lines, model.models]);

  const tooltipOf = (line: AnyLine, column: MetricColumn): TooltipContent => {
    const name = props.nameOf(line);
    const models = column.metric === 'cost' ? [0] : model.models.map((_, k) => k);
    const rows = models.map((k) => ({
      key: String(k),
      label: column.metric === 'cost' ? labels.metrics.cost : (model.models[k]?.label ?? ''),
      value: formatExact(
        column.metric,
        lineValue(line, column.metric, k, model),
        formatters,
        model.scale,
      ),
    }));
    let footer: string | undefined;
    const k = column.model;
    if (line.kind === 'touch') footer = line.touch.explanations[k] ?? undefined;
    else if (column.metric === 'value' && line.kind === 'row' && line.row.kind === 'row') {
      footer = labels.formulas.value(line.row.deals[k] ?? 0);
    } else if (column.metric === 'share') footer = labels.formulas.share;
    else if (column.metric === 'roi') footer = labels.formulas.roi;
    else if (column.metric === 'roas') footer = labels.formulas.roas;
    else if (column.metric === 'credit') footer = labels.formulas.credit;
    else if (column.metric === 'cost' && lineValue(line, 'cost', 0, model) === null)
      footer = labels.noCost;
    return {
      title: `${name} · ${labels.metrics[column.metric]}`,
      rows,
      footer,
    };
  };

  const showTip = (
    element: Element,
    line: AnyLine,
    column: MetricColumn,
    fromKeyboard: boolean,
    x?: number,
  ) => {
    const box = element.getBoundingClientRect();
    setTip({
      content: tooltipOf(line, column),
      anchor: { x: x ?? box.left + box.width / 2, y: box.top, fromKeyboard },
    });
  };

  const lineAt = (row: number): AnyLine | null =>
    row === rowCount - 1 ? TOTAL : (lines[row - head] ?? null);

  const activate = (row: number, col: number) => {
    if (row < head) {
      if (groupSpans && row === 0) return;
      props.onSort(col === 0 ? 'name' : (columns[col - 1]?.id ?? 'name'));
      return;
    }
    const line = lineAt(row);
    if (!line) return;
    if (col === 0) {
      if (line.kind !== 'total' && expandable(line)) props.onToggle(line.id);
      return;
    }
    const column = columns[col - 1];
    if (!column || !props.onSelect) return;
    const selection = selectionOf(
      line,
      props.nameOf(line),
      column,
      model,
      props.dimension,
      props.drill,
    );
    if (selection) props.onSelect(selection);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      setTip(null);
      return;
    }
    const target = event.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-cell]');
    if (!cell) return;
    const [row, col] = (cell.dataset.cell ?? '0:0').split(':').map(Number) as [number, number];
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(row, col);
      return;
    }
    const rtl = root.current ? getComputedStyle(root.current).direction === 'rtl' : false;
    const next = moveFocus(event.key, { row, col }, rowCount, spansOf, {
      ctrl: event.ctrlKey || event.metaKey,
      page: Math.max(1, Math.floor(height / pitch) - 1),
      rtl,
    });
    if (!next) return;
    event.preventDefault();
    setActive(next);
    pending.current = next;
    const index = next.row - head;
    if (scroller.current && index >= 0 && index < lines.length) {
      win.reveal(scroller.current, index, pitch);
    }
    if (next.row === row && next.col === col) {
      pending.current = null;
    }
  };

  const cellProps = (
    row: number,
    col: number,
    line: AnyLine | null,
    column: MetricColumn | null,
  ) => {
    const isTabStop = clamped.row === row && clamped.col === col;
    return {
      'data-cell': `${row}:${col}`,
      tabIndex: isTabStop ? 0 : -1,
      onFocus: (event: React.FocusEvent<HTMLElement>) => {
        setActive({ row, col });
        setFocused(true);
        if (line && column) showTip(event.currentTarget, line, column, true);
        else setTip(null);
      },
      onBlur: () => {
        setFocused(false);
        setTip(null);
      },
      onPointerEnter:
        line && column
          ? (event: React.PointerEvent<HTMLElement>) =>
              showTip(event.currentTarget, line, column, false, event.clientX)
          : undefined,
      onPointerLeave: line && column ? () => setTip(null) : undefined,
      onClick: () => {
        setActive({ row, col });
        activate(row, col);
      },
      isActive: isTabStop && focused,
    };
  };

  const sortOf = (id: string) => {
    const current = props.sorting[0];
    return current?.id === id ? (current.desc ? 'descending' : 'ascending') : undefined;
  };

  const headerCell = (
    row: number,
    col: number,
    id: string,
    text: string,
    end: boolean,
    help?: string,
  ) => {
    const { isActive, ...rest } = cellProps(row, col, null, null);
    const sorted = sortOf(id);
    return (
      <th
        key={id}
        scope="col"
        aria-sort={sorted}
        aria-colindex={col + 1}
        title={help}
        {...rest}
        tabIndex={rest.tabIndex}
        style={{
          ...cellBase,
          ...(col === 0 ? stickyStart : null),
          justifyContent: end ? 'flex-end' : 'flex-start',
          gap: 4,
          cursor: 'pointer',
          color: sorted ? color.text : color.muted,
          fontSize: font.tick,
          fontWeight: 600,
          userSelect: 'none',
          whiteSpace: 'nowrap',
          borderInlineStart: groupStarts.has(id) ? `1px solid ${color.grid}` : undefined,
          ...(isActive ? focusRing : null),
        }}
      >
        {end ? <SortGlyph sorted={sorted} /> : null}
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{text}</span>
        {end ? null : <SortGlyph sorted={sorted} />}
      </th>
    );
  };

  const stickyStart: CSSProperties = {
    position: 'sticky',
    insetInlineStart: 0,
    zIndex: 1,
    background: color.surface,
    borderInlineEnd: `1px solid ${color.grid}`,
  };

  const rowStyle = (extra?: CSSProperties): CSSProperties => ({
    display: 'grid',
    gridTemplateColumns: template,
    minHeight: pitch,
    boxSizing: 'border-box',
    borderBottom: `1px solid ${color.grid}`,
    ...extra,
  });

  const renderLine = (line: DisplayLine, index: number) => {
    const row = head + index;
    const ariaRow = {
      'aria-rowindex': row + 1,
      'aria-level': line.depth + 1,
      'aria-posinset': line.pos,
      'aria-setsize': line.size,
    };
    if (line.kind === 'note') {
      const { isActive, ...rest } = cellProps(row, 0, null, null);
      return (
        <tr key={line.id} {...ariaRow} style={rowStyle({ gridTemplateColumns: '1fr' })}>
          <td
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: cells of a treegrid are gridcells (testing-library and some AT map td to cell)
            role="gridcell"
            colSpan={colCount}
            {...rest}
            tabIndex={rest.tabIndex}
            style={{
              ...cellBase,
              padding: `4px 8px 4px ${8 + line.depth * 16 + 20}px`,
              color: color.muted,
              fontSize: font.tick,
              ...(isActive ? focusRing : null),
            }}
          >
            {line.text}
          </td>
        </tr>
      );
    }
    const isTouch = line.kind === 'touch';
    const strong = line.kind === 'row' && line.row.kind === 'group';
    const canOpen = expandable(line);
    const expanded = 'expanded' in line ? line.expanded : false;
    return (
      <tr
        key={line.id}
        {...ariaRow}
        aria-expanded={canOpen ? expanded : undefined}
        ref={isTouch ? (element) => win.measure(line.id, element) : undefined}
        data-kind={line.kind}
        style={rowStyle({ fontWeight: strong ? 600 : 400, height: isTouch ? undefined : pitch })}
      >
        {nameCell(line, row)}
        {columns.map((column, c) => metricCell(line, column, row, c + 1))}
      </tr>
    );
  };

  const nameCell = (line: DisplayLine, row: number) => {
    const { isActive, ...rest } = cellProps(row, 0, null, null);
    const canOpen = expandable(line);
    const expanded = 'expanded' in line ? line.expanded : false;
    const muted = line.kind === 'unattributed' || line.kind === 'lost-deal';
    return (
      <th
        scope="row"
        aria-colindex={1}
        {...rest}
        tabIndex={rest.tabIndex}
        style={{
          ...cellBase,
          ...stickyStart,
          textAlign: 'start',
          fontWeight: 'inherit',
          alignItems: line.kind === 'touch' ? 'flex-start' : 'center',
          paddingInlineStart: 8 + line.depth * 16,
          paddingBlock: line.kind === 'touch' ? 8 : 0,
          gap: 6,
          cursor: canOpen ? 'pointer' : 'default',
          ...(isActive ? focusRing : null),
        }}
      >
        <span
          aria-hidden="true"
          style={{ width: 12, flex: 'none', color: color.muted, fontSize: font.tick }}
        >
          {canOpen ? (expanded ? '▾' : '▸') : ''}
        </span>
        <NameText line={line} {...props} muted={muted} />
      </th>
    );
  };

  const metricCell = (line: AnyLine, column: MetricColumn, row: number, col: number) => {
    const { isActive, ...rest } = cellProps(row, col, line, column);
    const raw = lineValue(line, column.metric, column.model, model);
    const text = formatMetric(column.metric, raw, formatters, props.notation);
    const showBar =
      props.bars &&
      column.metric === 'value' &&
      line.kind === 'row' &&
      raw !== null &&
      (maxAmount[column.model] ?? 0) > 0;
    const fraction = showBar
      ? Math.max(0, (line.row.amounts[column.model] ?? 0) / (maxAmount[column.model] ?? 1))
      : 0;
    // Campaign rows without a cost (or a cost of 0) say so instead of leaving ROI blank.
    const noCost =
      (column.metric === 'cost' || column.metric === 'roi' || column.metric === 'roas') &&
      raw === null &&
      line.kind === 'row' &&
      line.row.key !== '(no campaign)';
    return (
      <td
        key={column.id}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: cells of a treegrid are gridcells (testing-library and some AT map td to cell)
        role="gridcell"
        aria-colindex={col + 1}
        {...rest}
        tabIndex={rest.tabIndex}
        style={{
          ...cellBase,
          ...tabular,
          justifyContent: 'flex-end',
          alignItems: line.kind === 'touch' ? 'flex-start' : 'center',
          paddingBlock: line.kind === 'touch' ? 8 : 0,
          whiteSpace: 'nowrap',
          cursor: props.onSelect ? 'pointer' : 'default',
          fontWeight:
            column.metric === 'value' &&
            (line.kind === 'row' || line.kind === 'total' || line.kind === 'unattributed')
              ? 600
              : undefined,
          borderInlineStart: groupStarts.has(column.id) ? `1px solid ${color.grid}` : undefined,
          color: noCost ? color.muted : undefined,
          ...(isActive ? focusRing : null),
        }}
      >
        {noCost ? (
          <span title={column.metric === 'cost' ? labels.noCost : labels.noRatio}>
            <span aria-hidden="true">—</span>
            <span style={visuallyHidden}>
              {column.metric === 'cost' ? labels.noCost : labels.noRatio}
            </span>
          </span>
        ) : (
          text
        )}
        {showBar && fraction > 0 ? (
          <span
            aria-hidden="true"
            style={{
              position: 'absolute',
              insetInlineStart: 8,
              bottom: 4,
              height: 3,
              width: `calc((100% - 16px) * ${fraction.toFixed(4)})`,
              minWidth: 2,
              borderRadius: 1,
              background: color.accent,
              opacity: 0.55,
            }}
          />
        ) : null}
      </td>
    );
  };

  const totalRowIndex = rowCount - 1;
  const visible = lines.slice(win.start, win.end);

  return (
    <div ref={root} style={{ position: 'relative', fontSize: font.label }}>
      <div
        ref={scroller}
        onScroll={win.onScroll}
        style={{
          maxHeight: height + (head + 1) * pitch,
          overflow: 'auto',
          border: `1px solid ${color.grid}`,
          borderRadius: 6,
          overscrollBehavior: 'contain',
          background: color.surface,
          containerType: 'inline-size',
        }}
      >
        <table
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table is the semantic element; the treegrid role makes its cells navigable and its rows openable
          role="treegrid"
          aria-labelledby={props.ids.title}
          aria-describedby={props.ids.description}
          aria-rowcount={rowCount}
          aria-colcount={colCount}
          onKeyDown={onKeyDown}
          style={{ display: 'block', minWidth, position: 'relative', borderCollapse: 'collapse' }}
        >
          <thead
            style={{
              display: 'block',
              position: 'sticky',
              top: 0,
              zIndex: 2,
              background: color.surface,
            }}
          >
            {groupSpans ? (
              <tr aria-rowindex={1} style={rowStyle({ minHeight: pitch - 6 })}>
                {groupSpans.map((g) => {
                  const { isActive, ...rest } = cellProps(0, g.span[0], null, null);
                  return (
                    <th
                      key={g.span[0]}
                      scope="colgroup"
                      colSpan={g.span[1] - g.span[0]}
                      aria-colindex={g.span[0] + 1}
                      {...rest}
                      tabIndex={rest.tabIndex}
                      onClick={() => setActive({ row: 0, col: g.span[0] })}
                      style={{
                        ...cellBase,
                        ...(g.span[0] === 0 ? stickyStart : null),
                        gridColumn: `${g.span[0] + 1} / ${g.span[1] + 1}`,
                        justifyContent: 'flex-end',
                        fontWeight: 600,
                        fontSize: font.label,
                        borderInlineStart:
                          g.label && g.span[0] > 0 ? `1px solid ${color.grid}` : undefined,
                        overflow: 'hidden',
                        whiteSpace: 'nowrap',
                        textOverflow: 'ellipsis',
                        ...(isActive ? focusRing : null),
                      }}
                    >
                      {g.label ?? ''}
                    </th>
                  );
                })}
              </tr>
            ) : null}
            <tr aria-rowindex={head} style={rowStyle()}>
              {headerCell(head - 1, 0, 'name', labels.rowHeader[props.dimension], false)}
              {columns.map((column, c) =>
                headerCell(
                  head - 1,
                  c + 1,
                  column.id,
                  labels.metrics[column.metric],
                  true,
                  modelCount > 1 && column.metric !== 'cost'
                    ? `${model.models[column.model]?.label}: ${labels.metricHelp[column.metric]}`
                    : labels.metricHelp[column.metric],
                ),
              )}
            </tr>
          </thead>
          <tbody style={{ display: 'block', paddingTop: win.before, paddingBottom: win.after }}>
            {visible.map((line, i) => renderLine(line, win.start + i))}
          </tbody>
          <tfoot
            style={{
              display: 'block',
              position: 'sticky',
              bottom: 0,
              zIndex: 2,
              background: color.surface,
            }}
          >
            <tr
              aria-rowindex={rowCount}
              style={rowStyle({
                fontWeight: 600,
                borderTop: `1px solid ${color.text}`,
                borderBottom: 0,
              })}
            >
              {(() => {
                const { isActive, ...rest } = cellProps(totalRowIndex, 0, null, null);
                return (
                  <th
                    scope="row"
                    aria-colindex={1}
                    {...rest}
                    tabIndex={rest.tabIndex}
                    style={{
                      ...cellBase,
                      ...stickyStart,
                      paddingInlineStart: 26,
                      ...(isActive ? focusRing : null),
                    }}
                  >
                    {labels.total}
                  </th>
                );
              })()}
              {columns.map((column, c) => metricCell(TOTAL, column, totalRowIndex, c + 1))}
            </tr>
          </tfoot>
        </table>
      </div>
      <Tooltip
        id={`${props.ids.root}-tip`}
        content={tip?.content ?? null}
        anchor={tip?.anchor ?? null}
        themeSource={root.current}
      />
    </div>
  );
}

function SortGlyph({ sorted }: { sorted: 'ascending' | 'descending' | undefined }): ReactNode {
  return (
    <span aria-hidden="true" style={{ width: 8, flex: 'none', fontSize: 9 }}>
      {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
    </span>
  );
}

function NameText({
  line,
  labels,
  keys,
  formatters,
  model,
  nameOf,
  muted,
}: AttributionGridProps & { line: DisplayLine; muted: boolean }): ReactNode {
  const text = nameOf(line);
  const ellipsis: CSSProperties = {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  };
  const sub: CSSProperties = {
    color: color.muted,
    fontSize: font.tick,
    fontWeight: 400,
    whiteSpace: 'nowrap',
    flex: 'none',
  };
  switch (line.kind) {
    case 'row': {
      const row = line.row;
      return (
        <span style={{ display: 'flex', gap: 8, alignItems: 'baseline', minWidth: 0 }}>
          <span style={ellipsis} title={text}>
            {text}
          </span>
          {row.kind === 'group' ? (
            <span style={sub}>{labels.groupCount(row.subRows?.length ?? 0)}</span>
          ) : null}
          {row.kind === 'row' && row.channel && labelOf(keys.channels, row.channel) !== text ? (
            <span style={sub}>{labelOf(keys.channels, row.channel)}</span>
          ) : null}
        </span>
      );
    }
    case 'deal':
    case 'lost-deal': {
      const deal = line.deal;
      const date = formatters.date(deal.convertedAt);
      const reason = line.kind === 'lost-deal' ? line.deal.reasons.find((r) => r !== null) : null;
      const pending =
        line.kind === 'lost-deal' ? line.deal.pendingWeights.find((w) => w > 0) : undefined;
      const value =
        line.kind === 'deal' && line.deal.dealValue ? formatters.money(line.deal.dealValue) : null;
      return (
        <span style={{ display: 'flex', gap: 8, alignItems: 'baseline', minWidth: 0 }}>
          <span style={ellipsis} title={text}>
            {text}
          </span>
          <span style={sub}>
            {reason
              ? labels.reasons[reason]
              : pending !== undefined
                ? labels.pendingShare(formatters.percentFull(pending))
                : labels.dealLine(date, value)}
          </span>
        </span>
      );
    }
    case 'touch': {
      const sentences = line.touch.explanations
        .map((sentence, k) => ({ sentence, k }))
        .filter((s): s is { sentence: string; k: number } => s.sentence !== null);
      return (
        <span style={{ display: 'grid', gap: 2, minWidth: 0, fontWeight: 400 }}>
          <span style={{ overflowWrap: 'anywhere' }}>{text}</span>
          {sentences.map(({ sentence, k }) => (
            <span
              key={k}
              style={{ color: color.muted, fontSize: font.tick, overflowWrap: 'anywhere' }}
            >
              {sentence}
            </span>
          ))}
        </span>
      );
    }
    case 'unattributed': {
      const u = model.unattributed;
      const parts = [
        ...u.byReason.map(
          (r) => `${labels.reasons[r.reason]} ${formatters.countFull(r.deals[0] ?? 0)}`,
        ),
        ...(u.pending.some((p) => Number(p) !== 0) ? [labels.pending] : []),
      ];
      return (
        <span style={{ display: 'flex', gap: 8, alignItems: 'baseline', minWidth: 0 }}>
          <span style={{ ...ellipsis, fontStyle: muted ? 'italic' : undefined }}>{text}</span>
          {parts.length > 0 ? (
            <span style={{ ...sub, ...ellipsis }}>{parts.join(' · ')}</span>
          ) : null}
        </span>
      );
    }
  }
}
