import { ATTRIBUTION_PRESETS, attribute, compareModels } from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
} from '@closedloop/core/sample';

const dataset = generateSampleDataset({ seed: 1 });
const money = { reportingCurrency: 'USD', exchangeRates: { ...SAMPLE_EXCHANGE_RATES } };

// One model: every won deal in the period credited to its touches, exact to the cent.
export const wShaped = attribute(dataset, {
  model: 'w-shaped',
  asOf: SAMPLE_AS_OF,
  period: { start: '2025-05-16', end: '2026-05-15' },
  timeZone: 'America/New_York',
  ...money,
});
// totals reconcile: attributed + unattributed = value of the converting deals.
console.log(wShaped.totals.value, wShaped.totals.attributedValue, wShaped.totals.unattributedValue);

// A product's numbers: the preset sets every degenerate-case option the way it documents them.
export const hubspotU = attribute(dataset, {
  model: 'u-shaped',
  preset: 'hubspot',
  asOf: SAMPLE_AS_OF,
  ...money,
});
console.log(ATTRIBUTION_PRESETS.hubspot.models, ATTRIBUTION_PRESETS.adobe.aliases); // Adobe's "U-shaped" is position-based

// Reading a credit: every credit and every excluded touch says why, in words.
const deal = wShaped.deals[0];
for (const credit of deal?.credits ?? []) {
  console.log(credit.position, credit.weight, credit.reportingAmount, credit.explanation);
}
for (const excluded of deal?.excluded ?? []) console.log(excluded.reason, excluded.explanation);

// Several models side by side on the same deals, with each channel's delta in words.
export const comparison = compareModels(
  dataset,
  ['last-touch', 'first-touch', 'linear', 'w-shaped'],
  { asOf: SAMPLE_AS_OF, ...money },
);
for (const delta of comparison.deltas) console.log(delta.explanation);

// Data-driven: Markov removal effects fitted on won and lost journeys, with bootstrap intervals.
export const markov = attribute(dataset, {
  model: 'markov',
  asOf: SAMPLE_AS_OF,
  detail: 'summary',
  bootstrap: { samples: 200, seed: 1, confidence: 0.95 },
  ...money,
});
for (const channel of markov.dataDriven?.channels ?? []) {
  const interval = channel.intervals?.conversions;
  console.log(channel.channel, channel.removalEffect, interval?.low, interval?.high);
}
console.log(markov.dataDriven?.warnings); // e.g. fewer conversions than minConversions
