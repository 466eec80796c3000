import { SAMPLE_AS_OF, SAMPLE_EXCHANGE_RATES, SAMPLE_TIME_ZONE } from '@closedloop/core/sample';
// The core through its source: tsx loads the package as CommonJS, where the names of
// `export *` re-exports are not seen.
import { funnel } from '../packages/core/src/funnel/index';
import type { Dataset } from '../packages/core/src/model/dataset';
import { benchSample } from './lib/sample';
import { defineTask } from './lib/task';

/** The default funnel over the year before the sample's as-of instant, whole or split. */
function run(dataset: Dataset, by: 'campaign' | null): string {
  const result = funnel(dataset, {
    method: 'cohort',
    period: { start: '2025-05-01', end: '2026-04-30' },
    asOf: SAMPLE_AS_OF,
    timeZone: SAMPLE_TIME_ZONE,
    by,
    reportingCurrency: 'USD',
    exchangeRates: SAMPLE_EXCHANGE_RATES,
  });
  const counts = result.overall.stages.map((s) => s.count).join(' → ');
  return by === null ? counts : `${counts}; ${result.groups.length} groups`;
}

// `mode: 'warm'` runs it once unmeasured first (JIT warm, ids hashed), as in a long-lived
// app; `e2e` measures the first call in a fresh process.
// `mode: 'indexed'` builds the dataset's shared indexes first with `indexDataset`, as an app
// does at load time (see `benchSample`).
export default defineTask({
  setup: (args) => {
    const dataset = benchSample(args, ['funnel']);
    const by = args.by === 'campaign' ? ('campaign' as const) : null;
    if (args.mode === 'warm') run(dataset, by);
    return { dataset, by };
  },
  run: ({ dataset, by }) => {
    const cpu = process.cpuUsage();
    const detail = run(dataset, by);
    const { user } = process.cpuUsage(cpu);
    return `${detail} (${(user / 1000).toFixed(0)} ms CPU)`;
  },
});
