import type { SlaEvaluation } from '@closedloop/core';
import { type CSSProperties, Fragment, type ReactNode, useMemo, useState } from 'react';
import {
  ChartFrame,
  color,
  createFormatters,
  type Formatters,
  font,
  type MarkSelection,
  MINUTE,
  mergeLabels,
  sequential,
  Tooltip,
  type TooltipContent,
  tabular,
  status as tones,
  useChartIds,
  useContainerSize,
  useMarks,
  type WidgetBaseProps,
  type WidgetStatus,
} from '../kit';
import { LazyDataTable } from '../kit/lazy-data-table';
import { DELAY_EDGES, type DelayBin } from './delay-bins';
import { type DelayEpisode, type DelayKind, type DelayRow, delayRows, slaRule } from './delay-rows';
import { AXIS_MIN, axisMax, fittingTicks, type LogScale, logScale } from './log-axis';
import { type OwnerMultiple, ownerMultiples } from './owner-multiples';
import { defaultResponseTimesLabels, type ResponseTimesLabels } from './response-times-labels';

/** The parts of `SlaEvaluation` the widget reads. */
export type ResponseTimesData = Pick<SlaEvaluation, 'responseTimes' | 'sales' | 'period'>;

/** Facts of a histogram bin or an owner handed to `onSelect`. */
export interface ResponseTimesSelectionDetail {
  delay: DelayKind;
  /** A bin's edges in minutes (`to` null for the open last bin); an owner's whole range. */
  from: number | null;
  to: number | null;
  count: number;
  /** The owner's id for an owner mark (null for never assigned). */
  ownerId?: string | null;
}

/** What `onSelect` receives: the episodes of a bin or of an owner's row. */
export type ResponseTimesSelection = MarkSelection<'bin' | 'owner', ResponseTimesSelectionDetail>;

/** Props of `ResponseTimes`. */
export interface ResponseTimesProps extends WidgetBaseProps<ResponseTimesLabels> {
  /** The SLA evaluation from `evaluateSla` in `@closedloop/core`; without it the empty state. */
  evaluation?: ResponseTimesData;
  /**
   * Each episode's delays in business minutes, for the histograms and the owner multiples:
   * `HandoffResult.ledger` of the same MQL cohort (`handoff` with the evaluation's period).
   * Without them each row shows its P50–P95 range only.
   */
  episodes?: readonly DelayEpisode[];
  /** Business time (default; the SLA's clock) or elapsed wall-clock time. */
  basis?: 'business' | 'elapsed';
  /** Called with the episode ids behind a histogram bar or an owner's multiple. */
  onSelect?: (selection: ResponseTimesSelection) => void;
  /** Show the per-owner small multiples (needs `episodes`); default true. */
  showOwners?: boolean;
  /** A fixed width in pixels; default the container's width. */
  width?: number;
  /** Width on the server and in the first client render; default 640. */
  initialWidth?: number;
  tableOpen?: boolean;
  footnote?: ReactNode;
  dir?: 'ltr' | 'rtl';
  style?: CSSProperties;
}

const ROW = 56;
const AXIS = 28;
const BAND_ROW = 28;

/** A focusable mark of the rows: a histogram bin, or a row's P50–P95 range without episodes. */
interface RowMark {
  key: string;
  row: DelayRow;
  bin: DelayBin | null;
}

function minutes(fmt: Formatters, value: number | null, full = false): string {
  if (value === null) return '—';
  return full ? fmt.durationFull(value * MINUTE) : fmt.duration(value * MINUTE);
}

/**
 * Response times against the SLA: speed to lead, routing delay and owner delay on one log
 * time axis (business time by default, stated once), each a histogram with P50 / P90 / P95
 * ticks, bars before the labelled SLA rule in the accent and after it in the behind tint;
 * 100% strips of the response bands; and per-owner small multiples on the same axis, worst
 * P90 first, owners with fewer than five delays greyed. Bars and owners are focusable and
 * hand their episodes to `onSelect`.
 */
