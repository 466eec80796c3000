import type { Account, Dataset, Deal, EntityName, Person, Touchpoint } from '@closedloop/core';
import type {
  CrmObjectType,
  StoredCampaign,
  StoredEmailEvent,
  StoredForm,
  StoredObject,
  StoredOwner,
  StoredPipeline,
  StoredSubmission,
} from './hubspot-records';
import { RenderContext } from './render-context';
import {
  renderCompany,
  renderContact,
  renderDeal,
  renderOwner,
  renderPipeline,
} from './render-crm-objects';
import { renderHistory } from './render-history';
import { guid, renderCampaign, renderEmailEvent, renderSubmission } from './render-marketing';

/** The entities the fake lets tests create, update and archive. */
export type MutableEntity = 'accounts' | 'people' | 'deals';

const OBJECT_TYPES: Readonly<Record<MutableEntity, CrmObjectType>> = {
  accounts: 'companies',
  people: 'contacts',
  deals: 'deals',
};

type MutableRecord = Account | Person | Deal;

/** A dataset rendered into a HubSpot portal's objects, with ids assigned the way HubSpot does. */
export class HubSpotStore {
  readonly objects: Record<CrmObjectType, Map<string, StoredObject>> = {
    contacts: new Map(),
    companies: new Map(),
    deals: new Map(),
  };
  /** Object ids in ascending order (HubSpot lists and pages by id). */
  readonly order: Record<CrmObjectType, string[]> = { contacts: [], companies: [], deals: [] };
  readonly owners: StoredOwner[] = [];
  readonly pipelines: StoredPipeline[] = [];
  readonly campaigns: StoredCampaign[] = [];
  readonly forms: StoredForm[] = [];
  /** Submissions per form id, newest first. */
  readonly submissions = new Map<string, StoredSubmission[]>();
  /** Newest first. */
  readonly emailEvents: StoredEmailEvent[] = [];
  readonly #ctx: RenderContext;
  readonly #formsByKey = new Map<string, StoredForm>();
  readonly #byEmail = new Map<string, string>();
  readonly #emailOf = new Map<string, string>();
  readonly #records = new Map<MutableEntity, Map<string, MutableRecord>>();
  readonly #served = new Map<EntityName, Map<string, string>>();
  readonly #nextId: Record<CrmObjectType, number> = { contacts: 101, companies: 101, deals: 101 };

