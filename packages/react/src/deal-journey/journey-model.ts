import type {
  AttributionMilestone,
  Credit,
  DealAttribution,
  ExcludedTouch,
  ResolvedAnchor,
} from '@closedloop/core';

/** A contact of the deal's buying group, as the lane label shows it. */
export interface JourneyContact {
  /** The person id the credits carry (`Credit.personId`). */
  id: string;
  /** Display name; default: the id. */
  name?: string | null;
  /** The contact's role on the deal (economic buyer, champion …), or null. */
  role?: string | null;
}

/**
 * What the journey needs to know of a touch that was left out (core reports only its id and
 * reason): when it happened, whose it was, its channel. A core `Touchpoint` fits as it is.
 */
export interface JourneyTouch {
  id: string;
  occurredAt: string;
  personId: string | null;
  channel: string;
  type?: string;
  title?: string | null;
  campaignId?: string | null;
}

/** One touch on the timeline: credited (possibly with zero credit) or excluded. */
export interface JourneyMark {
  touchId: string;
  /** Epoch milliseconds. */
  time: number;
  /** Index into `lanes`. */
  lane: number;
  channel: string;
  /** The credit, for a journey touch. */
  credit: Credit | null;
  /** The exclusion, for a touch left out. */
  excluded: ExcludedTouch | null;
  /** Extra facts of an excluded touch (type, title), when `touches` gave them. */
  touch: JourneyTouch | null;
  /** The anchors this touch holds (empty for most touches). */
  anchors: AttributionMilestone[];
}

/** One lane: a contact, the account (touches without a contact) or the collapsed rest. */
export interface JourneyLane {
  /** Person id; `null` for the account lane and the collapsed lane. */
  personId: string | null;
  kind: 'contact' | 'account' | 'others';
  name: string;
  role: string | null;
  /** Contacts folded into a collapsed lane (0 otherwise). */
  folded: number;
  /** Touches on the lane (credited and excluded). */
  touches: number;
  /** Credit share the lane's touches hold (0–1). */
  weight: number;
}

/** A lifecycle milestone drawn as a full-height rule. */
export interface JourneyRule {
  milestone: AttributionMilestone | 'converted';
  /** Epoch milliseconds. */
  time: number;
  /** The anchor's touch, if it has one. */
  touchId: string | null;
  explanation: string;
}

/** Everything the timeline draws, before pixels. */
export interface JourneyModel {
  lanes: JourneyLane[];
  /** In lane order, then time. */
  marks: JourneyMark[];
  rules: JourneyRule[];
  /** Excluded touches with no known time (not in `touches`): listed, never dropped. */
  unplaced: ExcludedTouch[];
  /** Time span of marks and rules (epoch ms); equal ends when there is one instant. */
  domain: [number, number];
  /** Largest credit weight of a touch (0 when none). */
  maxWeight: number;
  /** Contacts hidden in the collapsed lane. */
  hiddenContacts: number;
}

/** Options of `journeyModel`. */
export interface JourneyModelOptions {
  contacts?: readonly JourneyContact[];
  touches?: readonly JourneyTouch[];
  /** Lanes shown before the rest fold into one; default 8. `Infinity` shows all. */
  maxLanes?: number;
}

const ACCOUNT = '\u0000account';
const NO_ANCHORS: AttributionMilestone[] = [];

interface LaneDraft {
  key: string;
  personId: string | null;
  first: number;
  touches: number;
  weight: number;
  order: number;
}

/**
 * Lays out one deal's journey: a lane per contact (in order of first touch; contacts given
 * without touches last, in the order given), a lane for account-level touches, and past
 * `maxLanes` one lane holding the rest. Credited touches and excluded touches (placed when
 * `touches` tells their time and contact) become marks; anchors with an instant and the
 * conversion become rules. Pure and linear in the number of touches.
 */