export function ResponseTimes({
  evaluation,
  episodes,
  basis = 'business',
  title,
  description,
  status = 'ready',
  errorMessage,
  onRetry,
  stateSlots,
  locale = 'en-US',
  labels: overrides,
  onSelect,
  showOwners = true,
  width: fixedWidth,
  initialWidth = 640,
  tableOpen,
  footnote,
  dir,
  className,
  style,
}: ResponseTimesProps): ReactNode {
  const ids = useChartIds();
  const labels = useMemo(() => mergeLabels(defaultResponseTimesLabels, overrides), [overrides]);
  const fmt = useMemo(() => createFormatters(locale), [locale]);
  const size = useContainerSize({
    width: fixedWidth,
    height: fixedWidth === undefined ? undefined : 0,
    initialSize: { width: initialWidth, height: 0 },
  });
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const width = Math.max(size.width, 240);
  const rtl = dir === 'rtl';

  // The model depends on the data only: a theme, locale or width change never re-bins.
  const model = useMemo(() => {
    if (!evaluation) return null;
    const rule = slaRule(evaluation.sales, basis);
    // Episodes carry business minutes: they cannot draw elapsed time.
    const perEpisode = basis === 'business' ? (episodes ?? null) : null;
    const rows = delayRows(evaluation.responseTimes[basis], rule, perEpisode);
    const ownerKind: DelayKind = rule?.kind ?? 'ownerDelay';
    const names = new Map<string, string>();
    for (const owner of evaluation.sales.byOwner)
      if (owner.ownerId) names.set(owner.ownerId, owner.name);
    const owners = perEpisode ? ownerMultiples(perEpisode, ownerKind, names, '') : [];
    let largest = rule ? rule.minutes * 2 : 0;
    for (const row of rows) {
      largest = Math.max(largest, row.distribution.p95 ?? 0);
      for (const bin of row.bins ?? []) {
        if (bin.count > 0) largest = Math.max(largest, bin.to ?? bin.from * 2);
      }
    }
    return { rule, rows, owners, ownerKind, top: axisMax(largest) };
  }, [evaluation, episodes, basis]);

  const ended =
    model?.rows.reduce((sum, row) => sum + row.distribution.count + row.distribution.waiting, 0) ??
    0;
  const shown: WidgetStatus = status === 'ready' && (!model || ended === 0) ? 'empty' : status;
  const labelWidth = Math.round(Math.min(168, Math.max(112, width * 0.26)));
  const plot: [number, number] = rtl ? [width - labelWidth, 8] : [labelWidth, width - 8];
  const x = logScale([AXIS_MIN, model?.top ?? 1440], plot);

  const rowMarks = useMemo((): RowMark[] => {
    if (!model) return [];
    return model.rows.flatMap((row): RowMark[] =>
      row.bins
        ? row.bins
            .filter((bin) => bin.count > 0)
            .map((bin) => ({ key: `${row.kind}:${bin.from}`, row, bin }))
        : [{ key: row.kind, row, bin: null }],
    );
  }, [model]);

  const total = (row: DelayRow) => row.distribution.count;
  const binName = (bin: DelayBin) =>
    labels.bin(
      bin.from === 0 ? null : minutes(fmt, bin.from),
      bin.to === null ? null : minutes(fmt, bin.to),
    );
  const rowTooltip = (mark: RowMark): TooltipContent => {
    const { row, bin } = mark;
    const name = labels.delays[row.kind];
    if (!bin) {
      return {
        title: name,
        rows: percentileRows(row, labels, fmt),
      };
    }
    return {
      title: `${name} · ${binName(bin)}`,
      rows: [
        {
          key: 'count',
          label: labels.count,
          value: fmt.countFull(bin.count),
          color: barColor(row, bin),
        },
        {
          key: 'share',
          label: labels.share,
          value: fmt.percentFull(total(row) ? bin.count / total(row) : null),
        },
      ],
    };
  };
  const rowInteraction = useMarks({
    marks: rowMarks,
    rtl,
    tooltip: rowTooltip,
    onSelect: onSelect
      ? (mark) =>
          onSelect({
            widget: 'response-times',
            kind: 'bin',
            key: mark.key,
            label: mark.bin
              ? `${labels.delays[mark.row.kind]} · ${binName(mark.bin)}`
              : labels.delays[mark.row.kind],
            ids: mark.bin?.ids ?? [],
            entity: mark.bin ? 'episode' : null,
            detail: {
              delay: mark.row.kind,
              from: mark.bin?.from ?? null,
              to: mark.bin?.to ?? null,
              count: mark.bin?.count ?? mark.row.distribution.count,
            },
          })
      : undefined,
  });

  const owners = showOwners ? (model?.owners ?? []) : [];
  const ownerName = (owner: OwnerMultiple) => owner.name || labels.unassigned;
  const ownerInteraction = useMarks({
    marks: owners,
    rtl,
    tooltip: (owner) => ({
      title: ownerName(owner),
      rows: [
        { key: 'p50', label: labels.p50, value: minutes(fmt, owner.p50, true) },
        { key: 'p90', label: labels.p90, value: minutes(fmt, owner.p90, true) },
        { key: 'n', label: labels.count, value: fmt.countFull(owner.count) },
        ...(model?.rule
          ? [
              {
                key: 'sla',
                label: labels.withinSla,
                value: fmt.percentFull(withinShare(owner, model.rule.minutes)),
              },
            ]
          : []),
        { key: 'waiting', label: labels.waiting, value: fmt.countFull(owner.waiting) },
      ],
      footer: owner.small ? labels.fewDelays : undefined,
    }),
    onSelect: onSelect
      ? (owner) =>
          onSelect({
            widget: 'response-times',
            kind: 'owner',
            key: owner.ownerId ?? '',
            label: ownerName(owner),
            ids: owner.episodeIds,
            entity: 'episode',
            detail: {
              delay: model?.ownerKind ?? 'ownerDelay',
              from: null,
              to: null,
              count: owner.count,
              ownerId: owner.ownerId,
            },
          })
      : undefined,
  });

  const rows = model?.rows ?? [];
  const slaText = model?.rule ? minutes(fmt, model.rule.minutes) : null;
  const basisLine = [
    labels.basis(basis, evaluation?.period.timeZone ?? null),
    model?.rule && slaText
      ? labels.slaRule(slaText, evaluation?.sales.firstTouch.clockStartsAt ?? 'assignment')
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const speed = rows.find((row) => row.kind === 'speedToLead');
  // Leads rejected before any touch have no speed to lead (nor owner delay): one count says it.
  const unseen = Math.max(0, ...rows.map((row) => row.distribution.rejectedUnseen ?? 0));

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
      placeholder={(state) => (
        <RowsSkeleton width={width} labelWidth={labelWidth} loading={state === 'loading'} />
      )}
      footnote={footnote}
      announcement={
        speed
          ? `${labels.delays.speedToLead} ${labels.p90} ${minutes(fmt, speed.distribution.p90)}`
          : ''
      }
      dir={dir}
      className={className}
      style={style}
      rootRef={setRoot}
    >
      <div ref={size.ref} style={{ minWidth: 0 }}>
        <p style={{ margin: '0 0 8px', fontSize: font.label, color: color.muted }}>{basisLine}</p>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG group of focusable marks, not a form fieldset */}
        <svg
          role="group"
          aria-label={`${title}: ${labels.axis(basis)}`}
          width={width}
          height={rows.length * ROW + AXIS}
          style={{ display: 'block', overflow: 'visible', fontFamily: font.family }}
        >
          <Grid x={x} height={rows.length * ROW} fmt={fmt} />
          {rows.map((row, r) => (
            <DelayRowView
              key={row.kind}
              row={row}
              top={r * ROW}
              x={x}
              rtl={rtl}
              width={width}
              labels={labels}
              fmt={fmt}
              marks={rowMarks}
              interaction={rowInteraction}
            />
          ))}
        </svg>
        <Tooltip {...rowInteraction.tooltip} themeSource={root} />
        {unseen > 0 ? (
          <p style={{ margin: '8px 0 0', fontSize: font.label, color: color.muted }}>
            {labels.rejectedUnseen(unseen, fmt.countFull(unseen))}
          </p>
        ) : null}
        <BandStrips rows={rows} labels={labels} fmt={fmt} labelWidth={labelWidth} />
        {owners.length > 0 ? (
          <OwnerGrid
            owners={owners}
            x={x}
            rule={model?.rule ?? null}
            title={labels.ownersTitle(labels.delays[model?.ownerKind ?? 'ownerDelay'])}
            labels={labels}
            fmt={fmt}
            name={ownerName}
            interaction={ownerInteraction}
          />
        ) : null}
        <Tooltip {...ownerInteraction.tooltip} themeSource={root} />
      </div>
      <LazyDataTable
        caption={title}
        toggle={labels.showData}
        open={tableOpen}
        columns={[
          { key: 'delay', header: labels.delay },
          { key: 'n', header: labels.count, numeric: true },
          { key: 'waiting', header: labels.waiting, numeric: true },
          { key: 'unseen', header: labels.rejectedUnseenColumn, numeric: true },
          { key: 'p50', header: labels.p50, numeric: true },
          { key: 'p90', header: labels.p90, numeric: true },
          { key: 'p95', header: labels.p95, numeric: true },
          ...(rows[0]?.distribution.bands ?? []).map((band) => ({
            key: `band-${band.from}`,
            header: labels.bin(
              band.from === 0 ? null : minutes(fmt, band.from),
              band.to === null ? null : minutes(fmt, band.to),
            ),
            numeric: true,
          })),
        ]}
        rows={rows.map((row) => ({
          key: row.kind,
          cells: [
            labels.delays[row.kind],
            fmt.countFull(row.distribution.count),
            fmt.countFull(row.distribution.waiting),
            fmt.countFull(row.distribution.rejectedUnseen ?? 0),
            minutes(fmt, row.distribution.p50, true),
            minutes(fmt, row.distribution.p90, true),
            minutes(fmt, row.distribution.p95, true),
            ...row.distribution.bands.map((band) => fmt.percentFull(band.share)),
          ],
        }))}
      />
    </ChartFrame>
  );
}

