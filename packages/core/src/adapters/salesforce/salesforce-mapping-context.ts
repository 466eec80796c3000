import type { Channel } from '../../model/vocabulary';
import type { SalesforceMappingConfig } from './salesforce-mapping-config';
import { objectOfId, text } from './salesforce-values';

/** What the pure mapping functions need besides the payload. */
export interface SalesforceMappingContext {
  readonly mapping: SalesforceMappingConfig;
  /** The org id (`00D…`), for provenance; null when unknown. */
  readonly orgId: string | null;
  /** The instance URL, for record links; null when unknown. */
  readonly instanceUrl: string | null;
  /** Currency of amounts without `CurrencyIsoCode` (single-currency orgs). */
  readonly defaultCurrency: string | null;
  /** Name of the one pipeline the org's `OpportunityStage` list becomes. */
  readonly pipelineName: string;
}

/** A normalized id: `salesforce:<Object>:<Id>`. */
export function salesforceId(object: string, id: string): string {
  return `salesforce:${object}:${id}`;
}

/** A reference to a record of a known object, or null when empty. */
export function salesforceRef(object: string, id: unknown): string | null {
  const value = text(id);
  return value === null ? null : salesforceId(object, value);
}

/** An owner reference: a User (`005`) or a queue (`Group`, `00G`), told apart by key prefix (guide §3.7). */
export function ownerRef(id: unknown): string | null {
  const value = text(id);
  if (value === null) return null;
  return salesforceId(objectOfId(value) === 'Group' ? 'Group' : 'User', value);
}

/** A person reference (Lead `00Q` or Contact `003`) from a polymorphic `WhoId`/`LeadOrContactId`. */
export function personRef(id: unknown): string | null {
  const value = text(id);
  if (value === null) return null;
  const object = objectOfId(value);
  return object === 'Lead' || object === 'Contact' ? salesforceId(object, value) : null;
}

/** Provenance of a record, with a Lightning link when the instance URL is known. */
export function salesforceSource(object: string, id: string, context: SalesforceMappingContext) {
  return {
    provider: 'salesforce' as const,
    objectType: object,
    remoteId: id,
    accountId: context.orgId,
    url: context.instanceUrl ? `${context.instanceUrl}/lightning/r/${object}/${id}/view` : null,
  };
}

/** A channel for a `LeadSource` value; `unknown` when not mapped. */
export function leadSourceChannel(raw: string | null, context: SalesforceMappingContext): Channel {
  return raw === null ? 'unknown' : (context.mapping.leadSources[raw] ?? 'unknown');
}

/** The pipeline id of the org's stages (Salesforce has one org-wide stage picklist). */
export const PIPELINE_REMOTE_ID = 'OpportunityStage';
