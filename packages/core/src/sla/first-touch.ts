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
import type { ResolvedSla } from './schema';

/** What stops the first-touch clock besides a touch (see `SalesCommitment`). */
export type FirstTouchStop = ResolvedSla['sales']['firstTouch']['stoppedBy'];

/**
 * The first-touch commitment of one episode. The clock starts at the MQL or the assignment
 * and the deadline is `withinBusinessHours` business hours later. It stops at the first
 * human touch; a touch before the clock started (the lead was worked while queued) meets it.
 * A decision before any touch stops it only when `stoppedBy` allows: an acceptance always, a
 * rejection only under `touch-or-reasoned-rejection` and with a reason. As in the usual
 * definition, only clocks whose deadline has passed by `asOf` are eligible, so a period still
 * running is not flattered by its quickest recent leads:
 * - running: the deadline is after `asOf` (stopped or not);
 * - met: stopped by the deadline;
 * - breached, `late_first_touch`: stopped after the deadline;
 * - breached, `rejected_without_touch`: rejected before any touch and untouched at the
 *   deadline (the lead is done: the clock stopped at the rejection, it does not run on);
 * - breached, `no_first_touch`: nothing stopped it by `asOf`; the clock is still running;
 * - not_started: assignment clock, never assigned (a routing problem, not the owner's).
 */
export function firstTouch(
  ep: Episode,
  ctx: ClockContext,
  commitment: { withinBusinessHours: number; stoppedBy: FirstTouchStop },
): ClockOutcome {
  const start = clockStart(ep, ctx);
  if (Number.isNaN(start.ms)) return outcome(ep, 'not_started', ctx.asOfMs);
  const deadlineMs = addBusinessHours(ctx.calendar, start.ms, commitment.withinBusinessHours);
  const touchMs = ep.attemptMs.length > 0 ? (ep.attemptMs[0] as number) : Number.NaN;
  const decidedFirst = !Number.isNaN(ep.firstDecisionMs) && !(touchMs <= ep.firstDecisionMs);
  const unseen = rejectedUnseen(ep);
  const decisionStops =
    decidedFirst &&
    (!unseen ||
      (commitment.stoppedBy === 'touch-or-reasoned-rejection' && ep.rejection?.reason != null));
  const stopMs = decisionStops ? ep.firstDecisionMs : touchMs;
  if (deadlineMs > ctx.asOfMs) return outcome(ep, 'running', ctx.asOfMs);
  if (stopMs <= deadlineMs) return outcome(ep, 'met', stopMs);
  const stopped = !Number.isNaN(stopMs);
  const rejectedUnseenNow = !stopped && unseen;
  return breached(ep, ctx, {
    kind: stopped
      ? 'late_first_touch'
      : rejectedUnseenNow
        ? 'rejected_without_touch'
        : 'no_first_touch',
    startAt: start.at as string,
    deadlineMs,
    stopMs: rejectedUnseenNow ? ep.firstDecisionMs : stopMs,
    stopAt: stopped
      ? decisionStops
        ? ep.firstDecisionAt
        : ep.firstTouchAt
      : rejectedUnseenNow
        ? ep.firstDecisionAt
        : null,
    stoppedBy: stopped
      ? decisionStops
        ? 'disposition'
        : 'touch'
      : rejectedUnseenNow
        ? 'rejection'
        : null,
    attempts: attemptsUntil(ep, stopped ? stopMs : ctx.asOfMs),
  });
}

/** Whether an episode was rejected before any human touch (by `asOf`). */
export function rejectedUnseen(ep: Episode): boolean {
  const touchMs = ep.attemptMs.length > 0 ? (ep.attemptMs[0] as number) : Number.NaN;
  return (
    !Number.isNaN(ep.firstDecisionMs) &&
    !(touchMs <= ep.firstDecisionMs) &&
    !(ep.acceptedMs <= ep.firstDecisionMs)
  );
}
