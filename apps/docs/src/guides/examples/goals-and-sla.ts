import { backSolveGoal, evaluateSla, goalProgress, type Sla } from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
  SAMPLE_EXCHANGE_RATES,
} from '@closedloop/core/sample';

const dataset = generateSampleDataset({ seed: 1 });
const exchangeRates = { ...SAMPLE_EXCHANGE_RATES };
const revenueGoal = dataset.goals.find((g) => g.metric === 'revenue' && g.teams.length > 1);
if (revenueGoal === undefined) throw new Error('the sample has a joint revenue goal');

// Pacing and forecast: where the quarter stands, how it was decided, who contributed.
export const progress = goalProgress(dataset, revenueGoal, {
  asOf: SAMPLE_AS_OF,
  exchangeRates,
  statusBasis: 'pacing', // or 'pipeline-forecast'
  thresholds: { ahead: 1.1, onTrack: 0.95, atRisk: 0.8 },
});
console.log(progress.attainment, progress.pacing, progress.runRateForecast);
console.log(progress.pipelineForecast?.value, progress.status, progress.statusRule.text);
for (const team of progress.contributions.teams) console.log(team.team, team.actual, team.share);

// Back-solve: the revenue target turned into the MQLs, SQLs and deals it needs at measured rates.
export const plan = backSolveGoal(dataset, revenueGoal, { asOf: SAMPLE_AS_OF, exchangeRates });
for (const stage of plan.required) console.log(stage.label, stage.count, stage.window?.by);

// The SLA as a two-sided contract: marketing commits volume, sales commits response.
export const sla: Sla = {
  name: 'Marketing–sales SLA',
  businessHours: { ...SAMPLE_BUSINESS_HOURS, weekdays: [1, 2, 3, 4, 5] },
  marketing: [
    { metric: 'mqls', target: 120, per: 'quarter', segment: 'SMB' },
    { metric: 'mqls', target: 60, per: 'quarter', segment: 'Enterprise' },
  ],
  sales: {
    firstTouch: { withinBusinessHours: 4, clockStartsAt: 'assignment' },
    attempts: { min: 3, withinBusinessDays: 5 },
  },
};
export const evaluation = evaluateSla(dataset, sla, { asOf: SAMPLE_AS_OF, cycle: 'current' });
console.log(evaluation.marketing.attainment, evaluation.marketing.pacing);
console.log(evaluation.sales.firstTouch.attainment, evaluation.breaches.length);
console.log(evaluation.responseTimes.business.speedToLead.p90); // business minutes