function withinShare(owner: OwnerMultiple, sla: number): number | null {
  if (owner.count === 0) return null;
  let within = 0;
  for (const bin of owner.bins) if (bin.to !== null && bin.to <= sla) within += bin.count;
  return within / owner.count;
}

function percentileRows(row: DelayRow, labels: ResponseTimesLabels, fmt: Formatters) {
  const d = row.distribution;
  return [
    { key: 'p50', label: labels.p50, value: minutes(fmt, d.p50, true) },
    { key: 'p90', label: labels.p90, value: minutes(fmt, d.p90, true) },
    { key: 'p95', label: labels.p95, value: minutes(fmt, d.p95, true) },
    { key: 'n', label: labels.count, value: fmt.countFull(d.count) },
    { key: 'waiting', label: labels.waiting, value: fmt.countFull(d.waiting) },
    ...(d.rejectedUnseen
      ? [
          {
            key: 'unseen',
            label: labels.rejectedUnseenColumn,
            value: fmt.countFull(d.rejectedUnseen),
          },
        ]
      : []),
  ];
}

/** Accent before the SLA, the behind tint after it (by the bin's middle on the log axis). */
function barColor(row: DelayRow, bin: DelayBin): string {
  if (row.sla === null) return color.accent;
  const middle = bin.to === null ? bin.from * 2 : Math.sqrt(Math.max(bin.from, AXIS_MIN) * bin.to);
  return middle > row.sla ? tones.behind.color : color.accent;
}

