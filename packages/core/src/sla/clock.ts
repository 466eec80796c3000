import type { Episode } from '../lead-timeline/types';
import type { User } from '../model/people';
import type { BusinessCalendar } from '../time/business-hours';
import { businessMillisBetween } from '../time/business-hours-math';
import { formatInstant } from '../time/instant';
import type { Breach, BreachKind } from './types';

/** The status of one SLA clock of one episode. */
export type ClockStatus = 'met' | 'breached' | 'running' | 'not_started';

/** One clock of one episode: its status, the owner accountable for it and any breach. */
export interface ClockOutcome {
  status: ClockStatus;
  /** Who held the lead when the clock was decided (at `asOf` while running). */
  ownerId: string | null;
  breach: Breach | null;
}

/** What the clock checks need besides the episode. */
export interface ClockContext {
  calendar: BusinessCalendar;
  asOfMs: number;
  users: ReadonlyMap<string, User>;
  clockStartsAt: 'mql' | 'assignment';
}

/** The clock start of an episode (NaN when the assignment clock never started) and its text. */
export function clockStart(ep: Episode, ctx: ClockContext): { ms: number; at: string | null } {
  return ctx.clockStartsAt === 'mql'
    ? { ms: ep.mqlMs, at: ep.mqlAt }
    : { ms: ep.assignedMs, at: ep.assignedAt };
}

/** Who owned the episode at an instant (the owner at the MQL before any change). */
export function ownerAt(ep: Episode, ms: number): string | null {
  let owner = ep.ownerIds[0] ?? null;
  for (let i = 1; i < ep.ownerMs.length && (ep.ownerMs[i] as number) <= ms; i++) {
    owner = ep.ownerIds[i] ?? null;
  }
  return owner;
}

/** The facts of a breach. */
export interface BreachFacts {
  kind: BreachKind;
  startAt: string;
  deadlineMs: number;
  stopMs: number;
  stopAt: string | null;
  stoppedBy: Breach['stoppedBy'];
  attempts: number;
}

/** An outcome without breach, its owner taken at `ms`. */
export function outcome(ep: Episode, status: ClockStatus, ms: number): ClockOutcome {
  return { status, ownerId: ownerAt(ep, ms), breach: null };
}

/** A breached outcome: the owner when the deadline passed (or at the stop, if earlier). */
export function breached(ep: Episode, ctx: ClockContext, facts: BreachFacts): ClockOutcome {
  const running = Number.isNaN(facts.stopMs);
  const decidedMs = running ? facts.deadlineMs : Math.min(facts.deadlineMs, facts.stopMs);
  const ownerId = ownerAt(ep, decidedMs);
  return { status: 'breached', ownerId, breach: breachOf(ep, ctx, facts, ownerId) };
}

/** Whether a sales owner held the episode at an instant (else it was in routing). */
export function assignedBy(ep: Episode, ms: number): boolean {
  return ep.assignedMs <= ms;
}

function breachOf(
  ep: Episode,
  ctx: ClockContext,
  facts: BreachFacts,
  ownerId: string | null,
): Breach {
  const running = Number.isNaN(facts.stopMs);
  const overdueEnd = running ? ctx.asOfMs : facts.stopMs;
  return {
    kind: facts.kind,
    episodeId: ep.id,
    personId: ep.personId,
    leadId: ep.leadId,
    ownerId,
    ownerName: ownerId === null ? null : (ctx.users.get(ownerId)?.name ?? null),
    responsible: assignedBy(
      ep,
      running ? facts.deadlineMs : Math.min(facts.deadlineMs, facts.stopMs),
    )
      ? 'owner'
      : 'routing',
    campaignId: ep.campaignId,
    channel: ep.channel,
    clockStartedAt: facts.startAt,
    deadlineAt: formatInstant(facts.deadlineMs),
    clockStoppedAt: facts.stopAt,
    stoppedBy: facts.stoppedBy,
    running,
    attempts: facts.attempts,
    overdueBusinessMinutes:
      Math.max(0, businessMillisBetween(ctx.calendar, facts.deadlineMs, overdueEnd)) / 60_000,
  };
}

/** How many attempts were made up to and including an instant. */
export function attemptsUntil(ep: Episode, ms: number): number {
  let count = 0;
  while (count < ep.attemptMs.length && (ep.attemptMs[count] as number) <= ms) count++;
  return count;
}
