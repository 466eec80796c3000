import type { Dataset, EntityName } from '@closedloop/core';
import {
  DEFAULT_SALESFORCE_LEAD_SOURCES,
  DEFAULT_SALESFORCE_MEMBER_STATUSES,
} from '@closedloop/core/salesforce';
import { renderDeal, renderPerson, renderStages } from './render-records';
import { type RenderTools, renderActivity, renderChange, renderMembership } from './render-related';
import { sfDateTime } from './salesforce-format';
import { IdMint } from './salesforce-ids';
import type { SalesforceRow } from './soql-eval';

/** The entities the fake lets tests update and archive. */
export type SalesforceMutableEntity = 'accounts' | 'people' | 'deals';

/** Data-shape quirks (guide §9.1). */
export interface SalesforceQuirks {
  /** Fields and keys the adapter has never seen. */
  unknownFields?: boolean;
  /** Null where values are usual: first names, titles, websites, amounts, sources. */
  nullValues?: boolean;
  /** The Contact or Lead with the greatest Id of a result comes without `CreatedDate`. */
  missingField?: boolean;
  /** The last Contact of every page comes without `Id`. */
  missingId?: boolean;
  /** The first OpportunityContactRole of every page comes with `ContactId: null`. */
  emptyRelations?: boolean;
}

const firstKey = <V>(table: Readonly<Record<string, V>>, value: V) =>
  Object.entries(table).find(([, candidate]) => candidate === value)?.[0] ?? null;

/**
 * A Salesforce org rendered from a `Dataset`: rows per object in the REST API's field shapes,
 * ids minted with the real key prefixes, and the map from dataset ids to Salesforce ids.
 * What core Salesforce cannot hold (web touches without a campaign response, notes,
 * lead-status history of contacts, several pipelines) is left out, and `remoteIdOf` says so.
 */
export class SalesforceStore {
  readonly tables = new Map<string, Map<string, SalesforceRow>>();
  readonly #ids = new Map<string, string>();
  readonly #records = new Map<string, Map<string, Dataset[SalesforceMutableEntity][number]>>();
  readonly #mint = new IdMint();
  readonly lifecycleField: string;
  readonly #tools: RenderTools;