function Grid({ x, height, fmt }: { x: LogScale; height: number; fmt: Formatters }): ReactNode {
  const ticks = fittingTicks(x, 64);
  // One path for the gridlines; the labels inherit their type from the group.
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> of gridlines and ticks is not focusable
    <g aria-hidden="true" style={gridText}>
      <path
        d={ticks.map((tick) => `M${x(tick)},0V${height}`).join('')}
        style={{ stroke: color.grid }}
        strokeWidth={1}
      />
      {ticks.map((tick) => (
        <text key={tick} x={x(tick)} y={height + 16} textAnchor="middle">
          {fmt.duration(tick * MINUTE)}
        </text>
      ))}
    </g>
  );
}

const gridText: CSSProperties = { ...tabular, fill: color.muted, fontSize: font.tick };

interface DelayRowViewProps {
  row: DelayRow;
  top: number;
  x: LogScale;
  rtl: boolean;
  width: number;
  labels: ResponseTimesLabels;
  fmt: Formatters;
  marks: readonly RowMark[];
  interaction: ReturnType<typeof useMarks<RowMark>>;
}

/** One delay: name and counts, histogram (or P50–P95 range), percentile ticks, SLA rule. */
function DelayRowView({
  row,
  top,
  x,
  rtl,
  width,
  labels,
  fmt,
  marks,
  interaction,
}: DelayRowViewProps): ReactNode {
  const d = row.distribution;
  const base = top + ROW - 6;
  const barTop = top + 18;
  const maxCount = Math.max(1, ...(row.bins ?? []).map((bin) => bin.count));
  const textX = rtl ? width : 0;
  const anchor = rtl ? 'end' : 'start';
  // Percentile and SLA labels, nudged apart along the axis so none overlap.
  const flags = [
    ...(row.sla !== null
      ? [{ key: 'sla', at: x(row.sla), text: labels.sla(minutes(fmt, row.sla)), strong: true }]
      : []),
    ...(['p50', 'p90', 'p95'] as const)
      .filter((p) => d[p] !== null)
      .map((p) => ({ key: p, at: x(d[p] as number), text: labels[p], strong: false })),
  ].sort((a, b) => a.at - b.at);
  let last = Number.NEGATIVE_INFINITY;
  const placed = flags.map((flag) => {
    const room = flag.text.length * 6.2 + 6;
    const left = Math.max(flag.at, last);
    last = left + room;
    return { ...flag, left };
  });
  return (
    <g>
      <text
        x={textX}
        y={top + 16}
        textAnchor={anchor}
        style={{ fill: color.text, fontSize: font.label, fontWeight: 600 }}
      >
        {labels.delays[row.kind]}
      </text>
      <text
        x={textX}
        y={top + 32}
        textAnchor={anchor}
        style={{ fill: color.muted, fontSize: font.tick }}
      >
        {labels.delayHints[row.kind]}
      </text>
      <text
        x={textX}
        y={top + 47}
        textAnchor={anchor}
        style={{ ...tabular, fill: color.muted, fontSize: font.floor }}
      >
        {labels.rowCount(fmt.countFull(d.count), fmt.countFull(d.waiting))}
      </text>
      <line
        x1={x.range[0]}
        x2={x.range[1]}
        y1={base}
        y2={base}
        style={{ stroke: color.muted }}
        strokeWidth={1}
      />
      {marks.map((mark, index) => {
        if (mark.row !== row) return null;
        const props = interaction.markProps(index);
        const active = interaction.active === index;
        const label = mark.bin
          ? `${labels.delays[row.kind]} ${labels.bin(mark.bin.from === 0 ? null : minutes(fmt, mark.bin.from), mark.bin.to === null ? null : minutes(fmt, mark.bin.to))}: ${fmt.countFull(mark.bin.count)} (${fmt.percent(d.count ? mark.bin.count / d.count : null)})`
          : `${labels.delays[row.kind]}: ${labels.p50} ${minutes(fmt, d.p50)}, ${labels.p90} ${minutes(fmt, d.p90)}, ${labels.p95} ${minutes(fmt, d.p95)}`;
        if (!mark.bin) {
          const a = x(d.p50 ?? AXIS_MIN);
          const b = x(d.p95 ?? AXIS_MIN);
          return (
            <rect
              key={mark.key}
              x={Math.min(a, b)}
              y={base - 14}
              width={Math.max(Math.abs(b - a), 2)}
              height={10}
              rx={2}
              aria-label={label}
              {...props}
              style={{
                ...props.style,
                fill: color.track,
                stroke: active && interaction.focused ? color.focus : 'none',
                strokeWidth: 2,
              }}
            />
          );
        }
        const from = x(Math.max(mark.bin.from, AXIS_MIN));
        const to = x(mark.bin.to ?? x.domain[1]);
        const height = Math.max((mark.bin.count / maxCount) * (base - barTop), 2);
        const left = Math.min(from, to) + 1;
        return (
          <rect
            key={mark.key}
            x={left}
            y={base - height}
            width={Math.max(Math.abs(to - from) - 2, 1)}
            height={height}
            aria-label={label}
            {...props}
            // Only the focused bar carries a stroke, only dimmed bars an opacity.
            style={
              active && interaction.focused
                ? {
                    ...props.style,
                    fill: barColor(row, mark.bin),
                    stroke: color.focus,
                    strokeWidth: 2,
                  }
                : interaction.active < 0 || active
                  ? { ...props.style, fill: barColor(row, mark.bin) }
                  : { ...props.style, fill: barColor(row, mark.bin), opacity: 0.55 }
            }
          />
        );
      })}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> of reference lines is not focusable */}
      <g aria-hidden="true" pointerEvents="none">
        {placed.map((flag) => (
          <Fragment key={flag.key}>
            <line
              x1={flag.at}
              x2={flag.at}
              y1={flag.strong ? top + 4 : top + 14}
              y2={base + (flag.strong ? 4 : 0)}
              style={{ stroke: color.text }}
              strokeWidth={flag.strong ? 2 : 1.5}
              strokeDasharray={flag.strong ? undefined : '2 2'}
            />
            <text
              x={flag.left + 3}
              y={top + (flag.strong ? 10 : 12)}
              style={{
                fill: flag.strong ? color.text : color.muted,
                fontSize: font.floor,
                fontWeight: flag.strong ? 600 : 400,
              }}
            >
              {flag.text}
            </text>
          </Fragment>
        ))}
      </g>
    </g>
  );
}

