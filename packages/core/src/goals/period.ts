import type { Goal } from '../model/sales';
import { daysBetween, parseIsoDate } from '../time/calendar-date';
import { zonedDayEnd, zonedMidnight } from '../time/zoned-midnight';
import { InvalidGoalError } from './errors';

/** A goal's period as a half-open interval of instants `[startMs, endMs)`. */
export interface GoalPeriod {
  /** Local midnight of the first day, epoch ms. */
  startMs: number;
  /** Local midnight after the last day, epoch ms (exclusive). */
  endMs: number;
  /** Calendar days in the period, first and last included. */
  days: number;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, included. */
  end: string;
  /** The IANA time zone the dates are read in. */
  timeZone: string;
}

/**
 * The instants a goal's period covers: `periodStart` and `periodEnd` are calendar dates in
 * the goal's time zone, both included, so the period runs from local midnight of the first
 * day to local midnight after the last (a deal won at 23:30 local on the last day counts).
 * `timeZone` overrides the goal's own.
 * @throws {InvalidGoalError} for a malformed date, an end before the start, or an unknown time zone.
 */
export function goalPeriod(goal: Goal, timeZone: string = goal.timeZone): GoalPeriod {
  try {
    parseIsoDate(goal.periodStart);
    parseIsoDate(goal.periodEnd);
  } catch (error) {
    throw new InvalidGoalError(goal.id, (error as Error).message);
  }
  const days = daysBetween(goal.periodStart, goal.periodEnd) + 1;
  if (days < 1) {
    throw new InvalidGoalError(
      goal.id,
      `periodEnd ${goal.periodEnd} is before periodStart ${goal.periodStart}`,
    );
  }
  try {
    return {
      startMs: zonedMidnight(goal.periodStart, timeZone),
      endMs: zonedDayEnd(goal.periodEnd, timeZone),
      days,
      start: goal.periodStart,
      end: goal.periodEnd,
      timeZone,
    };
  } catch {
    throw new InvalidGoalError(goal.id, `unknown time zone "${timeZone}"`);
  }
}
