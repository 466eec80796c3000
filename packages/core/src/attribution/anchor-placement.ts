import type { Dataset } from '../model/dataset';
import type { Deal } from '../model/deals';
import type { TouchpointType } from '../model/vocabulary';
import { parseInstant } from '../time/instant';
import { recordTimes } from '../time/record-times';
import { formatDate } from './format';
import { type AttributionMilestone, milestoneKind, milestoneLabel } from './milestones';
import type { AttributionConversion, ResolvedAttributionOptions } from './options';
import type { TouchIndex } from './touch-index';

/**
 * Touch types that count as a form fill or a campaign / program response: Marketo Measure's
 * lead-creation touch and the only touches it gives middle credit.
 */
export const FORM_AND_CAMPAIGN_TYPES: ReadonlySet<TouchpointType> = new Set<TouchpointType>([
  'form_submission',
  'content_download',
  'event_registration',
  'event_attendance',
  'webinar_attendance',
  'campaign_response',
  'meeting_booked',
]);

type PersonFacts = { createdAt: number | null; stageDates: Record<string, string> };

/**
 * What anchors need to know about people and deal stages, built lazily once per dataset:
 * people's creation instants and lifecycle-stage dates, and deal-stage history (only read
 * when a `deal-stage:<id>` anchor asks for it).
 */
export class AnchorLookup {
  private personFacts: Map<string, PersonFacts> | null = null;
  private stages: Map<string, Map<string, number>> | null = null;

  constructor(private readonly dataset: Pick<Dataset, 'people' | 'changes'>) {}

  /** Person id → creation instant (ms) or null, and the instants of lifecycle stages. */
  get persons(): ReadonlyMap<string, PersonFacts> {
    if (!this.personFacts) {
      this.personFacts = new Map();
      const { people } = this.dataset;
      const created = recordTimes(people, 'createdAt');
      for (let p = 0; p < people.length; p++) {
        const person = people[p] as (typeof people)[number];
        this.personFacts.set(person.id, {
          createdAt: person.createdAt === null ? null : (created[p] as number),
          stageDates: person.stageDates,
        });
      }
    }
    return this.personFacts;
  }

  /** Deal id → stage id → first instant the deal entered it (from `dealStage` history). */
  get dealStages(): ReadonlyMap<string, ReadonlyMap<string, number>> {
    if (!this.stages) {
      const stages = new Map<string, Map<string, number>>();
      const { changes } = this.dataset;
      const times = recordTimes(changes, 'at');
      for (let c = 0; c < changes.length; c++) {
        const change = changes[c] as (typeof changes)[number];
        if (change.entity !== 'deal' || change.field !== 'dealStage' || change.to === null)
          continue;
        const at = times[c] as number;
        let byStage = stages.get(change.entityId);
        if (!byStage) {
          byStage = new Map();
          stages.set(change.entityId, byStage);
        }
        const before = byStage.get(change.to);
        if (before === undefined || at < before) byStage.set(change.to, at);
      }
      this.stages = stages;
    }
    return this.stages;
  }
}

/** Builds the (lazy) anchor lookup of a dataset. */
export function buildAnchorLookup(dataset: Pick<Dataset, 'people' | 'changes'>): AnchorLookup {
  return new AnchorLookup(dataset);
}

/** Where one anchor landed on a journey. */
export interface AnchorPlacement {
  /** Position in the journey, or −1 when no touch qualifies. */
  position: number;
  /** The milestone's instant (ms), or null. */
  at: number | null;
  /** The contact whose milestone it is, when it is a contact's. */
  personId: string | null;
  /** Which touch it is, or why there is none. */
  explanation: string;
}

/** The deal-level facts an anchor can depend on. */
export interface AnchorDeal {
  deal: Deal;
  /** Conversion instant (ms). */
  convertedAt: number;
  /** The deal's contacts (person ids). */
  contacts: ReadonlySet<string>;
}

