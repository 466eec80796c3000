import type { Dataset } from '@closedloop/core';
import { ORG_FIELD_KEYS } from './pipedrive-fields';
import { v1Time, v2Time } from './pipedrive-ids';

/** Remote ids of everything a record can point at. */
export interface RenderIds {
  readonly users: ReadonlyMap<string, number>;
  readonly organizations: ReadonlyMap<string, number>;
  readonly persons: ReadonlyMap<string, number>;
  readonly deals: ReadonlyMap<string, number>;
  readonly leads: ReadonlyMap<string, string>;
  readonly pipelines: ReadonlyMap<string, number>;
  readonly stages: StageIndex;
  /** Person label option ids by lifecycle stage. */
  readonly lifecycleLabels: ReadonlyMap<string, number>;
  /** Lead label uuids by name. */
  readonly leadLabels: ReadonlyMap<string, string>;
  /** Marketing-channel option ids by channel. */
  readonly channels: ReadonlyMap<string, number>;
}

/** Remote stage ids by `pipelineId|stageId`; closed stages point at their pipeline's last open stage. */
export type StageIndex = ReadonlyMap<string, { readonly id: number; readonly open: boolean }>;

const ref = (map: ReadonlyMap<string, number>, id: string | null | undefined) =>
  id ? (map.get(id) ?? null) : null;

/** A v1 user (`GET /v1/users`). */
export function renderUser(user: Dataset['users'][number], id: number): Record<string, unknown> {
  return {
    id,
    name: user.name ?? '',
    default_currency: 'USD',
    timezone_name: 'Europe/London',
    timezone_offset: '+00:00',
    locale: 'en_US',
    email: user.email ?? '',
    phone: null,
    created: v1Time(user.createdAt ?? '2020-01-01T00:00:00Z'),
    modified: v1Time(user.updatedAt ?? user.createdAt),
    lang: 1,
    active_flag: user.active,
    is_admin: 0,
    last_login: null,
    signup_flow_variation: 'google',
    role_id: 1,
    has_created_company: false,
    icon_url: null,
    is_you: id === 1,
    is_deleted: false,
  };
}

/** v2 pipelines and stages; only open (or uncategorized) stages exist in Pipedrive. */
export function renderPipelines(pipelines: Dataset['pipelines']) {
  const ids = new Map<string, number>();
  const index = new Map<string, { id: number; open: boolean }>();
  const rendered: Record<string, unknown>[] = [];
  const stages: Record<string, unknown>[] = [];
  let stageId = 1;
  for (const [p, pipeline] of pipelines.entries()) {
    const id = p + 1;
    ids.set(pipeline.id, id);
    rendered.push({
      id,
      name: pipeline.name,
      order_nr: pipeline.order,
      is_selected: p === 0,
      is_deleted: false,
      is_deal_probability_enabled: true,
      add_time: v2Time(pipeline.createdAt ?? '2020-01-01T00:00:00Z'),
      update_time: v2Time(pipeline.updatedAt ?? pipeline.createdAt ?? '2020-01-01T00:00:00Z'),
    });
    let lastOpen: number | null = null;
    for (const stage of [...pipeline.stages].sort((a, b) => a.order - b.order)) {
      if (stage.category === 'won' || stage.category === 'lost') continue;
      const remoteStageId = stageId++;
      if (!stage.archived) lastOpen = remoteStageId;
      index.set(`${pipeline.id}|${stage.id}`, { id: remoteStageId, open: true });
      stages.push({
        id: remoteStageId,
        order_nr: stage.order,
        name: stage.name,
        is_deleted: stage.archived,
        deal_probability: stage.probability === null ? 100 : Math.round(stage.probability * 100),
        pipeline_id: id,
        is_deal_rot_enabled: false,
        days_to_rotten: null,
        add_time: v2Time(pipeline.createdAt ?? '2020-01-01T00:00:00Z'),
        update_time: v2Time(pipeline.updatedAt ?? pipeline.createdAt ?? '2020-01-01T00:00:00Z'),
      });
    }
    for (const stage of pipeline.stages)
      if ((stage.category === 'won' || stage.category === 'lost') && lastOpen !== null)
        index.set(`${pipeline.id}|${stage.id}`, { id: lastOpen, open: false });
  }
  return { ids, index, pipelines: rendered, stages };
}

/** A v2 organization, with domain and industry in hashed custom fields. */
export function renderOrganization(
  account: Dataset['accounts'][number],
  id: number,
  ids: RenderIds,
) {
  return {
    id,
    name: account.name ?? '',
    owner_id: ref(ids.users, account.ownerId),
    add_time: v2Time(account.createdAt ?? '2020-01-01T00:00:00Z'),
    update_time: v2Time(account.updatedAt ?? account.createdAt ?? '2020-01-01T00:00:00Z'),
    is_deleted: false,
    visible_to: 3,
    label_ids: [],
    address: null,
    custom_fields: {
      [ORG_FIELD_KEYS.domain]: account.domain,
      [ORG_FIELD_KEYS.industry]: account.industry,
    },
  } as Record<string, unknown>;
}

