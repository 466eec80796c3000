import type { Credit, DealAttribution, ExcludedTouch } from '@closedloop/core';
import {
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  ChartFrame,
  color,
  createFormatters,
  DataTable,
  font,
  Legend,
  type LegendItem,
  linearScale,
  mergeLabels,
  type OnSelect,
  otherColor,
  SERIES_COUNT,
  seriesColor,
  Tooltip,
  type TooltipAnchor,
  type TooltipContent,
  tabular,
  useChartIds,
  useContainerSize,
  type WidgetBaseProps,
  type WidgetStatus,
} from '../kit';
import { formatTimeTick, timeTicks } from '../kit/time-ticks';
import { hitMark, journeyDots } from './journey-dots';
import { journeyKeyTarget, laneStarts } from './journey-keys';
import {
  creditRadius,
  type JourneyContact,
  type JourneyLane,
  type JourneyMark,
  type JourneyTouch,
  journeyModel,
} from './journey-model';
import { type DealJourneyLabels, defaultDealJourneyLabels, type TouchFacts } from './journey-text';

/** What `onSelect` of `DealJourney` carries beside the touch id. */
export interface DealJourneySelection {
  dealId: string;
  personId: string | null;
  /** The credit, for a credited touch. */
  credit: Credit | null;
  /** The exclusion, for a touch left out. */
  excluded: ExcludedTouch | null;
}

/** Props of `DealJourney`. */
export interface DealJourneyProps extends WidgetBaseProps<DealJourneyLabels> {
  /** One deal of `attribute(…).deals` in `@closedloop/core`. */
  deal?: DealAttribution;
  /** The buying group: names and roles of the deal's contacts (see `dealJourneyData`). */
  contacts?: readonly JourneyContact[];
  /** Excluded touches' time, contact and channel, so they can be placed (see `dealJourneyData`). */
  touches?: readonly JourneyTouch[];
  /** Lanes shown before the rest fold into one (the user can expand them); default 8. */
  maxLanes?: number;
  /** IANA time zone for dates in tooltips and the table; default `UTC`. */
  timeZone?: string;
  /** Currency when the deal has none. */
  currency?: string;
  /** A touch clicked or activated: its id (`ids`), the deal, the contact and its credit or exclusion. */
  onSelect?: OnSelect<'touch', DealJourneySelection>;
  /** Fixed width in px (no measuring); default: the container's width (at least 560 on the server). */
  width?: number;
  /** Open the data table from the start. */
  showData?: boolean;
  dir?: 'ltr' | 'rtl';
}

const LANE = 32;
const TOP = 36;
const AXIS = 24;
const MIN_R = 3;
const MAX_R = 12;

/** The centre line of a lane. */
const laneY = (lane: number) => TOP + lane * LANE + LANE / 2;

const styles = {
  summary: { margin: '0 0 8px', color: color.muted, fontSize: font.description, ...tabular },
  svg: { display: 'block', overflow: 'visible', fontFamily: font.family, maxWidth: '100%' },
  more: {
    font: 'inherit',
    fontSize: font.label,
    color: color.text,
    background: 'transparent',
    border: `1px solid ${color.grid}`,
    borderRadius: 6,
    padding: '2px 10px',
    marginTop: 8,
    cursor: 'pointer',
  },
} satisfies Record<string, CSSProperties>;

/** How each dot layer looks: credited filled, no credit hollow, excluded dashed and faded. */
function layerStyle(kind: string, dense: boolean): CSSProperties {
  if (kind === 'x') {
    return {
      fill: 'none',
      stroke: color.muted,
      strokeWidth: 1,
      strokeDasharray: '2 2',
      opacity: 0.6,
    };
  }
  if (kind === 'a') return { fill: 'none', stroke: color.text, strokeWidth: 1.5 };
  const slot = Number(kind.slice(1));
  const fill = slot < SERIES_COUNT ? seriesColor(slot) : otherColor;
  // A surface edge separates sparse dots; on dense lanes thousands of edges would hide the fill.
  return kind.startsWith('c')
    ? { fill, fillOpacity: 0.85, stroke: dense ? 'none' : color.surface, strokeWidth: 1 }
    : { fill: color.surface, stroke: fill, strokeWidth: 1.5 };
}

