import { describe, expect, it } from 'vitest';
import { deal, strictDataset } from '../lifecycle/__fixtures__/builders';
import { Goal } from '../model/sales';
import { goalProgress } from './goal-progress';
import { describePeriod, periodContaining } from './periods';

const february = { startMonth: 2 };

describe('periodContaining', () => {
  it('names a fiscal year starting in February by the year it ends in', () => {
    expect(periodContaining('2026-01-15', 'fiscal-year', february)).toEqual({
      kind: 'fiscal-year',
      start: '2025-02-01',
      end: '2026-01-31',
      label: 'FY2026',
      fiscalYear: 2026,
    });
    expect(periodContaining('2026-02-01', 'fiscal-year', february).label).toBe('FY2027');
    expect(
      periodContaining('2026-02-01', 'fiscal-year', { startMonth: 2, naming: 'start' }).label,
    ).toBe('FY2026');
  });

  it('counts fiscal quarters from the start month, across the calendar year', () => {
    expect(periodContaining('2026-02-01', 'quarter', february)).toMatchObject({
      start: '2026-02-01',
      end: '2026-04-30',
      label: 'FY2027 Q1',
    });
    expect(periodContaining('2026-12-31', 'quarter', february)).toMatchObject({
      start: '2026-11-01',
      end: '2027-01-31',
      label: 'FY2027 Q4',
    });
    expect(periodContaining('2027-01-31', 'quarter', february).label).toBe('FY2027 Q4');
  });

  it('gives calendar quarters and months, leap days included', () => {
    expect(periodContaining('2026-05-15', 'quarter')).toMatchObject({
      start: '2026-04-01',
      end: '2026-06-30',
      label: 'Q2 2026',
    });
    expect(periodContaining('2028-02-10', 'month')).toMatchObject({
      start: '2028-02-01',
      end: '2028-02-29',
      label: '2028-02',
    });
    expect(periodContaining('2026-12-31', 'fiscal-year')).toMatchObject({
      start: '2026-01-01',
      end: '2026-12-31',
      label: '2026',
    });
  });

  it('rejects bad dates and start months', () => {
    expect(() => periodContaining('2026-02-30', 'month')).toThrow(RangeError);
    expect(() => periodContaining('2026-02-01', 'month', { startMonth: 13 })).toThrow(/1–12/);
  });
});

describe('describePeriod', () => {
  it('recognises months, quarters and fiscal years, else custom', () => {
    expect(describePeriod('2026-04-01', '2026-06-30')).toEqual({
      kind: 'quarter',
      label: 'Q2 2026',
    });
    expect(describePeriod('2026-02-01', '2027-01-31', february)).toEqual({
      kind: 'fiscal-year',
      label: 'FY2027',
    });
    expect(describePeriod('2026-03-01', '2026-03-31')).toEqual({ kind: 'month', label: '2026-03' });
    expect(describePeriod('2026-03-02', '2026-03-31')).toEqual({
      kind: 'custom',
      label: '2026-03-02 – 2026-03-31',
    });
  });
});

describe('goal periods in a time zone', () => {
  const won = (id: string, closedAt: string) =>
    deal(id, { status: 'won', closedAt, amount: { amount: '1', currency: 'EUR' } });
  const revenue = (fields: Partial<Goal>) =>
    Goal.parse({
      id: 'g',
      name: 'g',
      metric: 'revenue',
      target: '10',
      currency: 'EUR',
      teams: ['sales'],
      timeZone: 'Europe/Berlin',
      ...fields,
    });

  it('ends fiscal year 2026 (February start) at midnight after 31 January, Berlin time', () => {
    const fy = periodContaining('2026-01-31', 'fiscal-year', february);
    const goal = revenue({ periodStart: fy.start, periodEnd: fy.end });
    const data = strictDataset({
      deals: [
        won('last-evening', '2026-01-31T22:30:00Z'), // 23:30 CET on 31 January
        won('next-morning', '2026-01-31T23:10:00Z'), // 00:10 CET on 1 February
        won('first-hour', '2025-01-31T23:30:00Z'), // 00:30 CET on 1 February 2025
      ],
    });
    const result = goalProgress(data, goal, {
      asOf: '2026-02-05T00:00:00Z',
      fiscalYearStartMonth: 2,
    });
    expect(result.contributing.dealIds).toEqual(['last-evening', 'first-hour']);
    expect(result.period).toEqual({ kind: 'fiscal-year', label: 'FY2026' });
    expect(result.periodStartsAt).toBe('2025-01-31T23:00:00.000Z');
    expect(result.periodEndsAt).toBe('2026-01-31T23:00:00.000Z');
  });

  it('ends Q1 at 22:00Z after the spring DST change, and counts the quarter in hours', () => {
    // Berlin moves to CEST (UTC+2) on 29 March: Q1 runs 31 Dec 23:00Z → 31 Mar 22:00Z,
    // 90 days less one hour = 2159 hours.
    const goal = revenue({ periodStart: '2026-01-01', periodEnd: '2026-03-31' });
    const data = strictDataset({
      deals: [won('in', '2026-03-31T21:59:00Z'), won('out', '2026-03-31T22:00:00Z')],
    });
    const result = goalProgress(data, goal, { asOf: '2026-02-15T23:00:00Z' });
    expect(result.periodEndsAt).toBe('2026-03-31T22:00:00.000Z');
    // At local midnight of 16 February, 31 + 15 = 46 days of 24 hours have passed: 1104 / 2159.
    expect(result.elapsedFraction).toBeCloseTo(1104 / 2159, 12);
    const after = goalProgress(data, goal, { asOf: '2026-04-02T00:00:00Z' });
    expect(after.contributing.dealIds).toEqual(['in']);
  });

  it('reads the dates in options.timeZone when given', () => {
    const goal = revenue({ periodStart: '2026-01-01', periodEnd: '2026-03-31' });
    const ny = goalProgress(strictDataset({}), goal, {
      asOf: '2026-02-15T00:00:00Z',
      timeZone: 'America/New_York',
    });
    expect(ny.timeZone).toBe('America/New_York');
    expect(ny.periodStartsAt).toBe('2026-01-01T05:00:00.000Z');
  });
});
