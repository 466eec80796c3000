import { History } from '../../lead-timeline/__fixtures__/history';
import type { Sla } from '../schema';

// April 2026 in New York (EDT, UTC−4), Monday–Friday 09:00–17:00, Good Friday 3 April off.
// The SLA: 10 MQLs a month; first touch within 4 business hours of the assignment; at least
// 2 attempts within 2 business days (16 business hours). asOf: Monday 20 April, 12:00 EDT.
//
//   S1 p1 MQL Thu 2 Apr 15:00, routed at once. Deadline: 2 h Thursday, the holiday and the
//         weekend skipped, 2 h Monday → Mon 6 Apr 11:00. Call 10:30: met. Calls Mon and Tue
//         10:00 … window to Tue 7 Apr 15:00: 2 attempts, met.
//   S2 p2 MQL Fri 10 Apr 16:00, queued, routed Mon 13 Apr 09:30 (routing 60 + 30 = 90 min).
//         Deadline Mon 13:30; call 14:00: late by 30 min. Window to Wed 15 Apr 09:30 with one
//         attempt: too few.
//   S3 p3 MQL Mon 20 Apr 10:00, routed, untouched: deadline 14:00 is after asOf: running.
//   S4 p4 MQL Wed 15 Apr 09:00, never leaves the queue: no clock from an assignment.
//   S5 p5 MQL Thu 16 Apr 09:00, routed, "Duplicate" at 10:00 with no touch: the decision
//         stops the clock in time (met); the attempts window closes with 0 attempts: too few.
//   S6 p6 MQL Fri 17 Apr 09:00, routed; the buyer writes at 09:30 (contact), call at 11:00:
//         met, and the contact meets the attempts commitment.
export const HOURS = { timeZone: 'America/New_York', holidays: ['2026-04-03'] };
export const SLA: Sla = {
  id: 'sla-1',
  businessHours: HOURS,
  marketing: { metric: 'mqls', target: 10, per: 'month' },
  sales: {
    firstTouch: { withinBusinessHours: 4, clockStartsAt: 'assignment' },
    attempts: { min: 2, withinBusinessDays: 2 },
  },
};
export const AS_OF = '2026-04-20T16:00:00Z';

export function april(): History {
  const h = new History();
  const person = (id: string, channel: 'paid_search' | 'webinar') =>
    h.person(id, '2026-03-01T10:00:00Z', { attribution: { latest: { channel } } });
  for (const id of ['p1', 'p2', 'p3']) person(id, 'paid_search');
  for (const id of ['p4', 'p5', 'p6']) person(id, 'webinar');
  const mql = (id: string, at: string, owner: string) =>
    h.stage(id, at, 'lead', 'mql').owner(id, at, null, owner);
  mql('p1', '2026-04-02T19:00:00Z', 'rep1')
    .activity('p1', '2026-04-06T14:30:00Z', 'call')
    .activity('p1', '2026-04-07T14:00:00Z', 'call');
  mql('p2', '2026-04-10T20:00:00Z', 'queue')
    .owner('p2', '2026-04-13T13:30:00Z', 'queue', 'rep2')
    .activity('p2', '2026-04-13T18:00:00Z', 'call', { ownerId: 'rep2' });
  mql('p3', '2026-04-20T14:00:00Z', 'rep1');
  mql('p4', '2026-04-15T13:00:00Z', 'queue');
  mql('p5', '2026-04-16T13:00:00Z', 'rep2').status(
    'p5',
    '2026-04-16T14:00:00Z',
    'Unqualified',
    'Duplicate',
  );
  mql('p6', '2026-04-17T13:00:00Z', 'rep1')
    .activity('p6', '2026-04-17T13:30:00Z', 'email', { direction: 'inbound' })
    .activity('p6', '2026-04-17T15:00:00Z', 'call');
  return h;
}
