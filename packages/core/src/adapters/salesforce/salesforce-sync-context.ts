import type { Channel } from '../../model/vocabulary';
import type { JsonValue } from '../contract/crm-adapter-v1';
import type { StreamPart } from '../contract/run-streams';
import type { SalesforceApi } from './salesforce-api';
import type { SalesforceMappingContext } from './salesforce-mapping-context';
import type { SalesforceRecord } from './salesforce-values';

/** A stream: resumes from its last position and yields parts; the last part has `done: true`. */
export type SalesforceStream = (
  context: SalesforceSyncContext,
  position: JsonValue | undefined,
) => AsyncIterable<StreamPart>;

/** What the streams of one `sync()` call share. */
export interface SalesforceSyncContext {
  readonly api: SalesforceApi;
  readonly mapping: SalesforceMappingContext;
  /** The pass: records with `SystemModstamp` in (since, until]; since null for a full pass. */
  readonly since: string | null;
  readonly until: string;
  /** Whether the org has `CurrencyIsoCode` (multi-currency). */
  readonly multiCurrency: boolean;
  /** Read field history into field changes. */
  readonly history: boolean;
  /** `OpportunityStage` rows by API name and label, read once per sync. */
  stages(): Promise<ReadonlyMap<string, SalesforceRecord>>;
  /** Campaign channels by Campaign id, read once per sync (for member touchpoints). */
  campaignChannels(): Promise<ReadonlyMap<string, Channel>>;
}

/** Memoizes an async loader for the length of a sync. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}
