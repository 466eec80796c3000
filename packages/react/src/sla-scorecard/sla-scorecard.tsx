import type { Breach, SlaEvaluation } from '@closedloop/core';
import { type CSSProperties, type ReactNode, useMemo, useState } from 'react';
import {
  ChartFrame,
  color,
  createFormatters,
  type Formatters,
  font,
  type MarkSelection,
  mergeLabels,
  StatusChip,
  type StatusTone,
  Tooltip,
  type TooltipContent,
  tabular,
  useChartIds,
  useContainerSize,
  useMarks,
  type WidgetBaseProps,
  type WidgetStatus,
} from '../kit';
import { BreachesTable } from './breaches-table';
import { Bullet } from './bullet';
import {
  defaultThresholds,
  type MarketingRow,
  marketingRows,
  type ScorecardThresholds,
  salesStatus,
} from './pacing';
import { defaultSlaScorecardLabels, type SlaScorecardLabels } from './sla-scorecard-labels';

/** The parts of `SlaEvaluation` the scorecard reads. */
export type SlaScorecardData = Pick<
  SlaEvaluation,
  'marketing' | 'marketingScopes' | 'sales' | 'breaches' | 'period' | 'asOf'
>;

/** What `onSelect` receives: a commitment's row, one breach, or an owner's breaches. */
export type SlaScorecardSelection = MarkSelection<
  'marketing' | 'first-touch' | 'attempts' | 'breach' | 'owner',
  { status: StatusTone | null; ownerId?: string | null }
>;

/** Props of `SlaScorecard`. */
export interface SlaScorecardProps extends WidgetBaseProps<SlaScorecardLabels> {
  /** The evaluation from `evaluateSla` in `@closedloop/core`; without it the empty state. */
  evaluation?: SlaScorecardData;
  /** Currency for sourced pipeline when the evaluation has none; default the evaluation's. */
  currency?: string;
  /** Where statuses turn; default 90% sales attainment, a 10-point at-risk band, ahead from 110% pace. */
  thresholds?: Partial<ScorecardThresholds>;
  /** The lead column's text for a breach; default its lead id, else its person id. */
  recordLabel?: (breach: Breach) => string;
  /** Called with the breaches (episode ids) behind a sales row, a breach or an owner. */
  onSelect?: (selection: SlaScorecardSelection) => void;
  /** A fixed width in pixels; default the container's. Two columns from 640px. */
  width?: number;
  initialWidth?: number;
  footnote?: ReactNode;
  dir?: 'ltr' | 'rtl';
  style?: CSSProperties;
}

/** One commitment on the card: a bullet with its figures, status and tooltip. */
interface ScoreRow {
  key: string;
  kind: 'marketing' | 'first-touch' | 'attempts';
  name: string;
  hero: string;
  of: string;
  context: string;
  status: StatusTone;
  value: number;
  max: number;
  target: number | null;
  expected: number | null;
  tooltip: TooltipContent;
  breaches: readonly Breach[];
}

/** Below this width the breaches list folds the breach and clock start under the lead. */
const COMPACT_BREACHES_BELOW = 480;

const styles = {
  columns: { display: 'grid', gap: '24px 40px' },
  section: { display: 'grid', gap: 20, alignContent: 'start', minWidth: 0 },
  sectionTitle: {
    margin: 0,
    fontSize: font.label,
    fontWeight: 600,
    color: color.muted,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  period: { margin: '2px 0 0', fontSize: font.tick, color: color.muted },
  row: { display: 'grid', gap: 6, borderRadius: 4 },
  rowHead: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: 8,
    minWidth: 0,
  },
  name: { fontSize: font.label, overflowWrap: 'anywhere', minWidth: 0 },
  figures: { display: 'flex', alignItems: 'baseline', gap: 6, flexWrap: 'wrap' },
  hero: { ...tabular, fontSize: font.headline, fontWeight: 600, lineHeight: 1.2 },
  of: { ...tabular, fontSize: font.description, color: color.muted },
  context: { ...tabular, margin: 0, fontSize: font.tick, color: color.muted },
} satisfies Record<string, CSSProperties>;

