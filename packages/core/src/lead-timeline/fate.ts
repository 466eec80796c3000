import { addBusinessHours } from '../time/business-hours-math';
import type { TimelineConfig } from './config';
import type { Episode, Fate } from './types';

const DAY = 86_400_000;

/** The instant an untouched episode becomes never worked: `neverWorkedAfter` past its MQL. */
export function neverWorkedAt(config: TimelineConfig, mqlMs: number): number {
  const after = config.neverWorkedAfter;
  return 'days' in after
    ? mqlMs + after.days * DAY
    : addBusinessHours(config.calendar, mqlMs, after.businessHours);
}

/** The fate of an episode by `asOf`, by the rule documented on `Fate`. */
export function fateOf(config: TimelineConfig, ep: Episode): Fate {
  if (ep.opportunity !== null) return ep.opportunity.status === 'won' ? 'won' : 'opportunity';
  if (ep.decision === 'rejected' && ep.rejection !== null) return ep.rejection.kind;
  if (ep.decision === 'accepted') return 'accepted';
  if (ep.attemptMs.length === 0 && config.asOfMs >= neverWorkedAt(config, ep.mqlMs)) {
    return 'never_worked';
  }
  return 'pending';
}
