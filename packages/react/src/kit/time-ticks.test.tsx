import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTimeTick, timeStep, timeTicks } from './time-ticks';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('timeTicks', () => {
  it('picks the finest step whose ticks stay ~80px apart', () => {
    expect(timeStep(utc(2025, 1), utc(2025, 1, 8), 600)).toBe('day');
    expect(timeStep(utc(2025, 1), utc(2025, 2, 15), 600)).toBe('week');
    expect(timeStep(utc(2025, 1), utc(2025, 12), 1000)).toBe('month');
    expect(timeStep(utc(2024, 1), utc(2026, 1), 800)).toBe('quarter');
    expect(timeStep(utc(2015, 1), utc(2026, 1), 600)).toBe('year');
  });

  it('puts month ticks on the first of each month inside the span', () => {
    const ticks = timeTicks(utc(2025, 1, 15), utc(2025, 6, 10), 600);
    expect(ticks.map((t) => new Date(t.time).toISOString().slice(0, 10))).toEqual([
      '2025-02-01',
      '2025-03-01',
      '2025-04-01',
      '2025-05-01',
      '2025-06-01',
    ]);
  });

  it('puts week ticks on Mondays', () => {
    const ticks = timeTicks(utc(2025, 1, 1), utc(2025, 2, 10), 600);
    expect(ticks[0]?.step).toBe('week');
    for (const tick of ticks) expect(new Date(tick.time).getUTCDay()).toBe(1);
  });

  it('stays inside the span, ascending, and never denser than the width allows (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc(2000, 1), max: utc(2030, 1) }),
        fc.integer({ min: 1, max: 20 * 365 * 86_400_000 }),
        fc.integer({ min: 160, max: 1600 }),
        (start, span, width) => {
          const ticks = timeTicks(start, start + span, width);
          for (let i = 0; i < ticks.length; i++) {
            const t = ticks[i]?.time ?? 0;
            expect(t).toBeGreaterThanOrEqual(start);
            expect(t).toBeLessThanOrEqual(start + span);
            if (i > 0) expect(t).toBeGreaterThan(ticks[i - 1]?.time ?? 0);
          }
          // Calendar months vary in length, so allow one tick more than the nominal count.
          expect(ticks.length).toBeLessThanOrEqual(Math.floor(width / 80) + 2);
        },
      ),
    );
  });

  it('labels ticks in the locale', () => {
    expect(formatTimeTick({ time: utc(2025, 3), step: 'month' }, 'en-US')).toBe('Mar');
    expect(formatTimeTick({ time: utc(2026, 1), step: 'month' }, 'en-US')).toBe('Jan 2026');
    expect(formatTimeTick({ time: utc(2025, 3, 4), step: 'week' }, 'de-DE')).toBe('4. März');
    expect(formatTimeTick({ time: utc(2026, 1), step: 'year' }, 'ja-JP')).toBe('2026年');
  });
});
