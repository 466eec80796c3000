import { funnel, handoff } from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
  SAMPLE_EXCHANGE_RATES,
} from '@closedloop/core/sample';

const dataset = generateSampleDataset({ seed: 1 });
const period = { start: '2025-05-16', end: '2026-05-15' };

// Cohort: follow the people who became leads in the period, however long they took.
export const cohort = funnel(dataset, {
  method: 'cohort',
  period,
  asOf: SAMPLE_AS_OF,
  timeZone: 'America/New_York',
  by: 'channel',
  reportingCurrency: 'USD',
  exchangeRates: { ...SAMPLE_EXCHANGE_RATES },
});

// Period: count entries into each stage within the period (stages are not one cohort).
// The switches: a skipped stage is inferred (default) or left out; after a move back, the
// first entry counts (default) or the last pass through the stage.
export const byPeriod = funnel(dataset, {
  method: 'period',
  period,
  asOf: SAMPLE_AS_OF,
  skipped: 'exclude',
  backward: 'last-pass',
  velocity: false,
});
console.log(cohort.rules, byPeriod.formulas); // each result states its own counting rule
for (const stage of cohort.overall.stages) {
  console.log(
    stage.label,
    stage.count,
    stage.conversionFromPrevious,
    stage.timeInStage?.medianDays,
  );
}

// The hand-off: every MQL episode's fate, the flow for a Sankey, and why sales said no.
export const episodes = handoff(dataset, {
  asOf: SAMPLE_AS_OF,
  period,
  businessHours: SAMPLE_BUSINESS_HOURS,
  neverWorkedAfter: { days: 7 },
});
console.log(episodes.counts.byFate, episodes.counts.recycledReMql);
for (const row of episodes.sales.byReason) console.log(row.kind, row.reason, row.count);
console.log(episodes.matched.bySource.map((s) => [s.channel, s.rate, s.standardizedRate]));
