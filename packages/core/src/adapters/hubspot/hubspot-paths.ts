/** The CRM object types the adapter reads. */
export type HubSpotObjectType = 'contacts' | 'companies' | 'deals';

/**
 * Where each endpoint lives. HubSpot serves two path families (guide §0.1): the legacy
 * numeric `v3`/`v4` paths and the date-versioned ones (`/crm/objects/2026-03/...`, GA since
 * 2026-03-30; legacy unsupported from September 2027,
 * https://developers.hubspot.com/docs/api-reference/legacy/migration-guide). Marketing
 * touchpoints stay on v1/v3 paths in both: no dated version exists for them.
 */
export interface HubSpotPaths {
  /** List, `/{id}`, `/search`, `/batch/read` hang off this. */
  objects(type: HubSpotObjectType): string;
  associationsBatchRead(from: HubSpotObjectType, to: HubSpotObjectType): string;
  owners(): string;
  pipelines(type: 'deals'): string;
  campaigns(): string;
  forms(): string;
  formSubmissions(formId: string): string;
  emailEvents(): string;
}

const marketing = {
  campaigns: () => '/marketing/v3/campaigns',
  forms: () => '/marketing/v3/forms',
  formSubmissions: (formId: string) =>
    `/form-integrations/v1/submissions/forms/${encodeURIComponent(formId)}`,
  emailEvents: () => '/email/public/v1/events',
};

/** The legacy `v3`/`v4` family, which the official SDK v14 still uses. */
export const legacyHubSpotPaths: HubSpotPaths = {
  objects: (type) => `/crm/v3/objects/${type}`,
  associationsBatchRead: (from, to) => `/crm/v4/associations/${from}/${to}/batch/read`,
  owners: () => '/crm/v3/owners',
  pipelines: (type) => `/crm/v3/pipelines/${type}`,
  ...marketing,
};

/**
 * The date-versioned family. Objects and associations follow the 2026-03 reference
 * (https://developers.hubspot.com/docs/api-reference/latest/crm/objects/objects/batch/get-objects);
 * the owners and pipelines paths follow the same pattern but were not confirmed in a
 * published reference: override them if HubSpot names them differently.
 */
export function datedHubSpotPaths(version = '2026-03'): HubSpotPaths {
  return {
    objects: (type) => `/crm/objects/${version}/${type}`,
    associationsBatchRead: (from, to) => `/crm/associations/${version}/${from}/${to}/batch/read`,
    owners: () => `/crm/owners/${version}`,
    pipelines: (type) => `/crm/pipelines/${version}/${type}`,
    ...marketing,
  };
}
