import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
  SAMPLE_REPORTING_CURRENCY,
} from '@closedloop/core/sample';
import {
  type AttributionModelName,
  type AttributionOptions,
  attribute,
} from '../packages/core/src/attribution/index';
import type { Dataset } from '../packages/core/src/model/dataset';
import { withDenseDeals } from './dense-deals';
import { defineTask } from './lib/task';

/**
 * The sample dataset at a scale, generated in the measured process's setup (untimed);
 * `deals: 'dense'` adds a won deal per person (see {@link withDenseDeals}). Generating is
 * faster than reading a cached copy: 1M touchpoints take ~18 s to generate but ~40 s to
 * deserialise with v8.
 */
export function loadSample(scale: number, deals: unknown = 'sample'): Dataset {
  const dataset = generateSampleDataset({ seed: 1, scale });
  return deals === 'dense' ? withDenseDeals(dataset) : dataset;
}

/** The sample's deals are in several currencies: report in its reporting currency. */
export function sampleOptions(model: AttributionModelName): AttributionOptions {
  return {
    model,
    asOf: SAMPLE_AS_OF,
    ...(model === 'custom'
      ? { custom: { anchors: [{ milestone: 'mql', weight: 1 }], middle: 1 } }
      : {}),
    reportingCurrency: SAMPLE_REPORTING_CURRENCY,
    exchangeRates: { ...SAMPLE_EXCHANGE_RATES },
  };
}

// One model on the sample at a scale. `mode: 'e2e'` times the first `attribute` call on the
// dataset (indexing, journeys, full ledger with explanations); `mode: 'again'` times a second
// call of the same model (the dataset's index is remembered, the JIT warm); `mode: 'summary'`
// the same with `detail: 'summary'` (totals and rollups, no per-credit ledger).
export default defineTask({
  setup: (args) => {
    const dataset = loadSample(Number(args.scale), args.deals);
    const model = String(args.model) as AttributionModelName;
    const options = {
      ...sampleOptions(model),
      ...(args.mode === 'summary' ? { detail: 'summary' as const } : {}),
    };
    if (args.mode !== 'e2e') attribute(dataset, options);
    return { dataset, options };
  },
  run: ({ dataset, options }) => {
    const result = attribute(dataset, options);
    return `${result.totals.attributedDeals} deals, ${result.totals.attributedValue} ${result.currency}`;
  },
});
