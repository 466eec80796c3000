import type { Dataset } from '@closedloop/core';
import { memberTouchType } from './salesforce-store';

type Membership = Dataset['campaignMemberships'][number];
type Touchpoint = Dataset['touchpoints'][number];

const day = (value: string | null) => (value ? new Date(value).toISOString().slice(0, 10) : null);

/**
 * A dataset reshaped to what core Salesforce can hold, so a round trip through the fake can
 * be compared field by field:
 * - one org-wide stage picklist: pipelines merge into the first, stages deduplicated by name;
 * - an unconverted lead has a company name, not an account;
 * - marketing touches exist only as campaign responses: a touch on a campaign makes the
 *   person a responded member, and each responded member is one touch on its
 *   `FirstRespondedDate` (a date, so at midnight UTC);
 * - opportunity contact roles name contacts only; one Lead per lead person.
 */
export function salesforceShapedDataset(dataset: Dataset): Dataset {
  const people = new Map(dataset.people.map((person) => [person.id, person]));
  const [first] = dataset.pipelines;
  const stageByName = new Map<string, string>();
  const stageIds = new Map<string, string>();
  for (const pipeline of dataset.pipelines)
    for (const stage of pipeline.stages) {
      if (!stageByName.has(stage.name)) stageByName.set(stage.name, stage.id);
      stageIds.set(stage.id, stageByName.get(stage.name) as string);
    }
  const pipelines = first
    ? [
        {
          ...first,
          stages: dataset.pipelines
            .flatMap((pipeline) => pipeline.stages)
            .filter((stage) => stageByName.get(stage.name) === stage.id)
            .map((stage, order) => ({ ...stage, order })),
        },
      ]
    : [];
  const remapStage = (id: string | null) => (id === null ? null : (stageIds.get(id) ?? id));

  const memberships: Membership[] = dataset.campaignMemberships.map((membership) => ({
    ...membership,
    firstRespondedAt: membership.responded ? day(membership.firstRespondedAt) : null,
  }));
  const memberKeys = new Set(memberships.map((m) => `${m.personId}|${m.campaignId}`));
  for (const touch of [...dataset.touchpoints].sort(
    (a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt),
  )) {
    const key = `${touch.personId}|${touch.campaignId}`;
    if (!touch.personId || !touch.campaignId || memberKeys.has(key)) continue;
    memberKeys.add(key);
    memberships.push({
      id: `${touch.id}:member`,
      source: touch.source,
      createdAt: touch.occurredAt,
      updatedAt: touch.occurredAt,
      deletedAt: null,
      custom: {},
      campaignId: touch.campaignId,
      personId: touch.personId,
      status: 'Responded',
      responded: true,
      firstRespondedAt: day(touch.occurredAt),
      basis: 'explicit',
    });
  }
  const campaigns = new Map(dataset.campaigns.map((campaign) => [campaign.id, campaign]));
  const touchpoints: Touchpoint[] = memberships.flatMap((membership) =>
    membership.responded && membership.firstRespondedAt
      ? [
          {
            id: `${membership.id}:response`,
            source: membership.source,
            createdAt: membership.createdAt,
            updatedAt: membership.updatedAt,
            deletedAt: null,
            custom: {},
            type: memberTouchType(membership.status) as Touchpoint['type'],
            occurredAt: `${membership.firstRespondedAt}T00:00:00.000Z`,
            personId: membership.personId,
            accountId: null,
            campaignId: membership.campaignId,
            channel: campaigns.get(membership.campaignId)?.channel ?? 'unknown',
            origin: 'online',
            url: null,
            title: membership.status,
            formId: null,
          },
        ]
      : [],
  );
  const leadOf = new Map<string, string>();
  const leads = dataset.leads.filter((lead) => {
    const person = lead.personId ? people.get(lead.personId) : undefined;
    if (person?.kind !== 'lead' || leadOf.has(person.id)) return false;
    leadOf.set(person.id, lead.id);
    return true;
  });
  // Every Lead record is also the hand-off work item.
  for (const person of dataset.people) {
    if (person.kind !== 'lead' || leadOf.has(person.id)) continue;
    const id = `${person.id}:lead`;
    leadOf.set(person.id, id);
    leads.push({
      id,
      source: person.source,
      createdAt: person.createdAt,
      updatedAt: person.updatedAt,
      deletedAt: null,
      custom: {},
      title: person.companyName,
      personId: person.id,
      accountId: null,
      ownerId: person.ownerId,
      status: person.leadStatus,
      labels: [],
      sourceName: null,
      channel: null,
      value: null,
      archived: false,
      convertedAt: null,
      convertedDealId: null,
    });
  }
  return {
    ...dataset,
    people: dataset.people.map((person) =>
      person.kind === 'lead' && person.conversion === null
        ? { ...person, accountId: null }
        : person,
    ),
    pipelines,
    deals: dataset.deals.map((deal) => ({
      ...deal,
      pipelineId: first && deal.pipelineId ? first.id : deal.pipelineId,
      stageId: remapStage(deal.stageId),
      contacts: deal.contacts.filter((contact) => people.get(contact.personId)?.kind === 'contact'),
    })),
    changes: dataset.changes.map((change) =>
      change.field === 'dealStage'
        ? { ...change, from: remapStage(change.from), to: remapStage(change.to) }
        : change,
    ),
    leads,
    campaignMemberships: memberships,
    touchpoints,
    activities: dataset.activities.map((activity) => {
      const person = activity.personIds.find((id) => leadOf.has(id));
      return { ...activity, leadId: person ? (leadOf.get(person) ?? null) : null };
    }),
  };
}