  constructor(dataset: Dataset, fallbackTime: string) {
    const ctx = new RenderContext(fallbackTime);
    this.#ctx = ctx;
    for (const [index, user] of dataset.users.entries()) {
      ctx.assign('users', user.id, String(70_000_001 + index));
      ctx.userIds.set(user.id, 9_100_000 + index);
    }
    const dealPipelines = dataset.pipelines.filter((pipeline) => pipeline.objectType === 'deal');
    for (const [index, pipeline] of dealPipelines.entries()) {
      ctx.assign('pipelines', pipeline.id, index === 0 ? 'default' : String(800_000 + index));
      for (const [order, stage] of pipeline.stages.entries()) {
        const stageId = String(1_000_000 + index * 100 + order);
        ctx.assign('stages', RenderContext.stageKey(pipeline.id, stage.id), stageId);
      }
    }
    for (const account of dataset.accounts)
      ctx.assign('accounts', account.id, this.#allocate('companies'));
    for (const person of dataset.people) {
      ctx.assign('people', person.id, this.#allocate('contacts'));
      const email = person.emails.find((entry) => entry.primary) ?? person.emails[0];
      if (email) ctx.emails.set(person.id, email.value);
    }
    for (const deal of dataset.deals) ctx.assign('deals', deal.id, this.#allocate('deals'));
    this.#served.set('changes', renderHistory(dataset, ctx));

    for (const [index, user] of dataset.users.entries()) {
      this.owners.push(renderOwner(user, this.#id('users', user.id), index, ctx));
    }
    for (const [index, pipeline] of dealPipelines.entries()) {
      this.pipelines.push(renderPipeline(pipeline, this.#id('pipelines', pipeline.id), index, ctx));
    }
    for (const account of dataset.accounts) this.#put('accounts', account);
    for (const person of dataset.people) this.#put('people', person);
    for (const deal of dataset.deals) this.#put('deals', deal);
    dataset.campaigns.forEach((campaign, index) => {
      const id = guid(1, index);
      ctx.assign('campaigns', campaign.id, id);
      this.campaigns.push(renderCampaign(campaign, id, ctx));
    });
    this.#renderTouchpoints(dataset.touchpoints, dataset);
  }

  #allocate(type: CrmObjectType): string {
    return String(this.#nextId[type]++);
  }

  #id(entity: EntityName, datasetId: string): string {
    const id = this.#ctx.remoteId(entity, datasetId);
    if (id === null) throw new Error(`no HubSpot id for ${entity} "${datasetId}"`);
    return id;
  }

  #put(
    entity: MutableEntity,
    record: MutableRecord,
    archivedAt: string | null = null,
  ): StoredObject {
    const records = this.#records.get(entity) ?? new Map<string, MutableRecord>();
    this.#records.set(entity, records);
    records.set(record.id, record);
    const id = this.#id(entity, record.id);
    const object =
      entity === 'accounts'
        ? renderCompany(record as Account, id, this.#ctx)
        : entity === 'people'
          ? renderContact(record as Person, id, this.#ctx)
          : renderDeal(record as Deal, id, this.#ctx);
    if (archivedAt) Object.assign(object, { archived: true, archivedAt });
    const objects = this.objects[OBJECT_TYPES[entity]];
    if (!objects.has(id)) this.order[OBJECT_TYPES[entity]].push(id);
    objects.set(id, object);
    if (entity === 'people') this.#indexEmail(id, object);
    return object;
  }

  #renderTouchpoints(touchpoints: readonly Touchpoint[], dataset: Dataset): void {
    const newestFirst = [...touchpoints].sort(
      (a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt),
    );
    const emailCampaigns = new Map(
      dataset.campaigns.map((campaign, index) => [campaign.id, 5_000_000 + index]),
    );
    const served = new Map<string, string>();
    newestFirst.forEach((touchpoint, index) => {
      if (touchpoint.type === 'form_submission') {
        const form = this.#form(touchpoint);
        const conversionId = guid(3, index);
        const list = this.submissions.get(form.id) ?? [];
        list.push(renderSubmission(touchpoint, conversionId, this.#ctx));
        this.submissions.set(form.id, list);
        served.set(touchpoint.id, conversionId);
        return;
      }
      const id = guid(4, index);
      const emailCampaignId =
        (touchpoint.campaignId && emailCampaigns.get(touchpoint.campaignId)) || 0;
      const event = renderEmailEvent(touchpoint, id, emailCampaignId, this.#ctx);
      if (event) {
        this.emailEvents.push(event);
        served.set(touchpoint.id, id);
      }
    });
    this.#served.set('touchpoints', served);
  }

  #form(touchpoint: Touchpoint): StoredForm {
    const key = touchpoint.formId ?? '';
    let form = this.#formsByKey.get(key);
    if (!form) {
      const name = touchpoint.title ?? touchpoint.formId ?? 'Website form';
      form = { id: guid(2, this.forms.length), name, createdAt: this.#ctx.fallbackTime };
      this.#formsByKey.set(key, form);
      this.forms.push(form);
    }
    return form;
  }

  #indexEmail(id: string, object: StoredObject): void {
    const previous = this.#emailOf.get(id);
    if (previous !== undefined && this.#byEmail.get(previous) === id)
      this.#byEmail.delete(previous);
    const email = object.properties.email?.toLowerCase();
    // HubSpot keeps e-mail unique: the first contact to hold an address keeps it.
    if (email && !object.archived && !this.#byEmail.has(email)) {
      this.#byEmail.set(email, id);
      this.#emailOf.set(id, email);
    }
  }

  /** The live contact holding an e-mail address (case-insensitive), as `idProperty=email` finds it. */
  contactByEmail(email: string): StoredObject | undefined {
    const id = this.#byEmail.get(email.toLowerCase());
    return id === undefined ? undefined : this.objects.contacts.get(id);
  }

  /** The HubSpot id a dataset record is served under, or null when HubSpot has no place for it. */
  remoteIdOf(entity: EntityName, datasetId: string): string | null {
    const served = this.#served.get(entity);
    if (served) return served.get(datasetId) ?? null;
    if (!['users', 'accounts', 'people', 'deals', 'pipelines', 'campaigns'].includes(entity))
      return null;
    return this.#ctx.remoteId(entity, datasetId);
  }

  /** Updates a record as a user would in the UI: its properties change and it is modified `now`. */
  update(
    entity: MutableEntity,
    datasetId: string,
    patch: Partial<MutableRecord>,
    now: string,
  ): StoredObject {
    const record = this.#records.get(entity)?.get(datasetId);
    if (!record) throw new Error(`no ${entity} "${datasetId}" to update`);
    const previous = this.objects[OBJECT_TYPES[entity]].get(this.#id(entity, datasetId));
    const object = this.#put(entity, {
      ...record,
      ...patch,
      id: datasetId,
      updatedAt: now,
    } as MutableRecord);
    object.history = previous?.history ?? object.history;
    return object;
  }

  /** Creates a record, modified `now`. */
  create(entity: MutableEntity, record: MutableRecord, now: string): StoredObject {
    this.#ctx.assign(entity, record.id, this.#allocate(OBJECT_TYPES[entity]));
    return this.#put(entity, {
      ...record,
      createdAt: record.createdAt ?? now,
      updatedAt: now,
    } as MutableRecord);
  }

  /** Archives (deletes) a record `now`. */
  archive(entity: MutableEntity, datasetId: string, now: string): void {
    const record = this.#records.get(entity)?.get(datasetId);
    if (!record) throw new Error(`no ${entity} "${datasetId}" to archive`);
    this.#put(entity, { ...record, updatedAt: now } as MutableRecord, now);
  }
}
