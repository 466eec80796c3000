import { cohortDelays, type EpisodeDelays } from '../lead-timeline/delays';
import type { Episode } from '../lead-timeline/types';
import type { Dataset } from '../model/dataset';
import type { BusinessCalendar } from '../time/business-hours';
import type { LedgerRow } from './types';

function fullName(first: string | null, last: string | null): string {
  return first && last ? `${first} ${last}` : (first ?? last ?? '');
}

/**
 * One ledger row per episode (same order), with names looked up for both teams to read and
 * delays in business minutes of `calendar` (computed once per cohort, see `cohortDelays`); sets `accepted[i]` to 1 for an episode ever
 * accepted. The only pass that reads the episodes: they lie in memory in person order, not
 * in the cohort's, so every read of one is a cache miss, and the other results are counted
 * from the rows instead.
 */
export function ledgerRows(
  dataset: Dataset,
  episodes: readonly Episode[],
  calendar: BusinessCalendar,
  accepted: Uint8Array,
): LedgerRow[] {
  const campaigns = new Map(dataset.campaigns.map((c) => [c.id, c.name]));
  const users = new Map(dataset.users.map((u) => [u.id, u.name]));
  const delays = cohortDelays(episodes, calendar);
  return episodes.map((ep, i) => {
    const delay = delays[i] as EpisodeDelays;
    if (!Number.isNaN(ep.acceptedMs)) accepted[i] = 1;
    const person = dataset.people[ep.personIndex];
    const ownerId = ep.ownerIds[ep.ownerIds.length - 1] ?? null;
    const opp = ep.opportunity;
    const rejection = ep.rejection;
    return {
      episodeId: ep.id,
      personId: ep.personId,
      personName: fullName(person?.firstName ?? null, person?.lastName ?? null),
      leadId: ep.leadId,
      number: ep.number,
      previousEpisodeId: ep.previousId,
      nextEpisodeId: ep.nextId,
      mqlAt: ep.mqlAt,
      campaignId: ep.campaignId,
      campaignName: ep.campaignId === null ? null : (campaigns.get(ep.campaignId) ?? null),
      channel: ep.channel,
      assignedAt: ep.assignedAt,
      assigneeId: ep.assigneeId,
      ownerId,
      ownerName: ownerId === null ? null : (users.get(ownerId) ?? null),
      firstTouchAt: ep.firstTouchAt,
      firstTouchActivityId: ep.firstTouchActivityId,
      attempts: ep.attemptMs.length,
      contactAt: ep.contactAt,
      acceptedAt: ep.acceptedAt,
      rejection:
        rejection === null
          ? null
          : {
              kind: rejection.kind,
              reason: rejection.reason,
              status: rejection.status,
              at: rejection.at,
            },
      opportunity:
        opp === null
          ? null
          : {
              dealId: opp.dealId,
              at: opp.at,
              status: opp.status,
              closedAt: opp.closedAt,
              amount: opp.amount,
            },
      fate: ep.fate,
      routingDelayMinutes: delay.routing,
      ownerDelayMinutes: delay.owner,
      speedToLeadMinutes: delay.speedToLead,
    };
  });
}
