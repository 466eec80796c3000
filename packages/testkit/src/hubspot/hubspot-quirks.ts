/** Behaviours that make the fake harder to sync from, switched on per test (guide §9.1). */
export interface HubSpotQuirks {
  /** Properties and top-level keys the adapter has never seen (`hs_ai_signal_score`, `url`, ...). */
  unknownFields?: boolean;
  /** Null where values are usual: names, amounts, close dates, domains, sources. */
  nullValues?: boolean;
  /** Search hides records modified in the last N ms (its index lags; supaglue#665). */
  searchLagMs?: number;
  /** Associations v4 `toObjectId` as a string (the spec's type) instead of a number (observed). */
  toObjectIdAsString?: boolean;
  /** Batch reads answer without `propertiesWithHistory` even when it is asked for. */
  withoutHistory?: boolean;
  /** Search serves the contact with the greatest id without `properties`. */
  missingField?: boolean;
  /** Search serves the last result of every page without `id` (`hs_object_id` stays). */
  missingId?: boolean;
  /** Associations v4 batch reads serve the first result of every request without `to`. */
  emptyRelations?: boolean;
}

/** Properties `nullValues` empties, per object type. */
export const NULLED_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  contacts: ['firstname', 'lastname', 'jobtitle', 'hs_analytics_source', 'hs_lead_status'],
  companies: ['domain', 'industry', 'numberofemployees'],
  deals: ['dealname', 'amount', 'closedate', 'deal_currency_code'],
};
