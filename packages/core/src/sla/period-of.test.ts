import { describe, expect, it } from 'vitest';
import { periodContaining, slaPeriod } from './period-of';

describe('periodContaining', () => {
  it('runs weeks Monday to Sunday', () => {
    // Friday 15 May 2026 → Monday 11 to Sunday 17 May; a Sunday belongs to the week before.
    expect(periodContaining('2026-05-15', 'week', 1)).toEqual({
      start: '2026-05-11',
      end: '2026-05-17',
    });
    expect(periodContaining('2026-05-17', 'week', 1)).toEqual({
      start: '2026-05-11',
      end: '2026-05-17',
    });
    expect(periodContaining('2026-05-18', 'week', 1)).toEqual({
      start: '2026-05-18',
      end: '2026-05-24',
    });
  });

  it('runs months and leap Februaries', () => {
    expect(periodContaining('2028-02-10', 'month', 7)).toEqual({
      start: '2028-02-01',
      end: '2028-02-29',
    });
  });

  it('starts quarters and years at the fiscal start month', () => {
    expect(periodContaining('2026-05-15', 'quarter', 1)).toEqual({
      start: '2026-04-01',
      end: '2026-06-30',
    });
    // Fiscal year from February: Q4 is November–January.
    expect(periodContaining('2026-01-20', 'quarter', 2)).toEqual({
      start: '2025-11-01',
      end: '2026-01-31',
    });
    expect(periodContaining('2026-02-01', 'quarter', 2)).toEqual({
      start: '2026-02-01',
      end: '2026-04-30',
    });
    expect(periodContaining('2026-03-31', 'year', 4)).toEqual({
      start: '2025-04-01',
      end: '2026-03-31',
    });
    expect(periodContaining('2026-04-01', 'year', 4)).toEqual({
      start: '2026-04-01',
      end: '2027-03-31',
    });
  });
});

describe('slaPeriod', () => {
  it('reads asOf in the time zone and steps back for the previous period', () => {
    // 1 April 2026 02:00 UTC is still 31 March in New York.
    const asOf = Date.parse('2026-04-01T02:00:00Z');
    expect(slaPeriod(asOf, 'America/New_York', 'month', 1, 'current')).toEqual({
      start: '2026-03-01',
      end: '2026-03-31',
    });
    expect(slaPeriod(asOf, 'UTC', 'month', 1, 'current').start).toBe('2026-04-01');
    expect(slaPeriod(asOf, 'UTC', 'quarter', 1, 'previous')).toEqual({
      start: '2026-01-01',
      end: '2026-03-31',
    });
  });
});
