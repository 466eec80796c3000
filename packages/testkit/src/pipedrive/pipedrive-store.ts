import type { Dataset, EntityName } from '@closedloop/core';
import { CHANNELS, type FakeField, renderFields } from './pipedrive-fields';
import { leadUuid } from './pipedrive-ids';
import {
  type RenderIds,
  renderActivity,
  renderChangelog,
  renderDeal,
  renderLead,
  renderOrganization,
  renderPerson,
  renderPipelines,
  renderUser,
  type StageIndex,
} from './render-pipedrive';

/** The entities the fake lets tests change. */
export type PipedriveMutableEntity = 'accounts' | 'people' | 'deals';

/** One stored Pipedrive record: its JSON, and the dataset record it came from. */
export interface StoredRecord {
  readonly datasetId: string;
  readonly remoteId: number | string;
  data: Record<string, unknown>;
}

type Collection = 'users' | 'organizations' | 'persons' | 'deals' | 'activities' | 'leads';

const COLLECTION_OF: Partial<Record<EntityName, Collection>> = {
  users: 'users',
  accounts: 'organizations',
  people: 'persons',
  deals: 'deals',
  activities: 'activities',
  leads: 'leads',
};

/**
 * A Pipedrive company rendered from a `Dataset`: numeric ids in dataset order (uuids for
 * leads), users without queues (Pipedrive has none), only open stages (won/lost are deal
 * statuses), lifecycle stages as person labels, domain and industry as custom organization
 * fields, deal changes as changelog entries. Campaigns, memberships, touchpoints and goals
 * have no place in Pipedrive and are not served.
 */
export class PipedriveStore {
  readonly #dataset: Dataset;
  readonly #records = new Map<Collection, StoredRecord[]>();
  readonly #byDatasetId = new Map<string, StoredRecord>();
  readonly #ids: RenderIds;
  readonly #stages: StageIndex;
  readonly #changeIds = new Map<string, string>();
  readonly pipelines: ReturnType<typeof renderPipelines>;
  readonly fields: Record<'deal' | 'person' | 'organization' | 'lead', FakeField[]>;
  readonly leadLabels: {
    id: string;
    name: string;
    color: string;
    add_time: string;
    update_time: string;
  }[];
  /** Changelog entries by deal id, newest first. */
  readonly changelogs = new Map<number, Record<string, unknown>[]>();

  constructor(dataset: Dataset, now: string) {
    this.#dataset = structuredClone(dataset);
    const d = this.#dataset;
    const numbered = (
      records: readonly { id: string }[],
      keep: (r: never) => boolean = () => true,
    ) =>
      new Map(
        records.filter((r) => keep(r as never)).map((r, index) => [r.id, index + 1] as const),
      );
    const lifecycleStages = [
      ...new Set(
        d.people.map((person) => person.lifecycleStage).filter((s): s is string => s !== null),
      ),
    ];
    const labelNames = [...new Set(d.leads.flatMap((lead) => lead.labels))];
    this.leadLabels = labelNames.map((name, index) => ({
      id: leadUuid(10_000 + index),
      name,
      color: ['red', 'yellow', 'blue', 'green', 'purple', 'gray'][index % 6] as string,
      add_time: new Date(now).toISOString(),
      update_time: new Date(now).toISOString(),
    }));
    this.fields = renderFields(lifecycleStages);
    const pipelines = renderPipelines(d.pipelines);
    this.pipelines = pipelines;
    this.#stages = pipelines.index;
    this.#ids = {
      users: numbered(d.users, (user: Dataset['users'][number]) => user.kind === 'person'),
      organizations: numbered(d.accounts),
      persons: numbered(d.people),
      deals: numbered(d.deals),
      leads: new Map(d.leads.map((lead, index) => [lead.id, leadUuid(index + 1)])),
      pipelines: pipelines.ids,
      stages: this.#stages,
      lifecycleLabels: new Map(lifecycleStages.map((stage, index) => [stage, index + 1])),
      leadLabels: new Map(this.leadLabels.map((label) => [label.name, label.id])),
      channels: new Map(
        (this.fields.deal.find((f) => f.key === 'channel')?.options ?? []).map((o, i) => [
          CHANNELS[i] as string,
          o.id,
        ]),
      ),
    };
    for (const user of d.users) {
      const id = this.#ids.users.get(user.id);
      if (id !== undefined) this.#put('users', user.id, id, renderUser(user, id));
    }
    for (const account of d.accounts) this.#render('accounts', account.id);
    for (const person of d.people) this.#render('people', person.id);
    for (const deal of d.deals) this.#render('deals', deal.id);
    for (const lead of d.leads) this.#render('leads', lead.id);
    for (const [index, activity] of d.activities.entries())
      this.#put(
        'activities',
        activity.id,
        index + 1,
        renderActivity(activity, index + 1, this.#ids),
      );
    for (const { deal, entries, changeIds } of renderChangelog(d.changes, d.deals, this.#ids)) {
      this.changelogs.set(deal, entries);
      for (const [datasetId, remoteId] of changeIds) this.#changeIds.set(datasetId, remoteId);
    }
  }

