import { dealRecordAsOf } from '../lifecycle/deal-as-of';
import type { Deal } from '../model/deals';
import type { Lead, Person } from '../model/people';
import type { Activity } from '../model/sales';
import { parseInstant } from '../time/instant';
import { recordTimes } from '../time/record-times';
import { INBOUND } from './activity-index';
import type { WalkContext } from './context';
import type { Episode } from './types';

/** The episode whose window `[mqlMs, endMs)` holds `ms`, searching forward from `k`. */
function episodeAt(episodes: Episode[], k: number, ms: number): number {
  let i = k;
  while (i < episodes.length && ms >= (episodes[i] as Episode).endMs) i++;
  return i < episodes.length && ms >= (episodes[i] as Episode).mqlMs ? i : -1;
}

/** The activity of an entry of `activitiesByPerson`. */
function activityOf(ctx: WalkContext, entry: number): Activity {
  const { activities, activityOf } = ctx.index;
  return activities[activityOf[entry] as number] as Activity;
}

/**
 * Human activities of the person into its episodes (`from` … end of `episodes`): inbound ones
 * are the buyer's, so they mark a contact but are not attempts; a meeting is both an attempt
 * and a contact; calls and e-mails are attempts. Touches before the MQL belong to no episode;
 * those after `asOf` are ignored.
 */
export function linkActivities(ctx: WalkContext, p: number, episodes: Episode[], from: number) {
  const { activityMs, activityFlags, activitiesByPerson } = ctx.index;
  const first = activitiesByPerson.start[p] as number;
  const last = activitiesByPerson.start[p + 1] as number;
  if (first === last) return;
  const createdMs = recordTimes(ctx.dataset.people, 'createdAt')[p] as number;
  // Activities are in time order, so each episode's attempts come together: gathered in the
  // context's buffer and stored at their exact size when the next episode starts.
  const attempts = ctx.buffer;
  let filling: Episode | null = null;
  let n = 0;
  let k = from;
  for (let j = first; j < last; j++) {
    const entry = activitiesByPerson.order[j] as number;
    const ms = activityMs[entry] as number;
    if (ms > ctx.config.asOfMs) break;
    // The activity record is read only for the evidence it gives.
    if (ms < createdMs) {
      ctx.quality.add('activity_before_person_created', activityOf(ctx, entry).id);
    }
    const found = episodeAt(episodes, k, ms);
    if (found < 0) continue;
    k = found;
    const ep = episodes[found] as Episode;
    const flags = activityFlags[entry] as number;
    if (flags !== 0 && !(ep.contactMs <= ms)) {
      ep.contactMs = ms;
      ep.contactAt = activityOf(ctx, entry).occurredAt;
    }
    if ((flags & INBOUND) !== 0) continue;
    if (ep !== filling) {
      if (filling !== null) filling.attemptMs = attempts.slice(0, n);
      filling = ep;
      n = 0;
      const touch = activityOf(ctx, entry);
      ep.firstTouchAt = touch.occurredAt;
      ep.firstTouchActivityId = touch.id;
      ep.firstTouchOwnerId = touch.ownerId;
    }
    attempts[n++] = ms;
  }
  if (filling !== null) filling.attemptMs = attempts.slice(0, n);
}

/**
 * Lead work items into episodes: a lead belongs to the episode whose window holds its
 * `createdAt` (one created before the first MQL to the first episode). The first lead of an
 * episode is its lead; further ones are `lead_extra_in_episode` findings. Returns, by episode
 * (index − from), the first of its leads that converted into a deal, if any.
 */
