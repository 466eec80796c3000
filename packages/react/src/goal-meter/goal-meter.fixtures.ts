import type { GoalProgress } from '@closedloop/core';

/**
 * A revenue goal halfway through Q1 2026 (UTC): 45 of 90 days gone, $412,500 of
 * $1,200,000 won, $600,000 expected by now. Override fields for other cases.
 */
export function progressFixture(overrides: Partial<GoalProgress> = {}): GoalProgress {
  return {
    goalId: 'goal-q1-revenue',
    metric: 'revenue',
    currency: 'USD',
    target: '1200000.00',
    actual: '412500.00',
    // 412 500 / 1 200 000
    attainment: 0.34375,
    elapsedFraction: 0.5,
    expectedToDate: '600000.00',
    pacing: 0.6875,
    runRateForecast: '825000.00',
    // (1 200 000 − 412 500) / 45 days
    requiredPerDay: '17500.00',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    timeZone: 'UTC',
    periodStartsAt: '2026-01-01T00:00:00.000Z',
    periodEndsAt: '2026-04-01T00:00:00.000Z',
    periodDays: 90,
    remainingDays: 45,
    asOf: '2026-02-15T00:00:00Z',
    contributing: { count: 3, dealIds: ['d1', 'd2', 'd3'] },
    exchangeRatesUsed: {},
    quality: [],
    ...overrides,
  };
}

/** The same goal, ahead of pace: $780,000 won by mid-quarter. */
export function aheadFixture(): GoalProgress {
  return progressFixture({
    actual: '780000.00',
    attainment: 0.65,
    pacing: 1.3,
    runRateForecast: '1560000.00',
    requiredPerDay: '9333.33',
  });
}

/** A EUR goal with amounts that need the German number format; 301 234.50 shows half-even rounding. */
export function euroFixture(): GoalProgress {
  return progressFixture({
    currency: 'EUR',
    target: '950000.00',
    actual: '301234.50',
    attainment: 301234.5 / 950000,
    expectedToDate: '475000.00',
    pacing: 301234.5 / 950000 / 0.5,
    runRateForecast: '602469.00',
    requiredPerDay: '14417.01',
  });
}