  #put(
    collection: Collection,
    datasetId: string,
    remoteId: number | string,
    data: Record<string, unknown>,
  ) {
    const record = { datasetId, remoteId, data };
    const list = this.#records.get(collection) ?? [];
    list.push(record);
    this.#records.set(collection, list);
    this.#byDatasetId.set(`${collection}:${datasetId}`, record);
  }

  #render(
    entity: 'accounts' | 'people' | 'deals' | 'leads',
    datasetId: string,
    updateTime?: string,
  ) {
    const collection = COLLECTION_OF[entity] as Collection;
    const source = (this.#dataset[entity] as readonly { id: string }[]).find(
      (r) => r.id === datasetId,
    );
    if (!source) throw new Error(`no ${entity} record ${datasetId}`);
    const remoteId = (this.#ids[collection as 'organizations'] as Map<string, number | string>).get(
      datasetId,
    ) as number;
    const data =
      entity === 'accounts'
        ? renderOrganization(source as Dataset['accounts'][number], remoteId, this.#ids)
        : entity === 'people'
          ? renderPerson(source as Dataset['people'][number], remoteId, this.#ids)
          : entity === 'deals'
            ? renderDeal(source as Dataset['deals'][number], remoteId, this.#ids)
            : renderLead(
                source as Dataset['leads'][number],
                remoteId as never as string,
                this.#ids,
              );
    if (updateTime)
      data.update_time =
        entity === 'leads' ? new Date(updateTime).toISOString() : `${updateTime.slice(0, 19)}Z`;
    const existing = this.#byDatasetId.get(`${collection}:${datasetId}`);
    if (existing)
      existing.data = {
        ...data,
        ...(existing.data.is_deleted ? { is_deleted: true, status: 'deleted' } : {}),
      };
    else this.#put(collection, datasetId, remoteId, data);
  }

  /** The records of a collection, in id order. */
  list(collection: Collection): readonly StoredRecord[] {
    return this.#records.get(collection) ?? [];
  }

  /** The Pipedrive id a dataset record is served under, or null. */
  remoteIdOf(entity: EntityName, datasetId: string): string | null {
    if (entity === 'changes') return this.#changeIds.get(datasetId) ?? null;
    if (entity === 'pipelines') {
      const id = this.#ids.pipelines.get(datasetId);
      return id === undefined ? null : String(id);
    }
    const collection = COLLECTION_OF[entity];
    if (!collection) return null;
    const record = this.#byDatasetId.get(`${collection}:${datasetId}`);
    return record ? String(record.remoteId) : null;
  }

  /** Changes a record now. */
  update(
    entity: PipedriveMutableEntity,
    datasetId: string,
    patch: Record<string, unknown>,
    now: string,
  ): void {
    const records = this.#dataset[entity] as { id: string }[];
    const index = records.findIndex((record) => record.id === datasetId);
    if (index < 0) throw new Error(`no ${entity} record ${datasetId}`);
    records[index] = { ...records[index], ...patch } as { id: string };
    this.#render(entity, datasetId, now);
  }

  /** Deletes a record now: deals keep answering `status=deleted` (30 days); others disappear. */
  archive(entity: PipedriveMutableEntity, datasetId: string, now: string): void {
    const record = this.#byDatasetId.get(`${COLLECTION_OF[entity]}:${datasetId}`);
    if (!record) throw new Error(`no ${entity} record ${datasetId}`);
    record.data = {
      ...record.data,
      is_deleted: true,
      update_time: `${now.slice(0, 19)}Z`,
      ...(entity === 'deals' ? { status: 'deleted' } : {}),
    };
  }
}
