import { type GoalMetric, type GoalProgressReport, goalProgress } from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
} from '@closedloop/core/sample';

let cache: GoalProgressReport[] | null = null;

/** Every goal of the generated sample dataset, measured with `goalProgress` at `SAMPLE_AS_OF`. */
export function sampleGoalReports(): GoalProgressReport[] {
  if (!cache) {
    const dataset = generateSampleDataset();
    cache = dataset.goals.map((goal) =>
      goalProgress(dataset, goal, { asOf: SAMPLE_AS_OF, exchangeRates: SAMPLE_EXCHANGE_RATES }),
    );
  }
  return cache;
}

/** The first sample goal of a metric. */
export function sampleGoalReport(metric: GoalMetric = 'revenue'): GoalProgressReport {
  const report = sampleGoalReports().find((candidate) => candidate.metric === metric);
  if (!report) throw new Error(`the sample dataset has no ${metric} goal`);
  return report;
}