  constructor(dataset: Dataset, now: string, lifecycleField: string) {
    this.lifecycleField = lifecycleField;
    this.#tools = {
      id: (entity, datasetId) =>
        datasetId ? (this.#ids.get(`${entity}:${datasetId}`) ?? null) : null,
      mint: (object) => this.#mint.next(object),
      userName: (sfId) =>
        sfId ? String(this.row('User', sfId)?.Name ?? this.row('Group', sfId)?.Name ?? '') : '',
      stageName: (stageId) => this.#stageNames.get(stageId ?? '') ?? null,
      leadSource: (channel) => firstKey(DEFAULT_SALESFORCE_LEAD_SOURCES, channel) ?? 'Other',
      now,
      lifecycleField,
    };
    for (const user of dataset.users) {
      const object = user.kind === 'queue' ? 'Group' : 'User';
      const id = this.#assign('users', user.id, object);
      const names = (user.name ?? '').split(' ');
      this.put(object, {
        Id: id,
        Name: user.name ?? user.email ?? id,
        ...(object === 'User'
          ? {
              FirstName: names.length > 1 ? names.slice(0, -1).join(' ') : null,
              LastName: names.at(-1) ?? '',
              IsActive: user.active,
              Department:
                user.team === 'sdr'
                  ? 'SDR'
                  : user.team === 'marketing'
                    ? 'Marketing'
                    : user.team === 'sales'
                      ? 'Sales'
                      : null,
              UserType: 'Standard',
            }
          : { DeveloperName: (user.name ?? id).replace(/\W+/g, '_'), Type: 'Queue' }),
        Email: user.email,
        CreatedDate: user.createdAt ?? now,
        LastModifiedDate: user.updatedAt ?? user.createdAt ?? now,
        SystemModstamp: user.updatedAt ?? user.createdAt ?? now,
        IsDeleted: false,
      });
    }
    const [pipeline] = dataset.pipelines;
    if (pipeline) this.#ids.set(`pipelines:${pipeline.id}`, 'OpportunityStage');
    for (const row of renderStages(dataset.pipelines, this.#tools, this.#stageNames))
      this.put('OpportunityStage', row);
    for (const campaign of dataset.campaigns) {
      const id = this.#assign('campaigns', campaign.id, 'Campaign');
      this.put('Campaign', {
        Id: id,
        Name: campaign.name,
        Type: campaign.type,
        Status: campaign.status,
        IsActive: campaign.status !== 'completed',
        StartDate: campaign.startDate,
        EndDate: campaign.endDate,
        ParentId: null,
        OwnerId: null,
        BudgetedCost: campaign.budget ? Number(campaign.budget.amount) : null,
        ActualCost: campaign.actualCost ? Number(campaign.actualCost.amount) : null,
        CurrencyIsoCode: campaign.budget?.currency ?? null,
        CreatedDate: campaign.createdAt ?? now,
        LastModifiedDate: campaign.updatedAt ?? now,
        SystemModstamp: campaign.updatedAt ?? campaign.createdAt ?? now,
        IsDeleted: false,
      });
    }
    for (const campaign of dataset.campaigns) {
      const row = this.row('Campaign', this.#tools.id('campaigns', campaign.id) ?? '');
      if (row) row.ParentId = this.#tools.id('campaigns', campaign.parentId);
    }
    for (const account of dataset.accounts) {
      this.#assign('accounts', account.id, 'Account');
      this.#store('accounts', account);
    }
    for (const person of dataset.people) {
      this.#assign('people', person.id, person.kind === 'lead' ? 'Lead' : 'Contact');
      this.#store('people', person);
    }
    // Accounts point at parents, people at converted records: render again now every id exists.
    for (const account of dataset.accounts) this.#render('accounts', account);
    for (const person of dataset.people) this.#render('people', person);
    for (const lead of dataset.leads) {
      const person = this.#tools.id('people', lead.personId);
      if (person?.startsWith('00Q') && !this.#ids.has(`leads:${lead.id}`)) {
        const row = this.row('Lead', person);
        if (row && !row.__lead) {
          this.#ids.set(`leads:${lead.id}`, person);
          Object.assign(row, { Status: lead.status ?? row.Status, __lead: true });
        }
      }
    }
    for (const row of this.tables.get('Lead')?.values() ?? []) delete row.__lead;
    for (const deal of dataset.deals) {
      this.#assign('deals', deal.id, 'Opportunity');
      this.#store('deals', deal);
      for (const contact of deal.contacts) {
        const contactId = this.#tools.id('people', contact.personId);
        if (!contactId?.startsWith('003')) continue;
        this.put('OpportunityContactRole', {
          Id: this.#mint.next('OpportunityContactRole'),
          OpportunityId: this.#tools.id('deals', deal.id),
          ContactId: contactId,
          Role: contact.role,
          IsPrimary: contact.primary,
          CreatedDate: deal.createdAt ?? now,
          LastModifiedDate: deal.createdAt ?? now,
          SystemModstamp: deal.createdAt ?? now,
          IsDeleted: false,
        });
      }
    }
    const claimed = new Set<string>();
    for (const membership of dataset.campaignMemberships) {
      const row = renderMembership(membership, this.#tools);
      if (!row) continue;
      this.#ids.set(`campaignMemberships:${membership.id}`, String(row.Id));
      this.put('CampaignMember', row);
    }
    // A touchpoint is held when it is a member's first response (type, day, person, campaign).
    const members = new Map<string, SalesforceRow>();
    for (const row of this.tables.get('CampaignMember')?.values() ?? [])
      members.set(`${row.LeadOrContactId}|${row.CampaignId}`, row);
    for (const touch of dataset.touchpoints) {
      const key = `${this.#tools.id('people', touch.personId)}|${this.#tools.id('campaigns', touch.campaignId)}`;
      const member = members.get(key);
      if (!member || claimed.has(key) || member.HasResponded !== true) continue;
      if (`${member.FirstRespondedDate}T00:00:00.000Z` !== new Date(touch.occurredAt).toISOString())
        continue;
      if (touch.type !== memberTouchType(member.Status)) continue;
      claimed.add(key);
      this.#ids.set(`touchpoints:${touch.id}`, String(member.Id));
    }
    for (const activity of dataset.activities) {
      const rendered = renderActivity(activity, this.#tools);
      if (!rendered) continue;
      this.#ids.set(`activities:${activity.id}`, String(rendered.row.Id));
      this.put(rendered.object, rendered.row);
    }
    for (const change of dataset.changes) {
      const rendered = renderChange(change, this.#tools);
      if (rendered.length === 0) continue;
      this.#ids.set(`changes:${change.id}`, String(rendered[0]?.row.Id));
      for (const { object, row } of rendered) this.put(object, row);
    }
  }

  readonly #stageNames = new Map<string, string>();

  #assign(entity: EntityName, datasetId: string, object: string): string {
    const id = this.#mint.next(object);
    this.#ids.set(`${entity}:${datasetId}`, id);
    return id;
  }

  #store(entity: SalesforceMutableEntity, record: Dataset[SalesforceMutableEntity][number]): void {
    const records = this.#records.get(entity) ?? new Map();
    this.#records.set(entity, records);
    records.set(record.id, record);
    this.#render(entity, record);
  }

  #render(
    entity: SalesforceMutableEntity,
    record: Dataset[SalesforceMutableEntity][number],
    now?: string,
  ) {
    const id = this.#tools.id(entity, record.id) as string;
    const rendered =
      entity === 'accounts'
        ? {
            object: 'Account',
            row: renderAccount(record as Dataset['accounts'][number], id, this.#tools),
          }
        : entity === 'people'
          ? renderPerson(record as Dataset['people'][number], id, this.#tools)
          : {
              object: 'Opportunity',
              row: renderDeal(record as Dataset['deals'][number], id, this.#tools),
            };
    const previous = this.row(rendered.object, id);
    if (previous && !now)
      Object.assign(rendered.row, { Status: previous.Status ?? rendered.row.Status });
    if (now) Object.assign(rendered.row, { LastModifiedDate: now, SystemModstamp: now });
    this.put(rendered.object, rendered.row);
  }

  /** Stores a row, datetimes in the API's own format (so they also sort as text). */
  put(object: string, row: SalesforceRow): void {
    for (const field of DATETIME_FIELDS)
      if (typeof row[field] === 'string') row[field] = sfDateTime(row[field] as string);
    const table = this.tables.get(object) ?? new Map<string, SalesforceRow>();
    this.tables.set(object, table);
    table.set(String(row.Id), row);
  }

  /** A row by object and id. */
  row(object: string, id: string): SalesforceRow | undefined {
    return this.tables.get(object)?.get(id);
  }

  /** The Salesforce id a dataset record is served under, or null. */
  remoteIdOf(entity: EntityName, datasetId: string): string | null {
    return this.#ids.get(`${entity}:${datasetId}`) ?? null;
  }

  /** Changes a record as a user would: its row is rendered again and `SystemModstamp` moves. */
  update(
    entity: SalesforceMutableEntity,
    datasetId: string,
    patch: Record<string, unknown>,
    now: string,
  ): void {
    const record = this.#records.get(entity)?.get(datasetId);
    if (!record) throw new Error(`no ${entity} "${datasetId}" to update`);
    const next = { ...record, ...patch, id: datasetId } as Dataset[SalesforceMutableEntity][number];
    this.#records.get(entity)?.set(datasetId, next);
    this.#render(entity, next, now);
  }

  /** Deletes a record into the recycle bin: `IsDeleted`, seen only through `queryAll`. */
  archive(entity: SalesforceMutableEntity, datasetId: string, now: string): void {
    const id = this.remoteIdOf(entity, datasetId);
    const object =
      entity === 'accounts'
        ? 'Account'
        : entity === 'deals'
          ? 'Opportunity'
          : id?.startsWith('00Q')
            ? 'Lead'
            : 'Contact';
    const row = id ? this.row(object, id) : undefined;
    if (!row) throw new Error(`no ${entity} "${datasetId}" to archive`);
    this.put(object, { ...row, IsDeleted: true, SystemModstamp: now, LastModifiedDate: now });
  }
}

/** The touch type of a member status, as the adapter's default map reads it. */
export function memberTouchType(status: unknown): string {
  return (
    (typeof status === 'string' ? DEFAULT_SALESFORCE_MEMBER_STATUSES[status] : undefined) ??
    'campaign_response'
  );
}

const DATETIME_FIELDS = [
  'CreatedDate',
  'LastModifiedDate',
  'SystemModstamp',
  'LastStageChangeDate',
  'CompletedDateTime',
  'StartDateTime',
  'EndDateTime',
];

function renderAccount(
  account: Dataset['accounts'][number],
  id: string,
  tools: RenderTools,
): SalesforceRow {
  return {
    Id: id,
    Name: account.name ?? id,
    Website: account.domain ? `https://www.${account.domain}` : null,
    Industry: account.industry,
    NumberOfEmployees: account.employeeCount,
    Type: account.segment,
    OwnerId: tools.id('users', account.ownerId),
    ParentId: tools.id('accounts', account.parentAccountId),
    CreatedDate: account.createdAt ?? tools.now,
    LastModifiedDate: account.updatedAt ?? account.createdAt ?? tools.now,
    SystemModstamp: account.updatedAt ?? account.createdAt ?? tools.now,
    IsDeleted: false,
  };
}
