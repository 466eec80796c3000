import {
  type AttributionModelName,
  type AttributionResult,
  attribute,
  type BackSolve,
  backSolveGoal,
  compareModels,
  type Dataset,
  type EvaluateSlaOptions,
  evaluateSla,
  type FunnelResult,
  funnel,
  type GoalProgressReport,
  goalProgress,
  type HandoffResult,
  handoff,
  indexDataset,
  type ModelComparison,
  type PathAttribution,
  type SlaEvaluation,
} from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
  SAMPLE_EXCHANGE_RATES,
  SAMPLE_REPORTING_CURRENCY,
  SAMPLE_TIME_ZONE,
} from '@closedloop/core/sample';
import type { DelayEpisode } from '@closedloop/react';
import { type DashboardOptions, modelsFor, PERIODS } from './options';
import { datasetForSegment } from './segment';
import { slaFor } from './sla';

/** The steps of a run, in order, as the progress bar names them. */
export const STEPS = [
  'Generating the sample dataset',
  'Indexing',
  'Goals',
  'SLA',
  'Hand-off',
  'Funnel',
  'Attribution and model comparison',
  'Channel influence',
] as const;
export type Step = (typeof STEPS)[number];

/** A converting deal as the deal picker lists it. */
export interface DealListing {
  dealId: string;
  dealName: string | null;
  reportingAmount: string | null;
  convertedAt: string;
  credits: number;
}

/** Everything the dashboard shows: plain JSON, the same on the main thread or from a worker. */
export interface DashboardResults {
  options: DashboardOptions;
  asOf: string;
  currency: string;
  size: { people: number; deals: number; touchpoints: number; mqls: number };
  /** Goal reports the team and segment filters keep, joint revenue first. */
  goals: GoalProgressReport[];
  revenueGoalId: string | null;
  mqlGoalId: string | null;
  backSolve: BackSolve | null;
  sla: SlaEvaluation;
  /** Each MQL episode of the SLA's period with its delays, for the response-time histograms. */
  slaEpisodes: DelayEpisode[];
  handoff: HandoffResult;
  funnel: FunnelResult;
  /** The chosen model's result (`comparison.results[0]`, the baseline of the comparison). */
  attribution: AttributionResult;
  comparison: ModelComparison;
  influence: PathAttribution | null;
  deals: DealListing[];
  /** Milliseconds per step. */
  timings: { step: Step; ms: number }[];
}

/** What a run returns: the results, and the dataset they were computed on. */
export interface DashboardRun {
  results: DashboardResults;
  dataset: Dataset;
}

const rates = { ...SAMPLE_EXCHANGE_RATES };

/** The models compared beside the chosen one (those the preset offers). */
const COMPARED: readonly AttributionModelName[] = [
  'first-touch',
  'last-touch',
  'linear',
  'time-decay',
];

