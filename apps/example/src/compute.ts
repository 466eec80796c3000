// What the app shows, computed with @closedloop/core from the embedded sample: the shared
// goals' progress and W-shaped attribution. Plain JSON, so a server can compute it and the
// browser render it (see entry-server.tsx).
import { attribute, type GoalProgressReport, goalProgress } from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
} from '@closedloop/core/sample';

export interface ChannelCredit {
  channel: string;
  value: string;
  deals: number;
}

export interface ExampleData {
  asOf: string;
  goals: Array<{ id: string; title: string; progress: GoalProgressReport }>;
  attribution: {
    model: string;
    currency: string | null;
    total: string;
    byChannel: ChannelCredit[];
  };
}

/** Computes everything the page shows; a quarter of the sample keeps the browser quick. */
export function computeExampleData(scale = 0.25): ExampleData {
  const dataset = generateSampleDataset({ seed: 1, scale });
  const options = { asOf: SAMPLE_AS_OF, exchangeRates: SAMPLE_EXCHANGE_RATES };
  const goals = dataset.goals.slice(0, 4).map((goal) => ({
    id: goal.id,
    title: goal.name,
    progress: goalProgress(dataset, goal, options),
  }));
  const result = attribute(dataset, {
    model: 'w-shaped',
    asOf: SAMPLE_AS_OF,
    reportingCurrency: 'USD',
    exchangeRates: SAMPLE_EXCHANGE_RATES,
  });
  return {
    asOf: SAMPLE_AS_OF,
    goals,
    attribution: {
      model: result.label,
      currency: result.currency,
      total: result.totals.attributedValue,
      byChannel: result.rollups.byChannel.map((row) => ({
        channel: row.label,
        value: row.value,
        deals: row.deals,
      })),
    },
  };
}