/** A v2 person, the lifecycle stage as a label. */
export function renderPerson(person: Dataset['people'][number], id: number, ids: RenderIds) {
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ');
  const label = person.lifecycleStage ? ids.lifecycleLabels.get(person.lifecycleStage) : undefined;
  return {
    id,
    name,
    first_name: person.firstName,
    last_name: person.lastName,
    owner_id: ref(ids.users, person.ownerId),
    org_id: ref(ids.organizations, person.accountId),
    add_time: v2Time(person.createdAt ?? '2020-01-01T00:00:00Z'),
    update_time: v2Time(person.updatedAt ?? person.createdAt ?? '2020-01-01T00:00:00Z'),
    emails: person.emails.map((email) => ({
      value: email.value,
      primary: email.primary,
      label: 'work',
    })),
    phones: [],
    is_deleted: false,
    visible_to: 3,
    label_ids: label === undefined ? [] : [label],
    picture_id: null,
    job_title: person.title,
    custom_fields: {},
  } as Record<string, unknown>;
}

/** A v2 deal: won/lost as status, in the last open stage of its pipeline. */
export function renderDeal(deal: Dataset['deals'][number], id: number, ids: RenderIds) {
  const stage =
    deal.pipelineId && deal.stageId
      ? ids.stages.get(`${deal.pipelineId}|${deal.stageId}`)
      : undefined;
  const contact = deal.contacts.find((c) => c.primary) ?? deal.contacts[0];
  const source = deal.originalSource;
  const closed = deal.status !== 'open' ? v2Time(deal.closedAt) : null;
  return {
    id,
    title: deal.name ?? '',
    creator_user_id: ref(ids.users, deal.ownerId),
    owner_id: ref(ids.users, deal.ownerId),
    value: deal.amount ? Number(deal.amount.amount) : 0,
    person_id: ref(ids.persons, contact?.personId),
    org_id: ref(ids.organizations, deal.accountId),
    stage_id: stage?.id ?? null,
    pipeline_id: ref(ids.pipelines, deal.pipelineId),
    currency: deal.amount?.currency ?? 'USD',
    archive_time: null,
    add_time: v2Time(deal.createdAt ?? '2020-01-01T00:00:00Z'),
    update_time: v2Time(deal.updatedAt ?? deal.createdAt ?? '2020-01-01T00:00:00Z'),
    stage_change_time: null,
    status: deal.status,
    is_archived: false,
    is_deleted: false,
    probability: null,
    lost_reason: deal.lostReason,
    visible_to: 3,
    close_time: closed,
    won_time: deal.status === 'won' ? closed : null,
    lost_time: deal.status === 'lost' ? closed : null,
    local_won_date: deal.status === 'won' ? (closed?.slice(0, 10) ?? null) : null,
    local_lost_date: deal.status === 'lost' ? (closed?.slice(0, 10) ?? null) : null,
    local_close_date: closed?.slice(0, 10) ?? null,
    expected_close_date: typeof deal.closeDate === 'string' ? deal.closeDate.slice(0, 10) : null,
    label_ids: [],
    origin: 'ManuallyCreated',
    origin_id: null,
    channel: source ? (ids.channels.get(source.channel) ?? null) : null,
    channel_id: source?.detail2 ?? null,
    acv: null,
    arr: null,
    mrr: null,
    custom_fields: {},
  } as Record<string, unknown>;
}

/** A v1 lead: uuid, ISO timestamps with milliseconds, `value: {amount, currency}`. */
export function renderLead(lead: Dataset['leads'][number], id: string, ids: RenderIds) {
  return {
    id,
    title: lead.title ?? '',
    owner_id: ref(ids.users, lead.ownerId),
    creator_id: ref(ids.users, lead.ownerId),
    label_ids: lead.labels.map((label) => ids.leadLabels.get(label)).filter(Boolean),
    person_id: ref(ids.persons, lead.personId),
    organization_id: ref(ids.organizations, lead.accountId),
    source_name: lead.sourceName ?? 'API',
    origin: 'API',
    origin_id: null,
    channel: lead.channel ? (ids.channels.get(lead.channel.channel) ?? null) : null,
    channel_id: lead.channel?.detail2 ?? null,
    is_archived: lead.archived,
    was_seen: true,
    value: lead.value
      ? { amount: Number(lead.value.amount), currency: lead.value.currency ?? 'USD' }
      : null,
    expected_close_date: null,
    next_activity_id: null,
    add_time: new Date(lead.createdAt ?? '2020-01-01T00:00:00Z').toISOString(),
    update_time: new Date(lead.updatedAt ?? lead.createdAt ?? '2020-01-01T00:00:00Z').toISOString(),
    visible_to: '3',
    cc_email: `company+lead${id.slice(0, 8)}@pipedrivemail.com`,
  } as Record<string, unknown>;
}