function day(fmt: Formatters, date: string): string {
  return fmt.date(`${date}T12:00:00Z`, 'UTC');
}

/**
 * The SLA as a two-sided contract on one card: marketing's delivered vs committed volume
 * with the pro-rated expectation (per segment or rep when scoped) and sales' first-touch and
 * attempt attainment as 0–100% bullets, each with a status in glyph and word (thresholds
 * stated under the card), then the breaches: who, when, how late, worst first, sortable.
 * No blended score: each side reads on its own.
 */
export function SlaScorecard({
  evaluation,
  title,
  description,
  status = 'ready',
  errorMessage,
  onRetry,
  stateSlots,
  locale = 'en-US',
  currency,
  labels: overrides,
  thresholds: thresholdOverrides,
  recordLabel = (breach) => breach.leadId ?? breach.personId,
  onSelect,
  width: fixedWidth,
  initialWidth = 720,
  footnote,
  dir,
  className,
  style,
}: SlaScorecardProps): ReactNode {
  const ids = useChartIds();
  const labels = useMemo(() => mergeLabels(defaultSlaScorecardLabels, overrides), [overrides]);
  const thresholds = useMemo(
    () => ({ ...defaultThresholds, ...thresholdOverrides }),
    [thresholdOverrides],
  );
  const money = currency ?? evaluation?.marketing.currency ?? null;
  const fmt = useMemo(() => createFormatters(locale, money), [locale, money]);
  const size = useContainerSize({
    width: fixedWidth,
    height: fixedWidth === undefined ? undefined : 0,
    initialSize: { width: initialWidth, height: 0 },
  });
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const twoColumns = size.width >= 640;

  const rows = useMemo(
    () => (evaluation ? scoreRows(evaluation, thresholds, labels, fmt) : []),
    [evaluation, thresholds, labels, fmt],
  );
  const interaction = useMarks({
    marks: rows,
    rtl: dir === 'rtl',
    tooltip: (row) => row.tooltip,
    onSelect: onSelect
      ? (row) =>
          onSelect({
            widget: 'sla-scorecard',
            kind: row.kind,
            key: row.key,
            label: row.name,
            ids: row.breaches.map((breach) => breach.episodeId),
            entity: row.kind === 'marketing' ? null : 'episode',
            detail: { status: row.status },
          })
      : undefined,
  });

  const shown: WidgetStatus = status === 'ready' && !evaluation ? 'empty' : status;
  const range = evaluation
    ? `${day(fmt, evaluation.period.start)}–${day(fmt, evaluation.period.end)}`
    : '';
  const rowView = (row: ScoreRow, index: number) => {
    const props = interaction.markProps(index);
    const active = interaction.active === index;
    return (
      // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role (button or img) comes from markProps
      <div
        key={row.key}
        // The name follows the visible text in its order, so speech users can say what they see.
        aria-label={`${row.name} ${labels.status[row.status]} ${row.hero} ${row.of} ${row.context}`}
        {...props}
        role={props.role}
        style={{
          ...props.style,
          ...styles.row,
          outline: active && interaction.focused ? `2px solid ${color.focus}` : 'none',
          outlineOffset: 4,
        }}
      >
        <span style={styles.rowHead}>
          <span style={styles.name}>{row.name}</span>{' '}
          <StatusChip tone={row.status} label={labels.status[row.status]} />
        </span>{' '}
        <span style={styles.figures}>
          <span style={styles.hero}>{row.hero}</span> <span style={styles.of}>{row.of}</span>
        </span>{' '}
        <Bullet value={row.value} max={row.max} target={row.target} expected={row.expected} />
        <p style={styles.context}>{row.context}</p>
      </div>
    );
  };
  const marketingCount = rows.filter((row) => row.kind === 'marketing').length;
  const rules = labels.rules({
    pace: fmt.percent(1),
    paceRisk: fmt.percent(1 - thresholds.atRiskBand),
    salesTarget: fmt.percent(thresholds.salesTarget),
    salesRisk: fmt.percent(thresholds.salesTarget - thresholds.atRiskBand),
  });

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
        <CardSkeleton twoColumns={twoColumns} loading={state === 'loading'} />
      )}
      footnote={
        <>
          {rules}
          {footnote ? <> {footnote}</> : null}
        </>
      }
      announcement={rows.map((row) => `${row.name} ${labels.status[row.status]}`).join('; ')}
      dir={dir}
      className={className}
      style={style}
      rootRef={setRoot}
    >
      <div ref={size.ref} style={{ minWidth: 0 }}>
        <div
          style={{
            ...styles.columns,
            gridTemplateColumns: twoColumns ? 'minmax(0, 1fr) minmax(0, 1fr)' : 'minmax(0, 1fr)',
          }}
        >
          <section style={styles.section} aria-label={labels.marketing}>
            <div>
              <p style={styles.sectionTitle}>{labels.marketing}</p>
              {evaluation ? (
                <p style={styles.period}>
                  {labels.period(range, fmt.percent(evaluation.marketing.elapsedFraction))}
                </p>
              ) : null}
            </div>
            {rows.slice(0, marketingCount).map((row, i) => rowView(row, i))}
          </section>
          <section style={styles.section} aria-label={labels.sales}>
            <div>
              <p style={styles.sectionTitle}>{labels.sales}</p>
              <p style={styles.period}>{range}</p>
            </div>
            {rows.slice(marketingCount).map((row, i) => rowView(row, marketingCount + i))}
          </section>
        </div>
        <Tooltip {...interaction.tooltip} themeSource={root} />
        {evaluation ? (
          <BreachesTable
            breaches={evaluation.breaches}
            labels={labels}
            fmt={fmt}
            timeZone={evaluation.period.timeZone}
            recordLabel={recordLabel}
            compact={size.width < COMPACT_BREACHES_BELOW}
            onBreach={
              onSelect
                ? (breach) =>
                    onSelect({
                      widget: 'sla-scorecard',
                      kind: 'breach',
                      key: `${breach.kind}:${breach.episodeId}`,
                      label: recordLabel(breach),
                      ids: [breach.episodeId],
                      entity: 'episode',
                      detail: { status: 'breached', ownerId: breach.ownerId },
                    })
                : undefined
            }
            onOwner={
              onSelect
                ? (ownerId, breaches) =>
                    onSelect({
                      widget: 'sla-scorecard',
                      kind: 'owner',
                      key: ownerId ?? '',
                      label: breaches[0]?.ownerName ?? ownerId ?? labels.noOwner,
                      ids: breaches.map((breach) => breach.episodeId),
                      entity: 'episode',
                      detail: { status: 'breached', ownerId },
                    })
                : undefined
            }
          />
        ) : null}
      </div>
    </ChartFrame>
  );
}

