// What the app shows, computed with @closedloop/core from the embedded sample: the shared
// goals' progress, a comparison of attribution models, the funnel and the hand-off. Plain
// JSON, so a server can compute it and the browser render it (see entry-server.tsx).
import {
  compareModels,
  type FunnelResult,
  funnel,
  type GoalProgressReport,
  goalProgress,
  type HandoffResult,
  handoff,
  type ModelComparison,
} from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
  SAMPLE_EXCHANGE_RATES,
  SAMPLE_REPORTING_CURRENCY,
} from '@closedloop/core/sample';

export interface ExampleData {
  asOf: string;
  goals: Array<{ id: string; title: string; progress: GoalProgressReport }>;
  attribution: ModelComparison;
  funnel: FunnelResult;
  handoff: HandoffResult;
}

/** Computes everything the page shows; a quarter of the sample keeps the browser quick. */
export function computeExampleData(scale = 0.25): ExampleData {
  const dataset = generateSampleDataset({ seed: 1, scale });
  const money = {
    reportingCurrency: SAMPLE_REPORTING_CURRENCY,
    exchangeRates: SAMPLE_EXCHANGE_RATES,
  };
  const goals = dataset.goals.slice(0, 4).map((goal) => ({
    id: goal.id,
    title: goal.name,
    progress: goalProgress(dataset, goal, {
      asOf: SAMPLE_AS_OF,
      exchangeRates: SAMPLE_EXCHANGE_RATES,
    }),
  }));
  return {
    asOf: SAMPLE_AS_OF,
    goals,
    attribution: compareModels(dataset, ['first-touch', 'last-touch', 'linear', 'w-shaped'], {
      asOf: SAMPLE_AS_OF,
      ...money,
    }),
    funnel: funnel(dataset, {
      method: 'cohort',
      period: { start: '2025-05-01', end: '2026-04-30' },
      asOf: SAMPLE_AS_OF,
      timeZone: 'America/New_York',
      by: 'channel',
      ...money,
    }),
    handoff: handoff(dataset, {
      asOf: SAMPLE_AS_OF,
      businessHours: SAMPLE_BUSINESS_HOURS,
      period: { start: '2026-01-01', end: '2026-03-31' },
    }),
  };
}