export function journeyModel(
  deal: DealAttribution,
  options: JourneyModelOptions = {},
): JourneyModel {
  const { contacts = [], touches = [], maxLanes = 8 } = options;
  const touchById = new Map<string, JourneyTouch>();
  for (const touch of touches) touchById.set(touch.id, touch);
  const anchorsByTouch = new Map<string, AttributionMilestone[]>();
  for (const anchor of deal.anchors) {
    if (anchor.touchId === null) continue;
    const held = anchorsByTouch.get(anchor.touchId);
    if (held) held.push(anchor.milestone);
    else anchorsByTouch.set(anchor.touchId, [anchor.milestone]);
  }

  const drafts = new Map<string, LaneDraft>();
  const laneOf = (personId: string | null, time: number, weight: number): LaneDraft => {
    const key = personId ?? ACCOUNT;
    let lane = drafts.get(key);
    if (!lane) {
      lane = { key, personId, first: time, touches: 0, weight: 0, order: drafts.size };
      drafts.set(key, lane);
    }
    if (time < lane.first) lane.first = time;
    lane.touches++;
    lane.weight += weight;
    return lane;
  };

  // Marks are built once; `lane` is set after the lanes are ordered (the draft's lane until then).
  const marks: JourneyMark[] = [];
  const draftOf: LaneDraft[] = [];
  let maxWeight = 0;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const credit of deal.credits) {
    const time = Date.parse(credit.occurredAt);
    if (credit.weight > maxWeight) maxWeight = credit.weight;
    if (time < lo) lo = time;
    if (time > hi) hi = time;
    marks.push({
      touchId: credit.touchId,
      time,
      lane: 0,
      channel: credit.channel,
      credit,
      excluded: null,
      touch: null,
      anchors: anchorsByTouch.get(credit.touchId) ?? NO_ANCHORS,
    });
    draftOf.push(laneOf(credit.personId, time, credit.weight));
  }
  const unplaced: ExcludedTouch[] = [];
  for (const excluded of deal.excluded) {
    const touch = touchById.get(excluded.touchId);
    const time = touch ? Date.parse(touch.occurredAt) : Number.NaN;
    if (!touch || Number.isNaN(time)) {
      unplaced.push(excluded);
      continue;
    }
    if (time < lo) lo = time;
    if (time > hi) hi = time;
    marks.push({
      touchId: excluded.touchId,
      time,
      lane: 0,
      channel: touch.channel,
      credit: null,
      excluded,
      touch,
      anchors: NO_ANCHORS,
    });
    draftOf.push(laneOf(touch.personId, time, 0));
  }

  const rules = milestoneRules(deal.anchors, deal.convertedAt);
  for (const rule of rules) {
    if (rule.time < lo) lo = rule.time;
    if (rule.time > hi) hi = rule.time;
  }
  if (lo > hi) lo = hi = Date.parse(deal.convertedAt) || 0;

  // Contacts of the buying group without any touch still get a lane: they are part of it.
  const contactById = new Map<string, JourneyContact>();
  for (const contact of contacts) contactById.set(contact.id, contact);
  const ordered = [...drafts.values()].sort((a, b) => {
    if ((a.personId === null) !== (b.personId === null)) return a.personId === null ? 1 : -1;
    return a.first - b.first || a.order - b.order;
  });
  const silent = contacts.filter((c) => !drafts.has(c.id));

  const lanes: JourneyLane[] = [];
  const laneIndex = new Map<string, number>();
  const total = ordered.length + silent.length;
  const shown = total > maxLanes ? Math.max(maxLanes - 1, 1) : total;
  let others: JourneyLane | null = null;
  const place = (key: string, personId: string | null, count: number, weight: number) => {
    if (lanes.length < shown) {
      laneIndex.set(key, lanes.length);
      const contact = personId === null ? undefined : contactById.get(personId);
      lanes.push({
        personId,
        kind: personId === null ? 'account' : 'contact',
        name: contact?.name || personId || '',
        role: contact?.role ?? null,
        folded: 0,
        touches: count,
        weight,
      });
      return;
    }
    if (!others) {
      others = {
        personId: null,
        kind: 'others',
        name: '',
        role: null,
        folded: 0,
        touches: 0,
        weight: 0,
      };
      lanes.push(others);
    }
    laneIndex.set(key, lanes.length - 1);
    others.folded++;
    others.touches += count;
    others.weight += weight;
  };
  for (const lane of ordered) place(lane.key, lane.personId, lane.touches, lane.weight);
  for (const contact of silent) place(contact.id, contact.id, 0, 0);

  // Bucket by lane (a stable pass), then sort a lane only if its touches are out of time
  // order (credits come in time order; excluded touches are appended after them).
  const buckets: JourneyMark[][] = lanes.map(() => []);
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i] as JourneyMark;
    mark.lane = laneIndex.get((draftOf[i] as LaneDraft).key) ?? 0;
    (buckets[mark.lane] as JourneyMark[]).push(mark);
  }
  let k = 0;
  for (const bucket of buckets) {
    let sorted = true;
    for (let i = 1; i < bucket.length && sorted; i++) {
      if ((bucket[i] as JourneyMark).time < (bucket[i - 1] as JourneyMark).time) sorted = false;
    }
    if (!sorted) bucket.sort((a, b) => a.time - b.time);
    for (const mark of bucket) marks[k++] = mark;
  }

  const folded = (others as JourneyLane | null)?.folded ?? 0;
  return { lanes, marks, rules, unplaced, domain: [lo, hi], maxWeight, hiddenContacts: folded };
}

/** The anchors that have an instant, merged when two fall on the same one, and the conversion. */
function milestoneRules(anchors: readonly ResolvedAnchor[], convertedAt: string): JourneyRule[] {
  const rules: JourneyRule[] = [];
  for (const anchor of anchors) {
    if (anchor.at === null) continue;
    const time = Date.parse(anchor.at);
    if (Number.isNaN(time)) continue;
    rules.push({
      milestone: anchor.milestone,
      time,
      touchId: anchor.touchId,
      explanation: anchor.explanation,
    });
  }
  const converted = Date.parse(convertedAt);
  if (
    !Number.isNaN(converted) &&
    !rules.some((r) => r.milestone === 'closed-won' && r.time === converted)
  ) {
    rules.push({ milestone: 'converted', time: converted, touchId: null, explanation: '' });
  }
  rules.sort((a, b) => a.time - b.time);
  return rules;
}

/**
 * The radius (px) of a touch's dot: area in proportion to its credit, `minRadius` for the
 * smallest credit above zero, `maxRadius` for the deal's largest. Zero credit draws a hollow
 * dot of `minRadius`.
 */
export function creditRadius(
  weight: number,
  maxWeight: number,
  minRadius = 3,
  maxRadius = 12,
): number {
  if (weight <= 0 || maxWeight <= 0) return minRadius;
  const area = (weight / maxWeight) * maxRadius * maxRadius;
  return Math.max(minRadius, Math.sqrt(area));
}