/** The card's rows: marketing's commitments, then first touch and attempts. */
export function scoreRows(
  evaluation: SlaScorecardData,
  thresholds: ScorecardThresholds,
  labels: SlaScorecardLabels,
  fmt: Formatters,
): ScoreRow[] {
  const asOf = fmt.date(evaluation.asOf, evaluation.period.timeZone);
  const window = `${day(fmt, evaluation.period.start)}–${day(fmt, evaluation.period.end)}`;
  const rows: ScoreRow[] = marketingRows(evaluation, thresholds).map((row: MarketingRow) => {
    const value = (n: number) =>
      row.metric === 'sourced_pipeline' ? fmt.moneyCompact(n) : fmt.count(n);
    const full = (n: number) =>
      row.metric === 'sourced_pipeline' ? fmt.money(n) : fmt.countFull(n);
    const name = row.label ?? labels.metrics[row.metric];
    const context = [
      row.pacing === null ? null : labels.ofPace(fmt.percent(row.pacing)),
      labels.expectedValue(value(Math.round(row.expected)), asOf),
      row.forecast === null ? null : labels.forecastValue(value(row.forecast)),
    ]
      .filter(Boolean)
      .join(' · ');
    return {
      key: `marketing:${row.key}`,
      kind: 'marketing',
      name,
      hero: value(row.actual),
      of: labels.ofTarget(value(row.target), fmt.percent(row.attainment)),
      context,
      status: row.status,
      value: row.actual,
      max: Math.max(row.target, row.actual, row.expected, 1),
      target: row.target,
      expected: row.expected,
      tooltip: {
        title: name,
        rows: [
          {
            key: 'delivered',
            label: labels.delivered,
            value: full(row.actual),
            color: color.accent,
          },
          {
            key: 'target',
            label: labels.target,
            value: full(row.target),
            swatch: 'line',
            color: color.text,
          },
          {
            key: 'expected',
            label: labels.expectedBy(asOf),
            value: full(Math.round(row.expected)),
            swatch: 'dashed',
            color: color.text,
          },
          ...(row.forecast === null
            ? []
            : [{ key: 'forecast', label: labels.forecast, value: full(row.forecast) }]),
          { key: 'window', label: labels.window, value: window },
        ],
      },
      breaches: [],
    };
  });
  const { firstTouch, attempts } = evaluation.sales;
  const sales = (
    kind: 'first-touch' | 'attempts',
    name: string,
    tally: {
      eligible: number;
      met: number;
      breached: number;
      attainment: number | null;
      running: number;
      notStarted: number;
    },
    breachKinds: (kind: Breach['kind']) => boolean,
  ): ScoreRow => {
    const tone = salesStatus(tally.attainment, thresholds);
    return {
      key: kind,
      kind,
      name,
      hero: fmt.percent(tally.attainment),
      of: labels.met(fmt.countFull(tally.met), fmt.countFull(tally.eligible)),
      context: labels.clockFacts(
        fmt.countFull(tally.breached),
        fmt.countFull(tally.running),
        fmt.countFull(tally.notStarted),
      ),
      status: tone,
      value: tally.attainment ?? 0,
      max: 1,
      target: thresholds.salesTarget,
      expected: null,
      tooltip: {
        title: name,
        rows: [
          {
            key: 'attainment',
            label: labels.attainment,
            value: fmt.percentFull(tally.attainment),
            color: color.accent,
          },
          {
            key: 'met',
            label: labels.status.met,
            value: `${fmt.countFull(tally.met)} / ${fmt.countFull(tally.eligible)}`,
          },
          { key: 'breached', label: labels.breached, value: fmt.countFull(tally.breached) },
          {
            key: 'target',
            label: labels.target,
            value: fmt.percentFull(thresholds.salesTarget),
            swatch: 'line',
            color: color.text,
          },
          { key: 'window', label: labels.window, value: window },
        ],
      },
      breaches: evaluation.breaches.filter((breach) => breachKinds(breach.kind)),
    };
  };
  rows.push(
    sales(
      'first-touch',
      labels.firstTouch(
        fmt.duration(firstTouch.withinBusinessHours * 3_600_000),
        firstTouch.clockStartsAt,
      ),
      firstTouch,
      (kind) => kind !== 'too_few_attempts',
    ),
  );
  if (attempts) {
    rows.push(
      sales(
        'attempts',
        labels.attempts(fmt.countFull(attempts.min), fmt.countFull(attempts.withinBusinessDays)),
        attempts,
        (kind) => kind === 'too_few_attempts',
      ),
    );
  }
  return rows;
}

/** Two columns of bullet rows in the track colour. */
function CardSkeleton({
  twoColumns,
  loading,
}: {
  twoColumns: boolean;
  loading: boolean;
}): ReactNode {
  const block = (w: string, h: number) => (
    <span
      style={{
        display: 'block',
        width: w,
        height: h,
        borderRadius: 2,
        background: color.track,
        opacity: loading ? 1 : 0.6,
      }}
    />
  );
  const column = (
    <div style={{ display: 'grid', gap: 10 }}>
      {block('40%', 10)}
      {block('30%', 22)}
      {block('100%', 20)}
      {block('60%', 10)}
      {block('40%', 10)}
      {block('30%', 22)}
      {block('100%', 20)}
    </div>
  );
  return (
    <div
      style={{
        ...styles.columns,
        gridTemplateColumns: twoColumns ? '1fr 1fr' : '1fr',
        minHeight: 220,
      }}
    >
      {column}
      {twoColumns ? column : null}
    </div>
  );
}