/**
 * One deal's journey across its buying group, as the ledger behind its credit: a 32px lane
 * per contact (role shown, in order of first touch; past `maxLanes` the rest fold into one
 * lane the user can expand), each touch a dot in its channel's colour with its area in
 * proportion to its credit (hollow for no credit), excluded touches faded and dashed with
 * their reason, anchor touches ringed, and the milestones (first touch, lead created, deal
 * created, closed won) as dashed full-height rules. Hover or focus a touch for the rule that
 * credited it, in words. Built for thousands of touches: the dots are a few SVG paths and
 * one focusable mark roves over them (←/→ along a contact, ↑/↓ between contacts).
 */
export function DealJourney({
  deal,
  contacts,
  touches,
  title,
  description,
  maxLanes = 8,
  locale = 'en-US',
  timeZone = 'UTC',
  currency,
  status = 'ready',
  errorMessage,
  onRetry,
  stateSlots,
  onSelect,
  labels: labelOverrides,
  width: fixedWidth,
  showData,
  dir,
  className,
}: DealJourneyProps): ReactNode {
  const ids = useChartIds();
  const labels = useMemo(
    () => mergeLabels(defaultDealJourneyLabels, labelOverrides),
    [labelOverrides],
  );
  const size = useContainerSize(fixedWidth === undefined ? {} : { width: fixedWidth, height: 0 });
  const [expanded, setExpanded] = useState(false);
  const model = useMemo(
    () =>
      deal
        ? journeyModel(deal, {
            contacts,
            touches,
            maxLanes: expanded ? Number.POSITIVE_INFINITY : maxLanes,
          })
        : null,
    [deal, contacts, touches, maxLanes, expanded],
  );
  const fmt = useMemo(
    () => createFormatters(locale, deal?.currency ?? currency ?? null),
    [locale, deal?.currency, currency],
  );
  const dateTime = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
    [locale, timeZone],
  );
  const day = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }),
    [locale, timeZone],
  );

  // Channels by the credit they hold on this deal: the first seven get the series colours.
  const channels = useMemo(() => {
    const weight = new Map<string, number>();
    for (const mark of model?.marks ?? []) {
      weight.set(mark.channel, (weight.get(mark.channel) ?? 0) + (mark.credit?.weight ?? 0));
    }
    return [...weight.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([c]) => c);
  }, [model]);
  const slotOf = useMemo(() => new Map(channels.map((c, i) => [c, i] as const)), [channels]);
  const channelColor = (channel: string) => {
    const slot = slotOf.get(channel) ?? SERIES_COUNT;
    return slot < SERIES_COUNT ? seriesColor(slot) : otherColor;
  };

  const width = Math.max(size.width, 320);
  const rtl = dir === 'rtl';
  const labelW = Math.round(Math.min(Math.max(width * 0.26, 96), 200));
  const plot0 = labelW + 12 + MAX_R;
  const plot1 = Math.max(plot0 + 40, width - MAX_R - 4);
  // Dots shrink on crowded lanes: the largest credit gets at most 1.5× the typical spacing of
  // a contact's touches (area stays in proportion to credit within the deal).
  const maxR = useMemo(() => {
    const counts = (model?.lanes ?? [])
      .filter((l) => l.kind !== 'others' && l.touches > 0)
      .map((l) => l.touches)
      .sort((a, b) => a - b);
    const median = counts[counts.length >> 1] ?? 1;
    return Math.min(MAX_R, Math.max(4, (plot1 - plot0) / median / 1.5));
  }, [model, plot0, plot1]);
  const dense = maxR < 8;
  const lanes = model?.lanes ?? [];
  const marks = model?.marks ?? [];
  const height = TOP + Math.max(lanes.length, 1) * LANE + AXIS;
  const [d0, d1] = model?.domain ?? [0, 1];
  const pad = d1 === d0 ? 86_400_000 : 0;
  const x = useMemo(
    () => linearScale([d0 - pad, d1 + pad], rtl ? [plot1, plot0] : [plot0, plot1]),
    [d0, d1, pad, plot0, plot1, rtl],
  );
  const ticks = timeTicks(d0 - pad, d1 + pad, plot1 - plot0);
  const starts = useMemo(() => laneStarts(marks, lanes.length), [marks, lanes.length]);

  // One roving focusable mark for the keyboard; the pointer is hit-tested by position.
  const [current, setCurrent] = useState(0);
  const [hover, setHover] = useState<{ index: number; anchor: TooltipAnchor } | null>(null);
  const [focus, setFocus] = useState<{ index: number; anchor: TooltipAnchor } | null>(null);
  const proxy = useRef<SVGGElement | null>(null);
  const wantFocus = useRef(false);
  const at = Math.min(current, Math.max(marks.length - 1, 0));
  useEffect(() => {
    if (wantFocus.current && proxy.current) {
      wantFocus.current = false;
      proxy.current.focus();
    }
  });
  useEffect(() => {
    if (!hover && !focus) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') {
        setHover(null);
        setFocus(null);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hover, focus]);

  const laneName = (lane: JourneyLane | undefined) =>
    !lane
      ? ''
      : lane.kind === 'account'
        ? labels.accountLane
        : lane.kind === 'others'
          ? labels.othersLane(lane.folded)
          : lane.name;
  const creditText = (credit: Credit) => {
    // The deal's own currency, with its own amounts (the formatter is in deal.currency): a
    // reporting amount printed with the deal's symbol would be a wrong number.
    const amount = credit.amount;
    const share = fmt.percentFull(credit.weight);
    return amount === null ? share : `${fmt.money(amount, 2)} (${share})`;
  };
  const facts = (mark: JourneyMark): TouchFacts => {
    const lane = lanes[mark.lane];
    const contact = mark.credit?.personId ?? mark.touch?.personId ?? null;
    const person = contact ? contacts?.find((c) => c.id === contact) : undefined;
    return {
      time: dateTime.format(mark.time),
      contact: lane?.kind === 'others' ? person?.name || contact || '' : laneName(lane),
      channel: labels.channel(mark.channel),
      credit: mark.credit ? creditText(mark.credit) : null,
      rule: mark.excluded ? labels.exclusion(mark.excluded.reason) : (mark.credit?.position ?? ''),
      excluded: mark.excluded !== null,
    };
  };
  const tooltipOf = (index: number): TooltipContent | null => {
    const mark = marks[index];
    if (!mark) return null;
    const f = facts(mark);
    const type = mark.credit?.type ?? mark.touch?.type;
    const content = mark.credit?.title ?? mark.touch?.title;
    const lane = lanes[mark.lane];
    return {
      title: f.time,
      rows: [
        {
          key: 'contact',
          label: labels.contact,
          value: f.contact,
        },
        ...(lane?.role && lane.kind === 'contact'
          ? [{ key: 'role', label: labels.role, value: lane.role }]
          : []),
        {
          key: 'channel',
          label: labels.channel(mark.channel),
          value: type ? labels.touchType(type) : '',
          color: channelColor(mark.channel),
          swatch: 'circle',
        },
        ...(content ? [{ key: 'content', label: labels.content, value: content }] : []),
        ...(mark.credit
          ? [{ key: 'credit', label: labels.credit, value: f.credit ?? '' }]
          : [{ key: 'reason', label: labels.reason, value: f.rule }]),
        ...(mark.anchors.length > 0
          ? [
              {
                key: 'anchor',
                label: labels.anchor,
                value: mark.anchors.map(labels.milestone).join(', '),
              },
            ]
          : []),
      ],
      footer: mark.credit?.explanation ?? mark.excluded?.explanation,
    };
  };

  const select = (index: number) => {
    const mark = marks[index];
    if (!mark || !onSelect || !deal) return;
    onSelect({
      widget: 'deal-journey',
      kind: 'touch',
      key: mark.touchId,
      label: facts(mark).time,
      ids: [mark.touchId],
      entity: 'touch',
      detail: {
        dealId: deal.dealId,
        personId: mark.credit?.personId ?? mark.touch?.personId ?? null,
        credit: mark.credit,
        excluded: mark.excluded,
      },
    });
  };
  const svgRef = useRef<SVGSVGElement | null>(null);
  const pointAt = (clientX: number, clientY: number): number => {
    const svg = svgRef.current;
    if (!model || !svg) return -1;
    const box = svg.getBoundingClientRect();
    return hitMark(
      model,
      starts,
      { x, laneY, minRadius: MIN_R, maxRadius: maxR, top: TOP, lane: LANE, invert: x.invert },
      clientX - box.left,
      clientY - box.top,
    );
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const index = pointAt(event.clientX, event.clientY);
    if (index < 0) {
      if (hover) setHover(null);
      return;
    }
    setHover({ index, anchor: { x: event.clientX, y: event.clientY, fromKeyboard: false } });
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const index = pointAt(event.clientX, event.clientY);
    if (index >= 0) {
      setCurrent(index);
      select(index);
    }
  };
  const anchorOf = (element: Element): TooltipAnchor => {
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top, fromKeyboard: true };
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Escape') {
      setFocus(null);
      setHover(null);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(at);
      return;
    }
    const target = journeyKeyTarget(marks, starts, at, event.key, {
      rtl,
      ctrl: event.ctrlKey || event.metaKey,
    });
    if (target === null) return;
    event.preventDefault();
    if (target !== at) {
      wantFocus.current = true;
      setCurrent(target);
    }
  };

  const shownIndex = hover?.index ?? focus?.index ?? -1;
  const tooltip = shownIndex >= 0 ? tooltipOf(shownIndex) : null;
  const tooltipAnchor = hover?.anchor ?? focus?.anchor ?? null;

  // The dots as a few paths (one per look), memoised: hover and focus re-render the widget,
  // not 12,000 circles.
  const dots = useMemo(() => {
    if (!model) return null;
    const layers = journeyDots(model, { x, laneY, minRadius: MIN_R, maxRadius: maxR }, (channel) =>
      Math.min(slotOf.get(channel) ?? SERIES_COUNT, SERIES_COUNT),
    );
    return (
      // biome-ignore lint/a11y/noAriaHiddenOnFocusable: paths, not focusable; the roving mark carries each touch's facts
      <g aria-hidden="true" style={{ cursor: onSelect ? 'pointer' : undefined }}>
        {layers.map((layer) => (
          <path key={layer.kind} d={layer.d} style={layerStyle(layer.kind, dense)} />
        ))}
      </g>
    );
  }, [model, slotOf, x, onSelect, maxR, dense]);

  // Rule labels: two rows, so labels of close milestones do not overlap.
  const ruleLabels = useMemo(() => {
    // Two rows of labels; when even two rows collide (a narrow card, close milestones), every
    // label takes its short form.
    const place = (name: (milestone: string) => string) => {
      const rows = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
      let collided = false;
      const placed = (model?.rules ?? []).map((rule) => {
        const px = x(rule.time);
        const text = name(rule.milestone);
        const w = text.length * 6.5 + 8;
        // The label stays inside the plot; the rule itself stays on its instant.
        const lx = Math.min(Math.max(px, w / 2), width - w / 2);
        const row =
          lx - w / 2 >= (rows[0] as number) ? 0 : lx - w / 2 >= (rows[1] as number) ? 1 : -1;
        if (row < 0) collided = true;
        rows[Math.max(row, 0)] = lx + w / 2;
        return { rule, px, lx, text, row: Math.max(row, 0) };
      });
      return { placed, collided };
    };
    const full = place(labels.milestone);
    return full.collided ? place(labels.milestoneShort).placed : full.placed;
  }, [model, labels, x, width]);

  const colorLegend: LegendItem[] = [
    ...channels.slice(0, SERIES_COUNT).map((c) => ({
      key: c,
      label: labels.channel(c),
      color: channelColor(c),
      shape: 'circle' as const,
    })),
    ...(channels.length > SERIES_COUNT
      ? [
          {
            key: '(other)',
            label: labels.channel('other_campaign'),
            color: otherColor,
            shape: 'circle' as const,
          },
        ]
      : []),
    ...(marks.some((m) => m.excluded)
      ? [
          {
            key: '(excluded)',
            label: labels.excluded,
            color: color.muted,
            shape: 'dotted' as const,
          },
        ]
      : []),
  ];

  const current_ = marks[at];
  const proxyR = current_
    ? current_.excluded
      ? MIN_R
      : creditRadius(current_.credit?.weight ?? 0, model?.maxWeight ?? 0, MIN_R, maxR)
    : 0;
  const unattributed =
    deal && deal.credits.length === 0 ? labels.unattributed(deal.unattributed) : null;
  const pending =
    deal && deal.pendingWeight > 0
      ? labels.pending(
          fmt.percentFull(deal.pendingWeight),
          fmt.money(deal.pendingReportingAmount ?? deal.pendingAmount ?? 0, 2),
        )
      : null;
  const unplaced =
    model && model.unplaced.length > 0 ? labels.unplaced(model.unplaced.length) : null;
  const notes = [unattributed, pending, unplaced].filter((n): n is string => n !== null);
  const shown: WidgetStatus = status === 'ready' && !deal ? 'empty' : status;
  const contactCount = (lanes.filter((l) => l.kind === 'contact').length +
    (model?.hiddenContacts ?? 0)) as number;

  const [tableOpened, setTableOpened] = useState(showData ?? false);
  const tableRows =
    tableOpened && model && deal
      ? journeyTableRows(model.marks, model.unplaced, facts, labels)
      : [];

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
      dir={dir}
      className={className}
      rootRef={size.ref}
      placeholder={(state) => (
        <svg aria-hidden="true" width="100%" height={TOP + 4 * LANE + AXIS} style={styles.svg}>
          {[0, 1, 2, 3].map((i) => (
            <g key={i}>
              <rect
                x={0}
                y={TOP + i * LANE + 10}
                width={Math.min(labelW, 120)}
                height={12}
                rx={2}
                style={{ fill: color.track }}
              />
              {state === 'loading' ? (
                [0.2, 0.45, 0.7].map((f) => (
                  <circle
                    key={f}
                    cx={`${30 + f * 65 + i * 3}%`}
                    cy={TOP + i * LANE + 16}
                    r={5}
                    style={{ fill: color.track }}
                  />
                ))
              ) : (
                <line
                  x1={plot0}
                  x2={plot1}
                  y1={TOP + i * LANE + 16}
                  y2={TOP + i * LANE + 16}
                  style={{ stroke: color.grid }}
                />
              )}
            </g>
          ))}
        </svg>
      )}
      footnote={notes.length > 0 ? notes.join(' ') : undefined}
    >
      {deal ? (
        <p style={styles.summary}>
          {labels.summary({
            amount: deal.amount !== null ? fmt.money(deal.amount) : null,
            credited: deal.credits.length,
            contacts: contactCount,
            excluded: deal.excluded.length,
            converted: day.format(Date.parse(deal.convertedAt)),
          })}
        </p>
      ) : null}
      <Legend items={colorLegend} style={{ marginBottom: 8 }} />
      <div style={{ position: 'relative' }}>
        {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/useKeyWithClickEvents: an SVG group of marks (not a fieldset); pointer hover and click are delegated from the dots, the keyboard path is the roving mark below */}
        <svg
          ref={svgRef}
          role="group"
          aria-labelledby={ids.title}
          aria-describedby={description ? ids.description : undefined}
          width={width}
          height={height}
          style={styles.svg}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setHover(null)}
          onClick={onClick}
        >
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: axes, lanes and rules are text and lines, not focusable */}
          <g aria-hidden="true">
            {ticks.map((tick) => (
              <g key={tick.time}>
                <line
                  x1={x(tick.time)}
                  x2={x(tick.time)}
                  y1={TOP}
                  y2={height - AXIS}
                  style={{ stroke: color.grid }}
                />
                <text
                  x={x(tick.time)}
                  y={height - 6}
                  textAnchor="middle"
                  style={{ fill: color.muted, fontSize: font.tick, ...tabular }}
                >
                  {formatTimeTick(tick, locale)}
                </text>
              </g>
            ))}
            {lanes.map((lane, i) => (
              <g key={lane.personId ?? `(${lane.kind})`}>
                <line
                  x1={0}
                  x2={width}
                  y1={TOP + (i + 1) * LANE}
                  y2={TOP + (i + 1) * LANE}
                  style={{ stroke: color.grid, strokeOpacity: 0.6 }}
                />
                <text
                  x={rtl ? width : 0}
                  y={laneY(i)}
                  dy="0.35em"
                  textAnchor={rtl ? 'end' : 'start'}
                  style={{ fontSize: font.label }}
                >
                  <title>{lane.role ? `${laneName(lane)} · ${lane.role}` : laneName(lane)}</title>
                  <tspan
                    style={{
                      fill: lane.kind === 'contact' ? color.text : color.muted,
                      fontWeight: lane.kind === 'contact' ? 600 : 400,
                    }}
                  >
                    {truncate(laneName(lane), Math.floor(labelW / 7.5))}
                  </tspan>
                  {lane.role &&
                  lane.kind === 'contact' &&
                  labelW - laneName(lane).length * 7.5 > 40 ? (
                    <tspan style={{ fill: color.muted }}>
                      {' '}
                      {truncate(
                        lane.role,
                        Math.floor((labelW - laneName(lane).length * 7.5) / 6.5) - 1,
                      )}
                    </tspan>
                  ) : null}
                </text>
              </g>
            ))}
            {ruleLabels.map(({ rule, px, lx, text, row }) => (
              <g key={`${rule.milestone}-${rule.time}`}>
                <line
                  x1={px}
                  x2={px}
                  y1={TOP - 4 - (1 - row) * 14 + 2}
                  y2={height - AXIS}
                  style={{ stroke: color.text }}
                  strokeWidth={1.5}
                  strokeDasharray="4 3"
                />
                <text
                  x={lx}
                  y={TOP - 8 - (1 - row) * 14}
                  textAnchor="middle"
                  style={{
                    fill: color.text,
                    fontSize: font.tick,
                    fontWeight: 600,
                    paintOrder: 'stroke',
                    stroke: color.surface,
                    strokeWidth: 3,
                  }}
                >
                  {text}
                </text>
              </g>
            ))}
          </g>
          {dots}
          {current_ ? (
            // biome-ignore lint/a11y/noStaticElementInteractions: the roving mark of the keyboard path (role set below)
            <g
              key={at}
              ref={proxy}
              tabIndex={0}
              role={onSelect ? 'button' : 'img'}
              aria-label={labels.touchName(facts(current_))}
              aria-describedby={focus && tooltip ? `${ids.root}-tooltip` : undefined}
              transform={`translate(${x(current_.time)} ${laneY(current_.lane)})`}
              style={{ outline: 'none' }}
              onKeyDown={onKeyDown}
              onFocus={(event) => setFocus({ index: at, anchor: anchorOf(event.currentTarget) })}
              onBlur={() => setFocus(null)}
            >
              <circle
                r={proxyR + 4}
                style={{ fill: 'none', stroke: focus ? color.focus : 'none' }}
                strokeWidth={2}
              />
            </g>
          ) : null}
        </svg>
      </div>
      {model && model.hiddenContacts > 0 ? (
        <button type="button" style={styles.more} onClick={() => setExpanded(true)}>
          {labels.showAllContacts(contactCount)}
        </button>
      ) : expanded ? (
        <button type="button" style={styles.more} onClick={() => setExpanded(false)}>
          {labels.showFewerContacts}
        </button>
      ) : null}
      {/* The table renders its rows once opened: thousands of touches cost nothing until asked for. */}
      <div
        onClickCapture={(event) => {
          if ((event.target as Element).closest?.('summary')) setTableOpened(true);
        }}
      >
        <DataTable
          caption={title}
          toggle={labels.showData}
          open={showData}
          columns={[
            { key: 'time', header: labels.time },
            { key: 'contact', header: labels.contact },
            { key: 'channel', header: labels.channelHeader },
            { key: 'type', header: labels.type },
            { key: 'credit', header: labels.credit, numeric: true },
            { key: 'rule', header: `${labels.rule} / ${labels.reason}` },
          ]}
          rows={tableRows}
        />
      </div>
      <Tooltip
        id={`${ids.root}-tooltip`}
        content={tooltip}
        anchor={tooltip ? tooltipAnchor : null}
      />
    </ChartFrame>
  );
}

function journeyTableRows(
  marks: readonly JourneyMark[],
  unplaced: readonly ExcludedTouch[],
  facts: (mark: JourneyMark) => TouchFacts,
  labels: DealJourneyLabels,
) {
  const ordered = [...marks].sort((a, b) => a.time - b.time || (a.touchId < b.touchId ? -1 : 1));
  const rows = ordered.map((mark) => {
    const f = facts(mark);
    const type = mark.credit?.type ?? mark.touch?.type;
    return {
      key: mark.touchId,
      cells: [
        f.time,
        f.contact,
        f.channel,
        type ? labels.touchType(type) : '',
        f.credit ?? '—',
        mark.credit?.explanation ?? `${f.rule}: ${mark.excluded?.explanation ?? ''}`,
      ],
    };
  });
  for (const excluded of unplaced) {
    rows.push({
      key: excluded.touchId,
      cells: [
        '—',
        '—',
        '—',
        '',
        '—',
        `${labels.exclusion(excluded.reason)}: ${excluded.explanation}`,
      ],
    });
  }
  return rows;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}
