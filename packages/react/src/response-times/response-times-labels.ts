import { defaultStateLabels, type StateLabels } from '../kit';
import type { DelayKind } from './delay-rows';

/** Every word `ResponseTimes` shows, overridable for translation. */
export interface ResponseTimesLabels extends StateLabels {
  /** Names of the three delays. */
  delays: Record<DelayKind, string>;
  /** What each delay measures, shown under its name. */
  delayHints: Record<DelayKind, string>;
  /** The basis line, e.g. "Business time: Mon–Fri 09:00–17:00 America/New_York". */
  basis: (basis: 'business' | 'elapsed', hours: string | null) => string;
  /** The SLA rule's label, e.g. "SLA 4 h". */
  sla: (duration: string) => string;
  /** The sentence that states the SLA, e.g. "First touch within 4 business hours of assignment". */
  slaRule: (duration: string, clock: 'mql' | 'assignment') => string;
  /** Row facts: "n = 117 · 3 waiting". */
  rowCount: (count: string, waiting: string) => string;
  /**
   * The sentence under the rows when MQLs were rejected before any touch (core's
   * `rejectedUnseen`): they have no response time and are not waiting either.
   */
  rejectedUnseen: (count: number, formatted: string) => string;
  /** Data table header of the rejected-before-a-touch counts. */
  rejectedUnseenColumn: string;
  /** Tooltip and table words. */
  count: string;
  share: string;
  withinSla: string;
  waiting: string;
  /** A bin's range, e.g. "1–2 h", from formatted edges; `from` null for the first (from 0), `to` null for the open last bin. */
  bin: (from: string | null, to: string | null) => string;
  /** Percentile names. */
  p50: string;
  p90: string;
  p95: string;
  /** Heading of the band strips. */
  bandsTitle: string;
  /** Heading of the owner small multiples. */
  ownersTitle: (delay: string) => string;
  /** Shown on an owner with too few delays to judge (fewer than five). */
  fewDelays: string;
  /** The row of episodes never assigned. */
  unassigned: string;
  /** Data table column headers. */
  delay: string;
  /** The name of the x axis. */
  axis: (basis: 'business' | 'elapsed') => string;
  /** Shown in a row without per-episode delays. */
  noHistogram: string;
}

/** English defaults of `ResponseTimesLabels`. */
export const defaultResponseTimesLabels: ResponseTimesLabels = {
  ...defaultStateLabels,
  delays: {
    speedToLead: 'Speed to lead',
    routingDelay: 'Routing delay',
    ownerDelay: 'Owner delay',
  },
  delayHints: {
    speedToLead: 'MQL → first human touch',
    routingDelay: 'MQL → assigned',
    ownerDelay: 'Assigned → first touch',
  },
  basis: (basis, hours) =>
    basis === 'business'
      ? `Business time${hours ? ` (${hours})` : ''}`
      : 'Elapsed (wall-clock) time',
  sla: (duration) => `SLA ${duration}`,
  slaRule: (duration, clock) =>
    `SLA: first touch within ${duration} of business time after ${clock === 'mql' ? 'the MQL' : 'assignment'}`,
  rowCount: (count, waiting) => `n = ${count} · ${waiting} waiting`,
  rejectedUnseen: (count, formatted) =>
    count === 1
      ? '1 lead was rejected before anyone touched it: it has no response time and is not counted as waiting.'
      : `${formatted} leads were rejected before anyone touched them: they have no response time and are not counted as waiting.`,
  rejectedUnseenColumn: 'Rejected before a touch',
  count: 'Leads',
  share: 'Share',
  withinSla: 'Within SLA',
  waiting: 'Still waiting',
  bin: (from, to) =>
    from === null ? `Under ${to}` : to === null ? `${from} or more` : `${from}–${to}`,
  p50: 'P50',
  p90: 'P90',
  p95: 'P95',
  bandsTitle: 'Share by band',
  ownersTitle: (delay) => `${delay} by owner, worst P90 first`,
  fewDelays: 'too few to judge',
  unassigned: 'Not assigned',
  delay: 'Delay',
  axis: (basis) => (basis === 'business' ? 'Business time, log scale' : 'Elapsed time, log scale'),
  noHistogram: 'P50–P95 range',
};