const bandStyles = {
  title: { margin: '16px 0 6px', fontSize: font.label, fontWeight: 600 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '2px 12px',
    margin: '0 0 6px',
    padding: 0,
    listStyle: 'none',
    fontSize: font.tick,
    color: color.muted,
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: 4 },
  row: { display: 'flex', alignItems: 'center', height: BAND_ROW, fontSize: font.label },
  name: { flex: 'none', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  strip: { display: 'flex', flex: '1 1 auto', gap: 1, height: 18, minWidth: 0 },
} satisfies Record<string, CSSProperties>;

const BAND_TEXT = ['#111827', '#111827', '#111827', '#ffffff', '#ffffff'];
const bandText = (i: number) => `var(--cl-seq-text-${i + 1}, ${BAND_TEXT[i] ?? '#ffffff'})`;

/** 100% strips of the response bands (the core's edges), one per delay. */
function BandStrips({
  rows,
  labels,
  fmt,
  labelWidth,
}: {
  rows: readonly DelayRow[];
  labels: ResponseTimesLabels;
  fmt: Formatters;
  labelWidth: number;
}): ReactNode {
  const bands = rows[0]?.distribution.bands ?? [];
  const fill = (i: number) => sequential[Math.min(i, sequential.length - 1)] as string;
  const bandName = (band: (typeof bands)[number]) =>
    labels.bin(
      band.from === 0 ? null : minutes(fmt, band.from),
      band.to === null ? null : minutes(fmt, band.to),
    );
  return (
    <div>
      <p style={bandStyles.title}>{labels.bandsTitle}</p>
      <ul style={bandStyles.legend} aria-hidden="true">
        {bands.map((band, i) => (
          <li key={band.label} style={bandStyles.legendItem}>
            <span style={{ width: 8, height: 8, borderRadius: 2, background: fill(i) }} />
            {bandName(band)}
          </li>
        ))}
      </ul>
      {rows.map((row) => (
        <div key={row.kind} style={bandStyles.row}>
          <span style={{ ...bandStyles.name, width: labelWidth }}>{labels.delays[row.kind]}</span>
          <span
            role="img"
            aria-label={`${labels.delays[row.kind]}: ${row.distribution.bands.map((band) => `${bandName(band)} ${fmt.percent(band.share)}`).join(', ')}`}
            style={bandStyles.strip}
          >
            {row.distribution.bands.map((band, i) =>
              (band.share ?? 0) > 0 ? (
                <span
                  key={band.label}
                  style={{
                    flex: `${band.share} 1 0`,
                    minWidth: 2,
                    background: fill(i),
                    color: bandText(i),
                    fontSize: font.floor,
                    ...tabular,
                    display: 'flex',
                    alignItems: 'center',
                    paddingInlineStart: 4,
                    overflow: 'hidden',
                    whiteSpace: 'nowrap',
                  }}
                >
                  {(band.share ?? 0) >= 0.08 ? fmt.percent(band.share) : ''}
                </span>
              ) : null,
            )}
          </span>
        </div>
      ))}
    </div>
  );
}

interface OwnerGridProps {
  owners: readonly OwnerMultiple[];
  x: LogScale;
  rule: { minutes: number } | null;
  title: string;
  labels: ResponseTimesLabels;
  fmt: Formatters;
  name: (owner: OwnerMultiple) => string;
  interaction: ReturnType<typeof useMarks<OwnerMultiple>>;
}

const ownerStyles = {
  title: { margin: '16px 0 8px', fontSize: font.label, fontWeight: 600 },
  // Type and wrapping are set once here and inherited: fifty cells set only what differs.
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: '12px 24px',
    listStyle: 'none',
    margin: 0,
    padding: 0,
    fontSize: font.label,
    whiteSpace: 'nowrap',
  },
  item: { minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis' },
  facts: { ...tabular, fontSize: font.floor, color: color.muted },
} satisfies Record<string, CSSProperties>;

const focusedCell: CSSProperties = {
  outline: `2px solid ${color.focus}`,
  outlineOffset: 2,
  borderRadius: 4,
};
const multiple: CSSProperties = {
  display: 'block',
  marginTop: 4,
  borderBottom: `1px solid ${color.grid}`,
};
const smallMultiple: CSSProperties = { ...multiple, opacity: 0.45 };

/** Per-owner histograms on the widget's axis (scaled to each cell), worst P90 first. */
function OwnerGrid({
  owners,
  x,
  rule,
  title,
  labels,
  fmt,
  name,
  interaction,
}: OwnerGridProps): ReactNode {
  const [r0, r1] = x.range;
  const span = Math.abs(r1 - r0) || 1;
  // Each multiple maps the shared axis onto 0–100 of its own viewBox.
  const at = (minutes: number) => ((x(minutes) - Math.min(r0, r1)) / span) * 100;
  return (
    <div>
      <p style={ownerStyles.title}>{title}</p>
      <ul style={ownerStyles.grid}>
        {owners.map((owner, index) => {
          const props = interaction.markProps(index);
          const active = interaction.active === index;
          const max = Math.max(1, ...owner.bins.map((bin) => bin.count));
          const facts = `${labels.p90} ${minutes(fmt, owner.p90)} · n ${fmt.countFull(owner.count)}`;
          return (
            <li key={owner.ownerId ?? ''} style={ownerStyles.item}>
              {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role (button or img) comes from markProps */}
              <div
                aria-label={`${name(owner)} ${facts}${owner.small ? ` · ${labels.fewDelays}` : ''}`}
                {...props}
                role={props.role}
                style={
                  active && interaction.focused
                    ? { ...props.style, ...focusedCell }
                    : (props.style as CSSProperties)
                }
              >
                <div style={ownerStyles.name}>{name(owner)}</div>{' '}
                <div style={ownerStyles.facts}>
                  {facts}
                  {owner.small ? ` · ${labels.fewDelays}` : ''}
                </div>
                <svg
                  aria-hidden="true"
                  width="100%"
                  height={32}
                  viewBox="0 0 100 32"
                  preserveAspectRatio="none"
                  // A small sample is greyed in its bars only: text keeps its contrast.
                  // The baseline is the svg's border: one element fewer in each of fifty multiples.
                  style={owner.small ? smallMultiple : multiple}
                >
                  {ownerBars(owner, at, max, rule?.minutes ?? null, x.domain[1]).map(
                    ([fill, d]) => (
                      <path key={fill} d={d} style={{ fill }} />
                    ),
                  )}
                  {rule || owner.p90 !== null ? (
                    <path
                      d={ownerMarkers(
                        rule ? at(rule.minutes) : null,
                        owner.p90 === null ? null : at(owner.p90),
                      )}
                      style={{ stroke: color.text }}
                      strokeWidth={2}
                      vectorEffect="non-scaling-stroke"
                    />
                  ) : null}
                </svg>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * An owner's SLA rule (solid, full height) and P90 (dashed, 2 on 2 off from y 4) as one path:
 * one element instead of two in each of fifty multiples.
 */
function ownerMarkers(rule: number | null, p90: number | null): string {
  let d = rule === null ? '' : `M${rule.toFixed(2)},0V32`;
  if (p90 !== null) for (let y = 4; y < 32; y += 4) d += `M${p90.toFixed(2)},${y}v2`;
  return d;
}

/**
 * An owner's histogram as one path per colour (a multiple is not a mark per bar: 50 owners
 * would be a thousand elements): accent before the SLA, the behind tint after it, muted for
 * a sample too small to judge.
 */
function ownerBars(
  owner: OwnerMultiple,
  at: (minutes: number) => number,
  max: number,
  sla: number | null,
  top: number,
): [string, string][] {
  const paths = new Map<string, string>();
  for (const bin of owner.bins) {
    if (bin.count === 0) continue;
    const fill = owner.small
      ? color.muted
      : sla !== null && bin.from >= sla
        ? tones.behind.color
        : color.accent;
    const x0 = at(Math.max(bin.from, AXIS_MIN));
    const width = Math.max(at(bin.to ?? top) - x0 - 0.6, 0.5);
    const height = Math.max((bin.count / max) * 30, 2);
    const rect = `M${x0.toFixed(2)},32v${(-height).toFixed(2)}h${width.toFixed(2)}v${height.toFixed(2)}z`;
    paths.set(fill, (paths.get(fill) ?? '') + rect);
  }
  return [...paths];
}

/** Three rows of bars and an axis in the track colour. */
function RowsSkeleton({
  width,
  labelWidth,
  loading,
}: {
  width: number;
  labelWidth: number;
  loading: boolean;
}): ReactNode {
  const heights = [0.3, 0.6, 0.9, 0.7, 0.4, 0.25, 0.15, 0.1];
  const step = (width - labelWidth - 8) / heights.length;
  return (
    <svg aria-hidden="true" width={width} height={3 * ROW + AXIS} style={{ display: 'block' }}>
      {[0, 1, 2].map((r) => (
        <g key={r}>
          <rect
            x={0}
            y={r * ROW + 8}
            width={labelWidth - 24}
            height={10}
            rx={2}
            style={{ fill: color.track }}
          />
          {loading
            ? heights.map((h, i) => (
                <rect
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed decorative shape
                  key={i}
                  x={labelWidth + i * step + 1}
                  y={r * ROW + ROW - 6 - h * 32}
                  width={step - 2}
                  height={h * 32}
                  style={{ fill: color.track }}
                />
              ))
            : null}
          <line
            x1={labelWidth}
            x2={width - 8}
            y1={r * ROW + ROW - 6}
            y2={r * ROW + ROW - 6}
            style={{ stroke: color.track }}
          />
        </g>
      ))}
    </svg>
  );
}

export { DELAY_EDGES };
