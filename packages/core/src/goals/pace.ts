import { divideHalfEven } from '../money/rounding';
import type { DayCount } from './day-count';

/** Where a goal stands against time, in the scaled integers of its values. */
export interface Pace {
  elapsedFraction: number;
  attainment: number | null;
  pacing: number | null;
  expectedToDate: bigint;
  runRateForecast: bigint | null;
  requiredPerDay: bigint | null;
}

/**
 * attainment = actual ÷ target; expected = target × elapsed share; pacing = attainment ÷
 * elapsed share; run rate = actual ÷ elapsed share; required per day = (target − actual) ÷
 * remaining days (0 once reached, null after the end). Money rounds half-even once.
 */
export function paceOf(actual: bigint, target: bigint, days: DayCount): Pace {
  const { elapsed, total } = days;
  const remaining = total - elapsed;
  const elapsedFraction = Number(elapsed) / Number(total);
  const attainment = target > 0n ? Number(actual) / Number(target) : null;
  const shortfall = target > actual ? target - actual : 0n;
  return {
    elapsedFraction,
    attainment,
    pacing: attainment !== null && elapsed > 0n ? attainment / elapsedFraction : null,
    expectedToDate: divideHalfEven(target * elapsed, total),
    runRateForecast: elapsed > 0n ? divideHalfEven(actual * total, elapsed) : null,
    // shortfall ÷ (periodDays × remaining ÷ total)
    requiredPerDay:
      remaining > 0n && days.periodDays > 0
        ? divideHalfEven(shortfall * total, BigInt(days.periodDays) * remaining)
        : null,
  };
}