/** Computes every widget's input for the options, reporting each step before it starts. */
export function computeDashboard(
  options: DashboardOptions,
  onStep: (step: Step, index: number) => void = () => {},
): DashboardRun {
  const timings: { step: Step; ms: number }[] = [];
  const run = <T>(index: number, fn: () => T): T => {
    const step = STEPS[index] as Step;
    onStep(step, index);
    const started = performance.now();
    const value = fn();
    timings.push({ step, ms: Math.round(performance.now() - started) });
    return value;
  };
  const period = PERIODS[options.period];
  const whole = run(0, () => generateSampleDataset({ seed: options.seed, scale: options.scale }));
  const dataset: Dataset =
    options.segment === 'all' ? whole : datasetForSegment(whole, options.segment);
  const timeline = { asOf: SAMPLE_AS_OF, businessHours: SAMPLE_BUSINESS_HOURS };
  run(1, () => indexDataset(dataset, { timeline }));

  const goalsRun = run(2, () => goalsFor(whole, options));

  const slaOptions: EvaluateSlaOptions = {
    asOf: SAMPLE_AS_OF,
    cycle: period.sla,
    exchangeRates: rates,
  };
  const sla = run(3, () => evaluateSla(dataset, slaFor(whole, options.segment), slaOptions));
  const { handoffResult, slaEpisodes } = run(4, () => {
    const inPeriod = handoff(dataset, {
      ...timeline,
      period: { start: period.start, end: period.end },
    });
    // The response times follow the SLA's quarter: the episodes of that cohort.
    const inSlaPeriod = handoff(dataset, {
      ...timeline,
      period: { start: sla.period.start, end: sla.period.end },
    });
    return {
      handoffResult: inPeriod,
      slaEpisodes: inSlaPeriod.ledger.map((row) => ({
        episodeId: row.episodeId,
        assigneeId: row.assigneeId,
        routingDelayMinutes: row.routingDelayMinutes,
        ownerDelayMinutes: row.ownerDelayMinutes,
        speedToLeadMinutes: row.speedToLeadMinutes,
      })),
    };
  });
  const funnelResult = run(5, () =>
    funnel(dataset, {
      method: 'cohort',
      period: { start: period.start, end: period.end },
      asOf: SAMPLE_AS_OF,
      timeZone: SAMPLE_TIME_ZONE,
      by: 'channel',
      reportingCurrency: SAMPLE_REPORTING_CURRENCY,
      exchangeRates: rates,
    }),
  );

  const attributionOptions = {
    ...(options.preset === null ? {} : { preset: options.preset }),
    asOf: SAMPLE_AS_OF,
    period: { start: period.start, end: period.end },
    reportingCurrency: SAMPLE_REPORTING_CURRENCY,
    exchangeRates: rates,
    timeZone: SAMPLE_TIME_ZONE,
    sourcedRule: 'first-touch' as const,
    ...(options.model === 'markov' || options.model === 'shapley'
      ? { bootstrap: { samples: 100, seed: options.seed } }
      : {}),
  };
  const offered = modelsFor(options.preset);
  const others = COMPARED.filter((m) => m !== options.model && offered.includes(m));
  const comparison = run(6, () =>
    compareModels(dataset, [options.model, ...others], attributionOptions),
  );
  const chosen = comparison.results[0] as AttributionResult;
  const influence = run(7, () =>
    chosen.dataDriven !== undefined
      ? chosen.dataDriven
      : (attribute(dataset, {
          model: 'markov',
          asOf: SAMPLE_AS_OF,
          period: { start: period.start, end: period.end },
          reportingCurrency: SAMPLE_REPORTING_CURRENCY,
          exchangeRates: rates,
          timeZone: SAMPLE_TIME_ZONE,
          detail: 'summary',
          bootstrap: { samples: 100, seed: options.seed },
        }).dataDriven ?? null),
  );

  const listing = chosen.deals
    .map((d) => ({
      dealId: d.dealId,
      dealName: d.dealName,
      reportingAmount: d.reportingAmount,
      convertedAt: d.convertedAt,
      credits: d.credits.length,
    }))
    .sort((a, b) => Number(b.reportingAmount ?? 0) - Number(a.reportingAmount ?? 0));

  return {
    dataset,
    results: {
      options,
      asOf: SAMPLE_AS_OF,
      currency: SAMPLE_REPORTING_CURRENCY,
      size: {
        people: dataset.people.length,
        deals: dataset.deals.length,
        touchpoints: dataset.touchpoints.length,
        mqls: handoffResult.counts.mqls,
      },
      ...goalsRun,
      sla,
      slaEpisodes,
      handoff: handoffResult,
      funnel: funnelResult,
      attribution: chosen,
      comparison,
      influence,
      deals: listing,
      timings,
    },
  };
}

/**
 * The goals the team and segment filters keep. Goals are contracts with their own scope:
 * a segment shows that segment's goals when the sample has one (Enterprise revenue), and
 * the company's otherwise.
 */
function goalsFor(
  dataset: Dataset,
  options: DashboardOptions,
): Pick<DashboardResults, 'goals' | 'revenueGoalId' | 'mqlGoalId' | 'backSolve'> {
  const measure = { asOf: SAMPLE_AS_OF, exchangeRates: rates };
  const scoped = dataset.goals.filter((g) => g.segment === options.segment);
  const pool = scoped.length > 0 ? scoped : dataset.goals.filter((g) => g.segment === null);
  const company = dataset.goals.filter((g) => g.segment === null);
  const revenue =
    pool.find((g) => g.metric === 'revenue') ?? company.find((g) => g.metric === 'revenue');
  const mqls = company.find((g) => g.metric === 'mqls');
  const kept = [
    ...[revenue, mqls].filter((g) => g !== undefined),
    ...company.filter(
      (g) =>
        g !== revenue && g !== mqls && (options.team === 'all' || g.teams.includes(options.team)),
    ),
  ];
  return {
    goals: kept.map((g) => goalProgress(dataset, g, measure)),
    revenueGoalId: revenue?.id ?? null,
    mqlGoalId: mqls?.id ?? null,
    backSolve:
      revenue === undefined
        ? null
        : backSolveGoal(dataset, revenue, { asOf: SAMPLE_AS_OF, exchangeRates: rates }),
  };
}
