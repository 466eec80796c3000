import type { CrmRecord } from '../contract/crm-adapter-v1';
import { stageId } from './map-salesforce-stages';
import {
  ownerRef,
  type SalesforceMappingContext,
  salesforceId,
} from './salesforce-mapping-context';
import { instant, objectOfId, type SalesforceRecord, text } from './salesforce-values';

/** A history object, the field naming its parent, and the model entity of that parent. */
export interface HistorySource {
  readonly object: 'LeadHistory' | 'ContactHistory' | 'OpportunityFieldHistory';
  readonly parentField: 'LeadId' | 'ContactId' | 'OpportunityId';
  readonly parentObject: 'Lead' | 'Contact' | 'Opportunity';
  readonly entity: 'person' | 'deal';
}

/**
 * `<Object>History` fields (guide §3.4;
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunityfieldhistory.htm).
 */
export function historyFields(source: HistorySource): string[] {
  return [
    'Id',
    source.parentField,
    'Field',
    'DataType',
    'OldValue',
    'NewValue',
    'CreatedDate',
    'CreatedById',
  ];
}

const stringOf = (value: unknown): string | null =>
  typeof value === 'number' || typeof value === 'boolean' ? String(value) : text(value);

/** A value that is a User or queue id (the id row of an owner change). */
const isOwnerId = (value: unknown) => {
  const raw = text(value);
  return raw !== null && /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(raw) && objectOfId(raw) !== null;
};

/**
 * One history row as a field change, or null for fields the model does not track. Owner
 * changes come as two rows, one with ids and one with names (guide §3.4): the id row is kept.
 * `Status` is the lead status; with no lifecycle field it also moves the lifecycle stage
 * (`leadStatuses`), emitted as a second change. Stage names become stage ids.
 */
export function mapSalesforceHistory(
  row: SalesforceRecord,
  source: HistorySource,
  stages: ReadonlyMap<string, SalesforceRecord>,
  context: SalesforceMappingContext,
): CrmRecord<'changes'>[] {
  const field = text(row.Field);
  const parent = text(row[source.parentField]);
  const at = instant(row.CreatedDate);
  if (field === null || parent === null || at === null) return [];
  const { lifecycleField, lifecycleValues, leadStatuses } = context.mapping;
  const base = {
    source: { provider: 'salesforce', remoteId: row.Id },
    entity: source.entity,
    entityId: salesforceId(source.parentObject, parent),
    at,
    actorUserId: ownerRef(row.CreatedById),
    provenance: 'field_history' as const,
  };
  const change = (model: string, from: string | null, to: string | null, suffix = '') => ({
    ...base,
    id: salesforceId(source.object, `${row.Id}${suffix}`),
    field: model,
    from,
    to,
  });
  const from = stringOf(row.OldValue);
  const to = stringOf(row.NewValue);
  const mapped = (table: Readonly<Record<string, string | null>>, value: string | null) =>
    value === null ? null : (table[value] ?? null);
  if (field === 'Owner') {
    if (!isOwnerId(row.NewValue) && !isOwnerId(row.OldValue)) return [];
    return [change('owner', ownerRef(row.OldValue), ownerRef(row.NewValue))];
  }
  if (lifecycleField !== null && field === lifecycleField)
    return [change('lifecycleStage', mapped(lifecycleValues, from), mapped(lifecycleValues, to))];
  if (source.object === 'LeadHistory' && field === 'Status') {
    const status = change('leadStatus', from, to);
    if (lifecycleField !== null) return [status];
    return [
      status,
      change('lifecycleStage', mapped(leadStatuses, from), mapped(leadStatuses, to), ':lifecycle'),
    ];
  }
  if (source.entity === 'deal') {
    if (field === 'StageName') {
      const stage = (value: string | null) => {
        const found = value === null ? undefined : stages.get(value);
        return found ? stageId(text(found.ApiName) ?? found.Id) : value;
      };
      return [change('dealStage', stage(from), stage(to))];
    }
    if (field === 'Amount') return [change('amount', from, to)];
    if (field === 'CloseDate') return [change('closeDate', from, to)];
  }
  return [];
}
