import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import {
  generateSampleDataset,
  SAMPLE_EXCHANGE_RATES,
  SAMPLE_REPORTING_CURRENCY,
} from '../sample/index';
import { prepareDataset, runAttribution } from './attribute';
import { MODEL_NAMES } from './models/names';
import { resolveOptions } from './options';

it('bench', () => {
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  const detail = (process.env.BENCH_DETAIL ?? 'full') as 'full' | 'summary';
  const lines: string[] = [];
  let t = performance.now();
  const data = generateSampleDataset({ seed: 1, scale });
  lines.push(
    `scale ${scale}: ${data.touchpoints.length} touchpoints, ${data.deals.length} deals, ${data.people.length} people; generate ${(performance.now() - t).toFixed(0)} ms`,
  );
  t = performance.now();
  const prepared = prepareDataset(data);
  lines.push(`prepare (index) ${(performance.now() - t).toFixed(0)} ms`);
  for (const model of MODEL_NAMES) {
    const options = resolveOptions({
      model,
      ...(model === 'custom'
        ? {
            custom: {
              anchors: [
                { milestone: 'first-touch', weight: 3 },
                { milestone: 'mql', weight: 3 },
                { milestone: 'opportunity-created', weight: 3 },
              ],
              middle: 1,
            },
          }
        : {}),
      reportingCurrency: SAMPLE_REPORTING_CURRENCY,
      exchangeRates: SAMPLE_EXCHANGE_RATES,
      detail,
    });
    let ms = Number.POSITIVE_INFINITY;
    let r = runAttribution(prepared, options);
    const reps = Number(process.env.BENCH_REPS ?? '5');
    for (let k = 0; k < reps; k++) {
      t = performance.now();
      r = runAttribution(prepared, options);
      ms = Math.min(ms, performance.now() - t);
    }
    const credits = r.deals.reduce((n, d) => n + d.credits.length, 0);
    lines.push(
      `${model.padEnd(20)} ${ms.toFixed(0).padStart(6)} ms  deals ${r.totals.deals} attributed ${r.totals.attributedDeals} credits ${credits}`,
    );
  }
  writeFileSync(`/tmp/bench-${scale}-${detail}.txt`, lines.join('\n'));
}, 600_000);
