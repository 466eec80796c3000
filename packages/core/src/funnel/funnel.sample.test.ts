import { describe, expect, it } from 'vitest';
import { generateSampleDataset, SAMPLE_AS_OF, SAMPLE_EXCHANGE_RATES } from '../sample/index';
import { funnel } from './funnel';

const sample = generateSampleDataset({ seed: 1, scale: 1 });
const currency = { reportingCurrency: 'USD', exchangeRates: SAMPLE_EXCHANGE_RATES };

describe('funnel on the sample dataset', () => {
  const lastYear = funnel(sample, {
    method: 'cohort',
    period: { start: '2025-05-01', end: '2026-04-30' },
    asOf: SAMPLE_AS_OF,
    timeZone: 'America/New_York',
    by: 'channel',
    ...currency,
  });

  it('narrows down the default stages, with rates between 0 and 1', () => {
    const counts = lastYear.overall.stages.map((s) => s.count);
    expect(lastYear.stages.map((s) => s.label)).toEqual([
      'Lead',
      'MQL',
      'SAL',
      'SQL',
      'Opportunity',
      'Won',
    ]);
    expect(counts[0]).toBeGreaterThan(500);
    for (let s = 1; s < counts.length; s++) {
      expect(counts[s]).toBeLessThanOrEqual(counts[s - 1] as number);
      const rate = lastYear.overall.stages[s]?.conversionFromPrevious ?? -1;
      expect(rate).toBeGreaterThan(0);
      expect(rate).toBeLessThanOrEqual(1);
    }
  });

  it('has split groups that add up to the whole', () => {
    expect(lastYear.groups.length).toBeGreaterThan(5);
    lastYear.overall.stages.forEach((stage, s) => {
      const sum = lastYear.groups.reduce((total, g) => total + (g.stages[s]?.count ?? 0), 0);
      expect(sum).toBe(stage.count);
    });
  });

  it('reports recycled leads as regressions and has a pipeline velocity', () => {
    expect(lastYear.quality.map((q) => q.code)).toContain('stage_regression');
    const v = lastYear.overall.pipelineVelocity;
    expect(v?.openOpportunities).toBe(62);
    expect(Number(v?.perDay)).toBeGreaterThan(0);
    expect(v?.winRate).toBeGreaterThan(0.2);
    expect(Object.keys(lastYear.exchangeRatesUsed).sort()).toEqual(['EUR', 'GBP']);
  });

  it('runs on deal stages, where the sample skips demos and slides back from proposals', () => {
    const stages = ['discovery', 'demo', 'proposal', 'negotiation', 'closed-won'].map((s) => ({
      id: `sample:stage:nb-${s}`,
      label: s,
    }));
    const deals = funnel(sample, {
      entity: 'deal',
      stages,
      method: 'cohort',
      period: { start: '2025-01-01', end: '2025-12-31' },
      asOf: SAMPLE_AS_OF,
      ...currency,
    });
    const codes = deals.quality.map((q) => q.code);
    expect(codes).toContain('stage_skipped');
    expect(codes).toContain('stage_regression');
    expect(deals.overall.stages[1]?.skipped).toBeGreaterThan(0);
  });
});
