import type { Episode } from '../lead-timeline/types';
import { addBusinessHours } from '../time/business-hours-math';
import {
  attemptsUntil,
  breached,
  type ClockContext,
  type ClockOutcome,
  clockStart,
  outcome,
} from './clock';

/**
 * The first-touch commitment of one episode. The clock starts at the MQL or the assignment
 * and the deadline is `withinBusinessHours` business hours later. It stops at the first
 * human touch, or at the first decision (acceptance or rejection) if that came before any
 * touch; a touch before the clock started (the lead was worked while queued) meets it. As in
 * the usual definition, only clocks whose deadline has passed by `asOf` are eligible, so a
 * period still running is not flattered by its quickest recent leads:
 * - running: the deadline is after `asOf` (stopped or not);
 * - met: stopped by the deadline;
 * - breached, `late_first_touch`: stopped after the deadline;
 * - breached, `no_first_touch`: nothing stopped it by `asOf`; the clock is still running;
 * - not_started: assignment clock, never assigned (a routing problem, not the owner's).
 */
export function firstTouch(
  ep: Episode,
  ctx: ClockContext,
  withinBusinessHours: number,
): ClockOutcome {
  const start = clockStart(ep, ctx);
  if (Number.isNaN(start.ms)) return outcome(ep, 'not_started', ctx.asOfMs);
  const deadlineMs = addBusinessHours(ctx.calendar, start.ms, withinBusinessHours);
  const touchMs = ep.attemptMs.length > 0 ? (ep.attemptMs[0] as number) : Number.NaN;
  const byTouch = !Number.isNaN(touchMs) && !(ep.firstDecisionMs < touchMs);
  const stopMs = byTouch ? touchMs : ep.firstDecisionMs;
  if (deadlineMs > ctx.asOfMs) return outcome(ep, 'running', ctx.asOfMs);
  if (stopMs <= deadlineMs) return outcome(ep, 'met', stopMs);
  const stopped = !Number.isNaN(stopMs);
  return breached(ep, ctx, {
    kind: stopped ? 'late_first_touch' : 'no_first_touch',
    startAt: start.at as string,
    deadlineMs,
    stopMs,
    stopAt: stopped ? (byTouch ? ep.firstTouchAt : ep.firstDecisionAt) : null,
    stoppedBy: stopped ? (byTouch ? 'touch' : 'disposition') : null,
    attempts: attemptsUntil(ep, stopped ? stopMs : ctx.asOfMs),
  });
}