const ACTIVITY_TYPES: Readonly<Record<string, string>> = {
  call: 'call',
  meeting: 'meeting',
  email: 'email',
  task: 'task',
  note: 'task',
  other: 'deadline',
};

/** A v2 activity. */
export function renderActivity(
  activity: Dataset['activities'][number],
  id: number,
  ids: RenderIds,
) {
  const due = activity.dueAt ?? activity.occurredAt;
  const people = activity.personIds
    .map((person) => ids.persons.get(person))
    .filter((p) => p !== undefined);
  return {
    id,
    subject: activity.subject ?? '',
    type: ACTIVITY_TYPES[activity.type] ?? 'task',
    owner_id: ref(ids.users, activity.ownerId),
    creator_user_id: ref(ids.users, activity.ownerId),
    is_deleted: false,
    add_time: v2Time(activity.createdAt ?? activity.occurredAt ?? '2020-01-01T00:00:00Z'),
    update_time: v2Time(
      activity.updatedAt ?? activity.createdAt ?? activity.occurredAt ?? '2020-01-01T00:00:00Z',
    ),
    deal_id: ref(ids.deals, activity.dealId),
    lead_id: activity.leadId ? (ids.leads.get(activity.leadId) ?? null) : null,
    person_id: people[0] ?? null,
    org_id: ref(ids.organizations, activity.accountId),
    project_id: null,
    due_date: due ? due.slice(0, 10) : null,
    due_time: due ? new Date(due).toISOString().slice(11, 19) : null,
    duration: null,
    busy: false,
    done: activity.done === true,
    marked_as_done_time: activity.done ? v2Time(activity.occurredAt) : null,
    location: null,
    participants: people.map((person, index) => ({ person_id: person, primary: index === 0 })),
    attendees: [],
    public_description: null,
    priority: null,
    note: null,
  } as Record<string, unknown>;
}

const CHANGE_KEYS: Readonly<Record<string, string>> = {
  dealStage: 'stage_id',
  dealStatus: 'status',
  amount: 'value',
  owner: 'user_id',
  closeDate: 'expected_close_date',
};

/**
 * Deal changes as v1 changelog entries per deal, newest first. A stage change to a closed
 * stage has no changelog entry of its own in Pipedrive (the status change records it), so
 * it is not served; nor are person, account and lead changes.
 */
export function renderChangelog(
  changes: Dataset['changes'],
  dealRecords: Dataset['deals'],
  ids: RenderIds,
) {
  const byDeal = new Map<
    number,
    { entries: Record<string, unknown>[]; changeIds: [string, string][] }
  >();
  const deals = new Map([...ids.deals].map(([datasetId, id]) => [datasetId, id]));
  const pipelineOf = new Map(dealRecords.map((deal) => [deal.id, deal.pipelineId]));
  for (const change of changes) {
    const key = CHANGE_KEYS[change.field];
    const deal = change.entity === 'deal' ? deals.get(change.entityId) : undefined;
    if (!key || deal === undefined) continue;
    const value = (raw: string | null): string | null => {
      if (raw === null) return null;
      if (key === 'user_id') return ids.users.has(raw) ? String(ids.users.get(raw)) : null;
      if (key === 'stage_id') {
        const stage = ids.stages.get(`${pipelineOf.get(change.entityId)}|${raw}`);
        return stage?.open ? String(stage.id) : null;
      }
      return raw;
    };
    if (key === 'stage_id' && value(change.to) === null) continue;
    const time = v1Time(change.at) as string;
    const entry = {
      field_key: key,
      old_value: value(change.from),
      new_value: value(change.to),
      actor_user_id: ref(ids.users, change.actorUserId),
      time,
      change_source: 'app',
      change_source_user_agent: 'closedloop-fake',
      is_bulk_update_flag: false,
    };
    const list = byDeal.get(deal) ?? { entries: [], changeIds: [] };
    list.entries.push(entry);
    list.changeIds.push([change.id, `${deal}:${time}:${key}`]);
    byDeal.set(deal, list);
  }
  return [...byDeal].map(([deal, { entries, changeIds }]) => ({
    deal,
    entries: entries.sort((a, b) => String(b.time).localeCompare(String(a.time))),
    changeIds,
  }));
}
