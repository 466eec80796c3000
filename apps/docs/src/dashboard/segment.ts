import type { Dataset } from '@closedloop/core';

/**
 * The part of a dataset that belongs to accounts of one segment: those accounts, their
 * people, deals, leads and activities, the touches and memberships of those people, and
 * the field history of every kept record. Users, pipelines, campaigns and goals stay whole
 * (they are shared by every segment). Returns new arrays, so the core's per-dataset indexes
 * are built for the subset and never reused from the whole.
 */
export function datasetForSegment(dataset: Dataset, segment: string): Dataset {
  const accounts = dataset.accounts.filter((a) => a.segment === segment);
  const accountIds = new Set(accounts.map((a) => a.id));
  const people = dataset.people.filter((p) => p.accountId !== null && accountIds.has(p.accountId));
  const personIds = new Set(people.map((p) => p.id));
  const deals = dataset.deals.filter((d) => d.accountId !== null && accountIds.has(d.accountId));
  const dealIds = new Set(deals.map((d) => d.id));
  const leads = dataset.leads.filter(
    (l) =>
      (l.personId !== null && personIds.has(l.personId)) ||
      (l.accountId !== null && accountIds.has(l.accountId)),
  );
  const leadIds = new Set(leads.map((l) => l.id));
  const kept: Record<'person' | 'account' | 'lead' | 'deal', Set<string>> = {
    person: personIds,
    account: accountIds,
    lead: leadIds,
    deal: dealIds,
  };
  return {
    ...dataset,
    accounts,
    people,
    leads,
    deals,
    campaigns: [...dataset.campaigns],
    campaignMemberships: dataset.campaignMemberships.filter((m) => personIds.has(m.personId)),
    touchpoints: dataset.touchpoints.filter(
      (t) =>
        (t.personId !== null && personIds.has(t.personId)) ||
        (t.personId === null && t.accountId !== null && accountIds.has(t.accountId)),
    ),
    activities: dataset.activities.filter(
      (a) =>
        (a.accountId !== null && accountIds.has(a.accountId)) ||
        (a.dealId !== null && dealIds.has(a.dealId)) ||
        a.personIds.some((id) => personIds.has(id)),
    ),
    changes: dataset.changes.filter((c) => kept[c.entity].has(c.entityId)),
  };
}
