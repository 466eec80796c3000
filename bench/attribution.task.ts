import {
  generateSampleDataset,
  SAMPLE_EXCHANGE_RATES,
  SAMPLE_REPORTING_CURRENCY,
} from '@closedloop/core/sample';
import {
  type AttributionOptions,
  attribute,
  type ModelName,
  prepareDataset,
  resolveOptions,
  runAttribution,
} from '../packages/core/src/attribution/index';
import type { Dataset } from '../packages/core/src/model/dataset';
import { defineTask } from './lib/task';

/**
 * The sample dataset at a scale, generated in the measured process's setup (untimed).
 * Generating is faster than reading a cached copy: 1M touchpoints take ~18 s to generate but
 * ~40 s to deserialise with v8.
 */
export function loadSample(scale: number): Dataset {
  return generateSampleDataset({ seed: 1, scale });
}

/** The sample's deals are in several currencies: report in its reporting currency. */
export function sampleOptions(model: ModelName): AttributionOptions {
  return {
    model,
    ...(model === 'custom'
      ? { custom: { anchors: [{ milestone: 'mql', weight: 1 }], middle: 1 } }
      : {}),
    reportingCurrency: SAMPLE_REPORTING_CURRENCY,
    exchangeRates: { ...SAMPLE_EXCHANGE_RATES },
  };
}

// One model on the sample at a scale. `mode: 'e2e'` times `attribute` end to end (indexing,
// journeys, full ledger with explanations); `mode: 'warm'` times `runAttribution` on a
// prepared dataset after one unmeasured run of the same model (index built, JIT warm), with
// `detail: 'summary'` (no per-credit ledger).
export default defineTask({
  setup: (args) => {
    const dataset = loadSample(Number(args.scale));
    const model = String(args.model) as ModelName;
    if (args.mode !== 'warm') return { dataset, model, prepared: null };
    const prepared = prepareDataset(dataset);
    runAttribution(prepared, resolveOptions({ ...sampleOptions(model), detail: 'summary' }));
    return { dataset, model, prepared };
  },
  run: ({ dataset, model, prepared }) => {
    const result = prepared
      ? runAttribution(prepared, resolveOptions({ ...sampleOptions(model), detail: 'summary' }))
      : attribute(dataset, sampleOptions(model));
    return `${result.totals.attributedDeals} deals, ${result.totals.attributedValue} ${result.currency}`;
  },
});
