import { timelineConfig } from '../lead-timeline/config';
import { leadTimeline } from '../lead-timeline/timeline';
import type { Dataset } from '../model/dataset';
import { parseOptions } from '../options/parse-options';
import { periodBounds } from '../options/period-bounds';
import { BusinessCalendar } from '../time/business-hours';
import { businessMillisBetween } from '../time/business-hours-math';
import { marketingAttainment } from './marketing';
import { type EvaluateSlaOptions, EvaluateSlaOptionsSchema } from './options';
import { parseSla } from './parse-sla';
import { slaPeriod } from './period-of';
import { bothResponseTimes } from './response-times';
import { salesAttainment } from './sales';
import type { Sla } from './schema';
import type { SlaEvaluation } from './types';

/** Share of `[startMs, endMs)` elapsed at `asOfMs`, in calendar or business time. */
function elapsedFraction(
  calendar: BusinessCalendar,
  startMs: number,
  endMs: number,
  asOfMs: number,
  basis: 'calendar' | 'business',
): number {
  const now = Math.min(Math.max(asOfMs, startMs), endMs);
  if (basis === 'calendar') return (now - startMs) / (endMs - startMs);
  const total = businessMillisBetween(calendar, startMs, endMs);
  return total === 0 ? 1 : businessMillisBetween(calendar, startMs, now) / total;
}

/**
 * Evaluates a two-sided SLA for the period of `sla.marketing.per` that contains `asOf` (or
 * the one before it, `cycle: 'previous'`): marketing's delivered volume with attainment and pacing (per account
 * segment or sales owner when the commitment is split, with what no commitment covers), and
 * sales' first-touch and attempts commitments over the period's MQL cohort (episodes whose
 * MQL falls in it) with every breach, per accountable owner and per source channel;
 * `met + breached = eligible` for every tally. Response times are split into routing and owner delay, in
 * business and wall-clock minutes (P50, P90, P95, bands). Business time honours the SLA's
 * time zone, working days and holidays; automated e-mails, tasks and notes never count as
 * human touches. Everything is as of `asOf`; `quality` covers the whole dataset.
 *
 * @throws {OptionsError} for an invalid SLA or options.
 * @throws {MissingExchangeRateError} when sourced pipeline needs a rate that was not given.
 */
export function evaluateSla(
  dataset: Dataset,
  sla: Sla,
  options: EvaluateSlaOptions,
): SlaEvaluation {
  const contract = parseSla(sla);
  const parsed = parseOptions('evaluateSla', EvaluateSlaOptionsSchema, options);
  const calendar = new BusinessCalendar(contract.businessHours);
  const config = timelineConfig(parsed, 'evaluateSla', calendar);
  // The commitments of a split share one period (the schema checks it).
  const commitments = [contract.marketing].flat();
  const marketing = commitments[0] as (typeof commitments)[number];
  const timeZone = calendar.hours.timeZone;
  const bounds = periodBounds(
    slaPeriod(
      config.asOfMs,
      timeZone,
      marketing.per,
      marketing.fiscalYearStartMonth,
      parsed.cycle ?? 'current',
    ),
    timeZone,
  );
  const timeline = leadTimeline(dataset, config);
  const pacingBasis = parsed.pacing ?? 'calendar';
  const { startMs, endMs } = bounds;
  const cohort = timeline.cohort(startMs, endMs);
  const users = new Map(dataset.users.map((u) => [u.id, u]));
  const ctx = {
    calendar,
    asOfMs: config.asOfMs,
    users,
    clockStartsAt: contract.sales.firstTouch.clockStartsAt,
  };
  const { sales, breaches } = salesAttainment(cohort, ctx, contract.sales);
  const clock = {
    startMs,
    endMs,
    elapsedFraction: elapsedFraction(calendar, startMs, endMs, config.asOfMs, pacingBasis),
    pacingBasis,
  };
  return {
    slaId: contract.id ?? null,
    asOf: config.asOf,
    period: {
      start: bounds.start,
      end: bounds.end,
      timeZone,
      startsAt: bounds.startsAt,
      endsAt: bounds.endsAt,
    },
    ...marketingAttainment(
      dataset,
      timeline.episodes,
      contract.marketing,
      clock,
      parsed.exchangeRates,
      timeline.quality,
    ),
    sales,
    breaches,
    responseTimes: bothResponseTimes(cohort, calendar),
    quality: timeline.quality.list(),
  };
}
