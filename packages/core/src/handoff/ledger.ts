import { type LeadLedgerColumns, leadLedgerColumns } from '../columns/lead-ledger';
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
 * delays in business minutes of `calendar` (computed once per cohort, see `cohortDelays`),
 * and the columns the other results are counted from (see `LeadLedgerColumns`). The only
 * pass that reads the episodes, in the order they lie in memory (by person, as walked), not
 * the cohort's: read in MQL order, every episode, its person and its lists were a cache miss.
 */
export function ledgerRows(
  dataset: Dataset,
  episodes: readonly Episode[],
  calendar: BusinessCalendar,
): { rows: LedgerRow[]; columns: LeadLedgerColumns } {
  const campaigns = new Map(dataset.campaigns.map((c) => [c.id, c.name]));
  const users = new Map(dataset.users.map((u) => [u.id, u.name]));
  const n = episodes.length;
  const rows = new Array<LedgerRow | null>(n).fill(null) as LedgerRow[];
  const columns = leadLedgerColumns(n);
  const order = memoryOrder(episodes, dataset.people.length);
  const delays = cohortDelays(episodes, calendar, order);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const ep = episodes[i] as Episode;
    const delay = delays[i] as EpisodeDelays;
    if (!Number.isNaN(ep.acceptedMs)) columns.accepted[i] = 1;
    const person = dataset.people[ep.personIndex];
    const ownerId = ep.ownerIds[ep.ownerIds.length - 1] ?? null;
    const opp = ep.opportunity;
    const rejection = ep.rejection;
    columns.fate[i] = ep.fate;
    columns.channel[i] = ep.channel;
    columns.campaignId[i] = ep.campaignId;
    columns.assigneeId[i] = ep.assigneeId;
    columns.ownerDelayMinutes[i] = delay.owner;
    columns.speedToLeadMinutes[i] = delay.speedToLead;
    columns.rejectionKind[i] = rejection?.kind ?? null;
    columns.rejectionReason[i] = rejection?.reason ?? null;
    if (ep.nextId !== null) columns.hasNext[i] = 1;
    columns.opportunityStatus[i] = opp?.status ?? null;
    rows[i] = {
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
  }
  return { rows, columns };
}

const orders = new WeakMap<readonly Episode[], Int32Array>();

/**
 * The positions of `episodes` in the order they lie in memory — by person, then MQL, as the
 * walk made them — by a stable counting sort on the person; once per shared cohort.
 */
function memoryOrder(episodes: readonly Episode[], people: number): Int32Array {
  const known = orders.get(episodes);
  if (known?.length === episodes.length) return known;
  const start = new Int32Array(people + 1);
  const person = new Int32Array(episodes.length);
  for (let i = 0; i < episodes.length; i++) {
    const p = (episodes[i] as Episode).personIndex;
    person[i] = p;
    start[p + 1] = (start[p + 1] as number) + 1;
  }
  for (let p = 0; p < people; p++) start[p + 1] = (start[p + 1] as number) + (start[p] as number);
  const order = new Int32Array(episodes.length);
  for (let i = 0; i < episodes.length; i++) {
    const p = person[i] as number;
    order[start[p] as number] = i;
    start[p] = (start[p] as number) + 1;
  }
  orders.set(episodes, order);
  return order;
}