export function linkLeads(
  ctx: WalkContext,
  p: number,
  episodes: Episode[],
  from: number,
): (Lead | null)[] {
  const { leads, leadMs, leadsByPerson } = ctx.index;
  const converted: (Lead | null)[] = [];
  for (let i = from; i < episodes.length; i++) converted.push(null);
  for (let j = leadsByPerson.start[p] as number; j < (leadsByPerson.start[p + 1] as number); j++) {
    const index = leadsByPerson.order[j] as number;
    const lead = leads[index] as Lead;
    const ms = leadMs[index] as number;
    // In time order: leads created after asOf do not exist yet.
    if (ms > ctx.config.asOfMs) break;
    if (episodes.length === from) {
      ctx.quality.add('lead_without_mql', lead.id);
      continue;
    }
    const found = Math.max(from, episodeAt(episodes, from, ms));
    const ep = episodes[found] as Episode;
    if (ep.leadId === null) {
      ep.leadId = lead.id;
      if (lead.channel !== null) {
        ep.campaignId = lead.channel.campaignId;
        ep.channel = lead.channel.channel;
      }
    } else ctx.quality.add('lead_extra_in_episode', lead.id);
    if (lead.convertedDealId !== null) converted[found - from] ??= lead;
  }
  return converted;
}

/** Credits episodes without a lead source to the person's latest (else original) source. */
export function linkSources(person: Person, episodes: Episode[], from: number): void {
  const source = person.attribution.latest ?? person.attribution.original;
  if (source === null) return;
  for (let i = from; i < episodes.length; i++) {
    const ep = episodes[i] as Episode;
    if (ep.leadId !== null && ep.channel !== 'unknown') continue;
    ep.campaignId ??= source.campaignId;
    if (ep.channel === 'unknown') ep.channel = source.channel;
  }
}

/**
 * The opportunity of each episode from its deal: a lead's `convertedDealId`, else the person's
 * conversion when it falls in the episode. Created at the deal's `createdAt` (else the
 * conversion time); a deal created after `asOf` does not count yet, and one closed after
 * `asOf` is still open. A deal replaces an opportunity seen only in the lifecycle stage.
 */
export function linkDeals(
  ctx: WalkContext,
  p: number,
  episodes: Episode[],
  from: number,
  convertedLeads: (Lead | null)[],
): void {
  const person = ctx.dataset.people[p] as Person;
  const conversion = person.conversion;
  const conversionMs = conversion === null ? Number.NaN : parseInstant(conversion.convertedAt);
  for (let i = from; i < episodes.length; i++) {
    const ep = episodes[i] as Episode;
    const lead = convertedLeads[i - from] ?? null;
    let dealId = lead?.convertedDealId ?? null;
    let fallbackAt = lead?.convertedAt ?? null;
    if (
      dealId === null &&
      conversion !== null &&
      conversion.dealId !== null &&
      conversionMs >= ep.mqlMs &&
      conversionMs < ep.endMs
    ) {
      dealId = conversion.dealId;
      fallbackAt = conversion.convertedAt;
    }
    const deal = dealId === null ? undefined : ctx.index.deals.get(dealId);
    if (deal !== undefined) applyDeal(ctx, ep, deal, fallbackAt);
  }
}

function applyDeal(ctx: WalkContext, ep: Episode, today: Deal, fallbackAt: string | null): void {
  const at = today.createdAt ?? fallbackAt;
  const ms = at === null ? Number.NaN : parseInstant(at);
  const asOfMs = ctx.config.asOfMs;
  if (ms > asOfMs) return;
  if (Number.isNaN(ms)) ctx.quality.add('opportunity_missing_time', ep.id);
  // The amount (and status) the deal had at asOf, not after a later re-pricing.
  const deal = dealRecordAsOf(ctx.dataset.deals, ctx.dataset.changes, today, asOfMs);
  const closedMs = deal.closedAt === null ? Number.NaN : parseInstant(deal.closedAt);
  const closed = deal.status !== 'open' && closedMs <= asOfMs;
  ep.opportunity = {
    dealId: deal.id,
    ms,
    at,
    status: closed ? deal.status : 'open',
    closedAt: closed ? deal.closedAt : null,
    amount: deal.amount,
  };
}
