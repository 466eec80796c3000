import { dealValue } from '../funnel/deal-value';
import { asOfGaps, dealAsOf } from '../lifecycle/deal-as-of';
import type { Deal } from '../model/deals';
import type { GoalMetric } from '../model/vocabulary';
import { recordTimes } from '../time/record-times';
import { type Counted, counts, deletedByAsOf, type MeasureContext } from './measure-context';

/** The primary contact of a deal (its first contact when none is marked primary). */
function primaryContactId(deal: Deal): string | null {
  return (deal.contacts.find((c) => c.primary) ?? deal.contacts[0])?.personId ?? null;
}

/**
 * Deal metrics: `revenue` sums won deals by `closedAt`, `deals_won` counts them, `pipeline`
 * sums deals of any status by `createdAt`. Money is converted per deal into the goal's
 * currency (half-even), so per-deal values add up to the total.
 */
export function measureDeals(metric: GoalMetric, ctx: MeasureContext): Counted[] {
  const out: Counted[] = [];
  const pipeline = metric === 'pipeline';
  const { deals } = ctx.dataset;
  const times = recordTimes(deals, pipeline ? 'createdAt' : 'closedAt');
  const created = recordTimes(deals, 'createdAt');
  for (let i = 0; i < deals.length; i++) {
    // As the deal stood at asOf: a later close, re-pricing or new owner must not move a past
    // report.
    const deal =
      (created[i] as number) <= ctx.asOfMs
        ? dealAsOf(deals, ctx.dataset.changes, i, ctx.asOfMs)
        : (deals[i] as Deal);
    if (!pipeline && deal.status !== 'won') continue;
    if (!ctx.inScope(deal.ownerId, deal.accountId) || deletedByAsOf(deal, ctx)) continue;
    const timestamp = pipeline ? deal.createdAt : deal.closedAt;
    if (timestamp === null) {
      ctx.quality.add(pipeline ? 'deal_missing_created_at' : 'deal_missing_closed_at', deal.id);
      continue;
    }
    if (!counts(times[i] as number, ctx)) continue;
    if (asOfGaps(deal).some((f) => f === 'ownerId' || (f === 'amount' && ctx.currency !== null)))
      ctx.warnings.add('deal_state_at_as_of_unknown', deal.id);
    let value = 1n;
    if (ctx.currency !== null) {
      const v = dealValue(deal, ctx.currency, ctx.options.exchangeRates, ctx.ratesUsed);
      if (typeof v !== 'bigint') {
        ctx.quality.add(v, deal.id);
        continue;
      }
      value = v;
    }
    out.push({
      id: deal.id,
      value,
      source: {
        personId: primaryContactId(deal),
        leadSource: deal.originalSource,
        ownerId: deal.ownerId,
      },
    });
  }
  return out;
}
