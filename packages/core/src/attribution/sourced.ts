import type { Dataset } from '../model/dataset';
import type { Deal } from '../model/deals';
import type { Channel } from '../model/vocabulary';
import { parseInstant } from '../time/instant';
import { formatDate } from './format';
import type { ResolvedAttributionOptions, SourcedRule } from './options';
import { formatMoney } from './rollups';
import type { TouchIndex } from './touch-index';
import type { SourcedSummary } from './types';

/** One converted deal as the sourced rule sees it. */
export interface SourcedInput {
  deal: Deal;
  /** The journey (touch indexes in time order). */
  journey: readonly number[];
  /** The deal value in reporting minor units, or null. */
  value: bigint | null;
}

const RULE_WORDS: Readonly<Record<SourcedRule, string>> = {
  'lead-source':
    "marketing-sourced when the deal's lead source (its original source, else its primary contact's) is a marketing channel",
  'first-touch': 'marketing-sourced when the first touch of the journey is on a marketing channel',
  'before-sales-activity':
    "marketing-sourced when a marketing touch happened before sales' first activity on the deal, its account or its contacts",
};

/** Earliest human (non-automated) activity per deal, account and person. */
function firstSalesActivity(dataset: Pick<Dataset, 'activities'>) {
  const byDeal = new Map<string, number>();
  const byAccount = new Map<string, number>();
  const byPerson = new Map<string, number>();
  const keep = (map: Map<string, number>, key: string | null, at: number) => {
    if (key === null) return;
    const before = map.get(key);
    if (before === undefined || at < before) map.set(key, at);
  };
  for (const activity of dataset.activities) {
    if (activity.automated || activity.occurredAt === null || activity.deletedAt !== null) continue;
    const at = parseInstant(activity.occurredAt);
    keep(byDeal, activity.dealId, at);
    keep(byAccount, activity.accountId, at);
    for (const personId of activity.personIds) keep(byPerson, personId, at);
  }
  return { byDeal, byAccount, byPerson };
}

/**
 * Marketing-sourced versus -influenced deals under an explicitly chosen rule (domain guide
 * §4; the three definitions petavue lets a team lock):
 * - `lead-source`: the deal's original source (or its primary contact's original source) is
 *   a marketing channel;
 * - `first-touch`: the journey's first touch is on a marketing channel;
 * - `before-sales-activity`: a marketing touch happened before sales' first human activity on
 *   the deal, its account or its contacts (any marketing touch when sales never acted).
 * Influenced: at least one journey touch on a marketing channel. Influenced ≥ sourced for the
 * touch-based rules; a lead-source deal can be sourced without a tracked touch.
 */
export function sourcedSummary(
  dataset: Pick<Dataset, 'activities' | 'people'>,
  index: TouchIndex,
  inputs: readonly SourcedInput[],
  rule: SourcedRule,
  options: ResolvedAttributionOptions,
  currency: string | null,
): SourcedSummary {
  const marketing = new Set<Channel>(options.marketingChannels);
  const people = new Map(dataset.people.map((person) => [person.id, person]));
  const activity = rule === 'before-sales-activity' ? firstSalesActivity(dataset) : null;
  let sourcedDeals = 0;
  let sourcedValue = 0n;
  let influencedDeals = 0;
  let influencedValue = 0n;
  const deals: SourcedSummary['deals'] = [];
  for (const { deal, journey, value } of inputs) {
    const marketingTouches = journey.filter((i) =>
      marketing.has(index.touches[i]?.channel ?? 'unknown'),
    );
    const influenced = marketingTouches.length > 0;
    let sourced = false;
    let explanation: string;
    if (rule === 'lead-source') {
      const primary = deal.contacts.find((c) => c.primary) ?? deal.contacts[0];
      const original =
        deal.originalSource ??
        (primary ? people.get(primary.personId)?.attribution.original : null) ??
        null;
      if (original === null)
        explanation = 'no lead source recorded on the deal or its primary contact';
      else {
        sourced = marketing.has(original.channel);
        explanation = `lead source ${original.channel} ${sourced ? 'is' : 'is not'} a marketing channel`;
      }
    } else if (rule === 'first-touch') {
      const first = journey[0];
      const channel = first === undefined ? null : (index.touches[first]?.channel ?? null);
      if (channel === null) explanation = 'no touch in the journey';
      else {
        sourced = marketing.has(channel);
        explanation = `first touch on ${channel}, ${sourced ? '' : 'not '}a marketing channel`;
      }
    } else {
      const candidates = [
        activity?.byDeal.get(deal.id),
        deal.accountId === null ? undefined : activity?.byAccount.get(deal.accountId),
        ...deal.contacts.map((c) => activity?.byPerson.get(c.personId)),
      ].filter((at): at is number => at !== undefined);
      const salesAt = candidates.length > 0 ? Math.min(...candidates) : null;
      const before = marketingTouches.filter(
        (i) => salesAt === null || (index.time[i] ?? 0) < salesAt,
      );
      sourced = before.length > 0;
      explanation =
        salesAt === null
          ? sourced
            ? 'sales never logged an activity and a marketing touch exists'
            : 'no marketing touch and no sales activity'
          : sourced
            ? `a marketing touch came before sales' first activity on ${formatDate(salesAt, options.timeZone)}`
            : `no marketing touch before sales' first activity on ${formatDate(salesAt, options.timeZone)}`;
    }
    if (sourced) {
      sourcedDeals += 1;
      sourcedValue += value ?? 0n;
    }
    if (influenced) {
      influencedDeals += 1;
      influencedValue += value ?? 0n;
    }
    deals.push({ dealId: deal.id, sourced, influenced, explanation });
  }
  return {
    rule,
    explanation: RULE_WORDS[rule],
    marketingChannels: [...options.marketingChannels],
    sourced: { deals: sourcedDeals, value: formatMoney(sourcedValue, currency) },
    influenced: { deals: influencedDeals, value: formatMoney(influencedValue, currency) },
    deals,
  };
}
