// On a server (a route handler, a cron job, a worker): compute once, send plain JSON.
import { goalProgress, handoff, indexDataset, parseDataset } from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
  SAMPLE_EXCHANGE_RATES,
} from '@closedloop/core/sample';

export function alignmentJson(input: unknown = generateSampleDataset({ seed: 1 })): string {
  // Your own data goes through parseDataset: bad records come back with a reason, never dropped silently.
  const { dataset, rejected } = parseDataset(input);
  for (const r of rejected) console.warn(r.reason);

  // Build the shared indexes once, behind your loading state; every call after is fast.
  indexDataset(dataset);

  const goal = dataset.goals.find((g) => g.metric === 'revenue');
  const revenue = goal
    ? goalProgress(dataset, goal, { asOf: SAMPLE_AS_OF, exchangeRates: SAMPLE_EXCHANGE_RATES })
    : null;
  const leads = handoff(dataset, { asOf: SAMPLE_AS_OF, businessHours: SAMPLE_BUSINESS_HOURS });

  // Results are plain JSON: no Dates, no bigints, no class instances.
  return JSON.stringify({ revenue, flow: leads.flow, reasons: leads.sales.byReason });
}
