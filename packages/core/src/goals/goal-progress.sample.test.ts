import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../money/decimal';
import { generateSampleDataset, SAMPLE_AS_OF, SAMPLE_EXCHANGE_RATES } from '../sample/index';
import { goalProgress } from './goal-progress';

const sample = generateSampleDataset({ seed: 1, scale: 1 });
const options = { asOf: SAMPLE_AS_OF, exchangeRates: SAMPLE_EXCHANGE_RATES };

describe('goalProgress on the sample dataset', () => {
  const results = sample.goals.map((goal) => goalProgress(sample, goal, options));

  it('measures all seven Q2 goals mid-quarter, each with a status', () => {
    expect(results.map((r) => r.metric)).toEqual([
      'revenue',
      'pipeline',
      'mqls',
      'sals',
      'meetings',
      'deals_won',
      'revenue',
    ]);
    for (const r of results) {
      expect(r.period).toEqual({ kind: 'quarter', label: 'Q2 2026' });
      expect(r.elapsedFraction).toBeGreaterThan(0.4);
      expect(r.elapsedFraction).toBeLessThan(0.6);
      expect(r.attainment).toBeGreaterThan(0.1);
      expect(r.attainment).toBeLessThan(0.9);
      expect(r.status).not.toBeNull();
      const sum = r.contributions.teams.reduce((s, t) => s + parseDecimal(t.actual).digits, 0n);
      expect(sum).toBe(parseDecimal(r.actual).digits);
    }
    expect(new Set(results.map((r) => r.status)).size).toBeGreaterThan(1);
  });

  it('reports the won deal without a currency and the nested Enterprise goal', () => {
    const [joint, , , , , , enterprise] = results;
    expect(joint?.quality.map((q) => [q.code, q.count])).toEqual([['deal_missing_currency', 1]]);
    expect(joint?.warnings.map((w) => w.code)).toEqual(['overlapping_goals']);
    expect(enterprise?.warnings[0]?.ids).toEqual([joint?.goalId]);
    expect(joint?.pipelineForecast?.openDeals).toBeGreaterThan(0);
  });

  it('counts in business days when asked', () => {
    const r = goalProgress(sample, sample.goals[0] as (typeof sample.goals)[number], {
      ...options,
      calendar: 'business',
    });
    // Q2 2026 has 65 weekdays (April 22, May 21, June 22).
    expect(r.calendar.periodDays).toBe(65);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