/** Index of the last journey position whose time ≤ t, or −1. */
function lastAtOrBefore(index: TouchIndex, journey: readonly number[], t: number): number {
  let low = 0;
  let high = journey.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((index.time[journey[middle] ?? 0] ?? 0) <= t) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The last journey position of `personId` with time ≤ t, or −1. */
function lastOfPersonAtOrBefore(
  index: TouchIndex,
  journey: readonly number[],
  personId: string,
  t: number,
): number {
  for (let k = lastAtOrBefore(index, journey, t); k >= 0; k--) {
    if (index.touches[journey[k] ?? 0]?.personId === personId) return k;
  }
  return -1;
}

const EVENT_WORDS: Readonly<Record<AttributionConversion, string>> = {
  'closed-won': 'the deal was won',
  'deal-created': 'the deal was created',
  'open-pipeline': 'the as-of date',
};

/** "the deal was won on 2026-05-06" — the conversion event in words. */
export function conversionWords(kind: AttributionConversion, at: number, timeZone: string): string {
  return kind === 'open-pipeline'
    ? `the as-of date ${formatDate(at, timeZone)}`
    : `${EVENT_WORDS[kind]} on ${formatDate(at, timeZone)}`;
}

/** The people whose milestones count for a deal: its contacts, else everyone in the journey. */
function milestonePeople(
  index: TouchIndex,
  journey: readonly number[],
  deal: AnchorDeal,
): string[] {
  if (deal.contacts.size > 0) return [...deal.contacts];
  const people = new Set<string>();
  for (const i of journey) {
    const personId = index.touches[i]?.personId;
    if (personId) people.add(personId);
  }
  return [...people];
}

function missing(explanation: string, at: number | null = null): AnchorPlacement {
  return { position: -1, at, personId: null, explanation };
}

function leadCreation(
  index: TouchIndex,
  journey: readonly number[],
  deal: AnchorDeal,
  lookup: AnchorLookup,
  options: ResolvedAttributionOptions,
): AnchorPlacement {
  const tz = options.timeZone;
  if (options.anchorSemantics === 'marketo-measure') {
    for (let k = 0; k < journey.length; k++) {
      const touch = index.touches[journey[k] ?? 0];
      if (touch && FORM_AND_CAMPAIGN_TYPES.has(touch.type)) {
        const at = index.time[journey[k] ?? 0] ?? 0;
        return {
          position: k,
          at,
          personId: touch.personId,
          explanation: `the first form fill or campaign response of any contact, on ${formatDate(at, tz)}`,
        };
      }
    }
    return missing('no contact filled a form or responded to a campaign before the conversion');
  }
  // HubSpot: the interaction that created the deal's oldest contact.
  let oldest: string | null = null;
  let oldestAt = Number.POSITIVE_INFINITY;
  for (const personId of milestonePeople(index, journey, deal)) {
    const createdAt = lookup.persons.get(personId)?.createdAt ?? null;
    if (createdAt === null) continue;
    if (createdAt < oldestAt || (createdAt === oldestAt && oldest !== null && personId < oldest)) {
      oldest = personId;
      oldestAt = createdAt;
    }
  }
  if (oldest === null) return missing('no contact of the deal has a creation date');
  if (oldestAt > deal.convertedAt) {
    return missing(
      `the oldest contact was created on ${formatDate(oldestAt, tz)}, after the conversion`,
      oldestAt,
    );
  }
  const position = lastOfPersonAtOrBefore(index, journey, oldest, oldestAt);
  if (position < 0) {
    return {
      position: -1,
      at: oldestAt,
      personId: oldest,
      explanation: `no touch of the oldest contact before they were created on ${formatDate(oldestAt, tz)}`,
    };
  }
  return {
    position,
    at: oldestAt,
    personId: oldest,
    explanation: `the last touch before the contact was created on ${formatDate(oldestAt, tz)}`,
  };
}

function dealMilestone(
  index: TouchIndex,
  journey: readonly number[],
  deal: AnchorDeal,
  at: number | null,
  event: string,
  absent: string,
  timeZone: string,
): AnchorPlacement {
  if (at === null) return missing(absent);
  if (at > deal.convertedAt) {
    return missing(`${event} on ${formatDate(at, timeZone)}, after the conversion`, at);
  }
  const position = lastAtOrBefore(index, journey, at);
  if (position < 0) return missing(`no touch before ${event} on ${formatDate(at, timeZone)}`, at);
  return {
    position,
    at,
    personId: null,
    explanation: `the last touch before ${event} on ${formatDate(at, timeZone)}`,
  };
}

function personStage(
  index: TouchIndex,
  journey: readonly number[],
  deal: AnchorDeal,
  stage: string,
  label: string,
  lookup: AnchorLookup,
  timeZone: string,
): AnchorPlacement {
  const reached: Array<{ personId: string; at: number }> = [];
  for (const personId of milestonePeople(index, journey, deal)) {
    const text = lookup.persons.get(personId)?.stageDates[stage];
    if (text === undefined) continue;
    const at = parseInstant(text);
    if (at <= deal.convertedAt) reached.push({ personId, at });
  }
  if (reached.length === 0)
    return missing(`no contact of the deal became ${label} before the conversion`);
  reached.sort((a, b) => a.at - b.at || (a.personId < b.personId ? -1 : 1));
  for (const { personId, at } of reached) {
    const position = lastOfPersonAtOrBefore(index, journey, personId, at);
    if (position >= 0) {
      return {
        position,
        at,
        personId,
        explanation: `the last touch before the contact became ${label} on ${formatDate(at, timeZone)}`,
      };
    }
  }
  const first = reached[0] as { personId: string; at: number };
  return {
    position: -1,
    at: first.at,
    personId: first.personId,
    explanation: `no contact had a touch before becoming ${label} (first on ${formatDate(first.at, timeZone)})`,
  };
}

/**
 * Places one anchor on a journey (touch indexes sorted by time): the earliest touch for
 * `first-touch`, the last for `last-touch`, and otherwise the last touch at or before the
 * milestone — of any contact for deal milestones (opportunity created, closed won, deal
 * stages), of the contact concerned for contact milestones (lead creation under HubSpot
 * semantics: the oldest contact; lifecycle stages: the first contact to reach the stage who
 * has a touch before it). Under Marketo Measure semantics lead creation is the first form
 * fill or campaign response of any contact. A milestone after the conversion is not reached.
 */
export function placeAnchor(
  milestone: AttributionMilestone,
  index: TouchIndex,
  journey: readonly number[],
  deal: AnchorDeal,
  lookup: AnchorLookup,
  options: ResolvedAttributionOptions,
): AnchorPlacement {
  const tz = options.timeZone;
  if (journey.length === 0) return missing('the journey has no touch');
  const kind = milestoneKind(milestone);
  switch (kind.kind) {
    case 'first-touch': {
      const at = index.time[journey[0] ?? 0] ?? 0;
      const who = options.scope === 'account' ? 'anyone at the account' : 'any contact on the deal';
      return {
        position: 0,
        at,
        personId: null,
        explanation: `the earliest touch of ${who}, on ${formatDate(at, tz)}`,
      };
    }
    case 'last-touch':
      return {
        position: journey.length - 1,
        at: deal.convertedAt,
        personId: null,
        explanation: `the last touch before ${conversionWords(options.conversion, deal.convertedAt, tz)}`,
      };
    case 'lead-creation':
      return leadCreation(index, journey, deal, lookup, options);
    case 'opportunity-created':
      return dealMilestone(
        index,
        journey,
        deal,
        deal.deal.createdAt === null ? null : parseInstant(deal.deal.createdAt),
        'the deal was created',
        'the deal has no creation date',
        tz,
      );
    case 'closed-won': {
      const wonAt =
        deal.deal.status === 'won' && deal.deal.closedAt !== null
          ? parseInstant(deal.deal.closedAt)
          : deal.deal.status === 'won' && options.conversion === 'closed-won'
            ? deal.convertedAt
            : null;
      return dealMilestone(
        index,
        journey,
        deal,
        wonAt,
        'the deal was won',
        'the deal is not won',
        tz,
      );
    }
    case 'deal-stage':
      return dealMilestone(
        index,
        journey,
        deal,
        lookup.dealStages.get(deal.deal.id)?.get(kind.stage) ?? null,
        `the deal entered ${milestoneLabel(milestone)}`,
        `the deal has no history of entering ${milestoneLabel(milestone)}`,
        tz,
      );
    case 'person-stage':
      return personStage(index, journey, deal, kind.stage, milestoneLabel(milestone), lookup, tz);
  }
}
