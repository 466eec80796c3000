import type { Episode } from '../lead-timeline/types';
import { addBusinessMillis } from '../time/business-hours-math';
import { formatInstant } from '../time/instant';
import {
  attemptsUntil,
  breached,
  type ClockContext,
  type ClockOutcome,
  clockStart,
  outcome,
} from './clock';

/**
 * The attempts commitment of one episode: at least `min` human attempts before the window
 * closes. The window runs `withinBusinessDays` business days (of the calendar's daily hours)
 * from the clock start and closes early at the first contact (a meeting, an inbound reply or
 * a "contacted" status) or the first decision. A contact or an acceptance closing it meets
 * the commitment (the lead was reached); otherwise — a rejection or the window running out —
 * it is met with at least `min` attempts up to the close, else breached (`too_few_attempts`).
 * Not eligible while the window is open at `asOf`.
 */
export function attemptsCheck(
  ep: Episode,
  ctx: ClockContext,
  min: number,
  withinBusinessDays: number,
): ClockOutcome {
  const start = clockStart(ep, ctx);
  if (Number.isNaN(start.ms)) return outcome(ep, 'not_started', ctx.asOfMs);
  const windowEnd = addBusinessMillis(
    ctx.calendar,
    start.ms,
    withinBusinessDays * ctx.calendar.dayMillis,
  );
  // An acceptance (or an opportunity) at or before the first decision makes it a positive one.
  const accepted = ep.acceptedMs <= ep.firstDecisionMs;
  let closeMs = windowEnd;
  let closedBy: 'contact' | 'acceptance' | 'rejection' | 'window' = 'window';
  let closeAt: string | null = null;
  if (ep.firstDecisionMs < closeMs) {
    closeMs = ep.firstDecisionMs;
    closedBy = accepted ? 'acceptance' : 'rejection';
    closeAt = ep.firstDecisionAt;
  }
  if (ep.contactMs <= closeMs) {
    closeMs = ep.contactMs;
    closedBy = 'contact';
    closeAt = ep.contactAt;
  }
  if (closeMs > ctx.asOfMs) return outcome(ep, 'running', ctx.asOfMs);
  const attempts = attemptsUntil(ep, closeMs);
  if (closedBy === 'contact' || closedBy === 'acceptance' || attempts >= min) {
    return outcome(ep, 'met', closeMs);
  }
  return breached(ep, ctx, {
    kind: 'too_few_attempts',
    startAt: start.at as string,
    deadlineMs: windowEnd,
    stopMs: closeMs,
    stopAt: closeAt ?? formatInstant(closeMs),
    stoppedBy: closedBy,
    attempts,
  });
}
