import { dealValue } from '../funnel/deal-value';
import { asOfGaps, dealAsOf } from '../lifecycle/deal-as-of';
import { divideHalfEven } from '../money/rounding';
import { recordTimes } from '../time/record-times';
import { zonedDate } from '../time/zoned-midnight';
import type { MeasureContext } from './measure-context';

const MICROS = 1_000_000n;

/** The weighted open pipeline expected to close in the period, in the metric's units. */
export interface WeightedPipeline {
  weighted: bigint;
  openDeals: number;
  overdueDeals: number;
}

/**
 * Σ value × stage probability over deals open at `asOf` (created by then, in the goal's
 * scope) whose expected close date lies in the period — including those whose date already
 * passed (overdue, counted apart). Value is the deal's amount in the goal's currency for
 * revenue and 1 for deals won. Probability is the pipeline stage's; deals without a close
 * date, stage probability or value are left out and listed in `warnings`. Each deal is read as
 * it stood at `asOf` (`dealAsOf`): a deal won since is still open, at the stage, amount and
 * close date it had then.
 */
export function weightedPipeline(ctx: MeasureContext, scale: number): WeightedPipeline {
  const probability = new Map<string, number | null>();
  for (const pipeline of ctx.dataset.pipelines) {
    for (const stage of pipeline.stages)
      probability.set(`${pipeline.id} ${stage.id}`, stage.probability);
  }
  const tz = ctx.options.timeZone ?? ctx.goal.timeZone;
  const today = zonedDate(ctx.asOfMs, tz);
  const out: WeightedPipeline = { weighted: 0n, openDeals: 0, overdueDeals: 0 };
  const { deals } = ctx.dataset;
  const created = recordTimes(deals, 'createdAt');
  for (let i = 0; i < deals.length; i++) {
    if (!((created[i] as number) <= ctx.asOfMs)) continue;
    // Open at asOf, with the stage, amount, close date and owner it had then.
    const deal = dealAsOf(deals, ctx.dataset.changes, i, ctx.asOfMs);
    if (deal.status !== 'open' || !ctx.inScope(deal.ownerId, deal.accountId)) continue;
    if (deal.deletedAt !== null && Date.parse(deal.deletedAt) <= ctx.asOfMs) continue;
    if (asOfGaps(deal).length > 0) {
      ctx.warnings.add('deal_state_at_as_of_unknown', deal.id);
      if (deal.stageId === null) continue;
    }
    if (deal.closeDate === null) {
      ctx.warnings.add('forecast_deal_missing_close_date', deal.id);
      continue;
    }
    const close =
      deal.closeDate.length === 10 ? deal.closeDate : zonedDate(Date.parse(deal.closeDate), tz);
    if (close < ctx.goal.periodStart || close > ctx.goal.periodEnd) continue;
    const p = probability.get(`${deal.pipelineId} ${deal.stageId}`) ?? null;
    if (p === null) {
      ctx.warnings.add('forecast_deal_missing_probability', deal.id);
      continue;
    }
    let value = 10n ** BigInt(scale);
    if (ctx.currency !== null) {
      const v = dealValue(deal, ctx.currency, ctx.options.exchangeRates, ctx.ratesUsed);
      if (typeof v !== 'bigint') {
        ctx.warnings.add('forecast_deal_missing_value', deal.id);
        continue;
      }
      value = v;
    }
    out.weighted += divideHalfEven(value * BigInt(Math.round(p * 1e6)), MICROS);
    out.openDeals++;
    if (close < today) out.overdueDeals++;
  }
  return out;
}
