import { describe, expect, it } from 'vitest';
import { attribute } from '../attribution/attribute';
import { funnel } from '../funnel/funnel';
import { goalProgress } from '../goals/goal-progress';
import { handoff } from '../handoff/handoff';
import { OptionsError } from '../options/options-error';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
  SAMPLE_EXCHANGE_RATES,
  SAMPLE_REPORTING_CURRENCY,
  SAMPLE_TIME_ZONE,
} from '../sample/index';
import { indexDataset } from './index-dataset';

// Two equal datasets: one indexed ahead, one left for the first call to index.
const pair = () => [0, 1].map(() => generateSampleDataset({ seed: 7, scale: 0.3 }));

describe('indexDataset', () => {
  it('changes no result: hand-off, attribution, funnel and goals read the same as without it', () => {
    const [indexed, plain] = pair() as [
      ReturnType<typeof generateSampleDataset>,
      ReturnType<typeof generateSampleDataset>,
    ];
    indexDataset(indexed);
    const options = { asOf: SAMPLE_AS_OF, businessHours: SAMPLE_BUSINESS_HOURS };
    expect(handoff(indexed, options)).toEqual(handoff(plain, options));
    const model = {
      model: 'w-shaped',
      asOf: SAMPLE_AS_OF,
      reportingCurrency: SAMPLE_REPORTING_CURRENCY,
      exchangeRates: SAMPLE_EXCHANGE_RATES,
    } as const;
    expect(attribute(indexed, model)).toEqual(attribute(plain, model));
    const split = {
      method: 'cohort',
      period: { start: '2025-05-01', end: '2026-04-30' },
      asOf: SAMPLE_AS_OF,
      timeZone: SAMPLE_TIME_ZONE,
      by: 'campaign',
      reportingCurrency: 'USD',
      exchangeRates: SAMPLE_EXCHANGE_RATES,
    } as const;
    expect(funnel(indexed, split)).toEqual(funnel(plain, split));
    const goalOptions = { asOf: SAMPLE_AS_OF, exchangeRates: SAMPLE_EXCHANGE_RATES };
    for (const goal of indexed.goals) {
      expect(goalProgress(indexed, goal, goalOptions)).toEqual(
        goalProgress(plain, goal, goalOptions),
      );
    }
  });

  it('builds each shared index once, for the analyses asked for, and says what it built', () => {
    const [dataset] = pair() as [ReturnType<typeof generateSampleDataset>];
    const all = indexDataset(dataset);
    expect(all.parts.map((p) => [p.part, p.serves])).toEqual([
      ['lead-timeline', ['handoff', 'sla']],
      ['lifecycle', ['funnel', 'goals']],
      ['attribution', ['attribution']],
    ]);
    for (const part of all.parts) expect(part.ms).toBeGreaterThanOrEqual(0);
    expect(all.ms).toBeGreaterThanOrEqual(Math.max(...all.parts.map((p) => p.ms)));
    const sla = indexDataset(dataset, { for: ['sla'], mqlStage: 'sal' });
    expect(sla.parts.map((p) => [p.part, p.serves])).toEqual([['lead-timeline', ['sla']]]);
    const goals = indexDataset(dataset, { for: ['goals', 'attribution'] });
    expect(goals.parts.map((p) => [p.part, p.serves])).toEqual([
      ['lifecycle', ['goals']],
      ['attribution', ['attribution']],
    ]);
  });

  it('builds the MQL episodes too when given the timeline options, with the same results', () => {
    const [indexed, plain] = pair() as [
      ReturnType<typeof generateSampleDataset>,
      ReturnType<typeof generateSampleDataset>,
    ];
    const options = { asOf: SAMPLE_AS_OF, businessHours: SAMPLE_BUSINESS_HOURS };
    const report = indexDataset(indexed, { for: ['handoff'], timeline: options });
    expect(report.parts.map((p) => p.part)).toEqual(['lead-timeline']);
    expect(handoff(indexed, options)).toEqual(handoff(plain, options));
    const early = { ...options, asOf: '2025-12-01T00:00:00Z' };
    expect(handoff(indexed, early)).toEqual(handoff(plain, early));
  });

  it('rejects unknown analyses and options with a typed error naming them', () => {
    const [dataset] = pair() as [ReturnType<typeof generateSampleDataset>];
    const bad = () =>
      indexDataset(dataset, { for: ['handoff', 'nope' as 'sla'], extra: 1 } as never);
    expect(bad).toThrow(OptionsError);
    expect(bad).toThrow(/indexDataset: invalid options — for\.1: .*; .*extra/);
    expect(() => indexDataset(dataset, { for: [] })).toThrow(OptionsError);
    const timeline = { asOf: SAMPLE_AS_OF };
    expect(() => indexDataset(dataset, { mqlStage: 'sal', timeline })).toThrow(
      /mqlStage: give mqlStage or timeline/,
    );
    expect(() =>
      indexDataset(dataset, { timeline: { ...timeline, lifecycle: { mql: 'hot-lead' } } }),
    ).toThrow(/^indexDataset: invalid options — lifecycle/);
  });
});
