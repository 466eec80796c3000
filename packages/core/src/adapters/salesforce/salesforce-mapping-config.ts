import type { Channel, Team, TouchpointType } from '../../model/vocabulary';

/** Overrides of an `OpportunityStage`'s metadata, keyed by its API name. */
export interface SalesforceStageOverride {
  readonly category?: 'open' | 'won' | 'lost';
  /** 0–1. */
  readonly probability?: number;
}

/**
 * How Salesforce values become normalized ones. Maps are keyed by the org's picklist values;
 * unmapped values normalize to null (lifecycle) or `unknown` (channels), and the raw value
 * stays beside the mapped one (`rawLifecycleStage`, `rawChannel`, `rawStage`).
 */
export interface SalesforceMappingConfig {
  /** `Lead.Status` → lifecycle stage, used when no `lifecycleField` is configured. */
  readonly leadStatuses: Readonly<Record<string, string | null>>;
  /**
   * A custom field holding the lifecycle stage on Lead and Contact (e.g. `Lifecycle_Stage__c`),
   * read through `lifecycleValues`; null: leads take theirs from `Lead.Status`, contacts none.
   */
  readonly lifecycleField: string | null;
  /** Values of `lifecycleField` → lifecycle stage ids. */
  readonly lifecycleValues: Readonly<Record<string, string | null>>;
  /** `LeadSource` picklist values → channels. */
  readonly leadSources: Readonly<Record<string, Channel>>;
  /** `Campaign.Type` picklist values → channels. */
  readonly campaignTypes: Readonly<Record<string, Channel>>;
  /** `CampaignMember.Status` values → the touchpoint type of a response; default `campaign_response`. */
  readonly memberStatuses: Readonly<Record<string, TouchpointType>>;
  /** Stage metadata overrides by `OpportunityStage.ApiName` (won/lost and probability). */
  readonly stages: Readonly<Record<string, SalesforceStageOverride>>;
  /** The User field naming a user's team (default `Department`), read through `teams`. */
  readonly teamField: string | null;
  /** Values of `teamField` → teams. */
  readonly teams: Readonly<Record<string, Team>>;
  /** Teams by User id; wins over `teamField`. */
  readonly userTeams: Readonly<Record<string, Team>>;
  /** `Task.TaskSubtype` values sent by automation, not a person (list e-mails, cadence steps). */
  readonly automatedTaskSubtypes: readonly string[];
}

/**
 * Salesforce's default `LeadStatus` picklist (Open - Not Contacted, Working - Contacted,
 * Closed - Converted, Closed - Not Converted) plus the MQL/SQL statuses orgs commonly add
 * (guide §3.7: "MQL/SQL are usually custom fields or status values").
 */
export const DEFAULT_SALESFORCE_LEAD_STATUSES: Readonly<Record<string, string | null>> = {
  'Open - Not Contacted': 'lead',
  'Working - Contacted': 'sal',
  'Closed - Converted': 'sql',
  'Closed - Not Converted': 'other',
  Subscriber: 'subscriber',
  New: 'lead',
  Open: 'lead',
  MQL: 'mql',
  'Marketing Qualified': 'mql',
  Working: 'sal',
  'Sales Accepted': 'sal',
  SQL: 'sql',
  'Sales Qualified': 'sql',
  Qualified: 'sql',
  Unqualified: 'other',
  Nurture: 'lead',
};

/** The default lifecycle stage ids read as themselves, and their usual labels. */
export const DEFAULT_SALESFORCE_LIFECYCLE_VALUES: Readonly<Record<string, string | null>> = {
  subscriber: 'subscriber',
  lead: 'lead',
  mql: 'mql',
  sal: 'sal',
  sql: 'sql',
  opportunity: 'opportunity',
  customer: 'customer',
  evangelist: 'evangelist',
  other: 'other',
  Subscriber: 'subscriber',
  Lead: 'lead',
  MQL: 'mql',
  SAL: 'sal',
  SQL: 'sql',
  Opportunity: 'opportunity',
  Customer: 'customer',
  Evangelist: 'evangelist',
  Other: 'other',
};

/** Salesforce's default `LeadSource` picklist values as channels. */
export const DEFAULT_SALESFORCE_LEAD_SOURCES: Readonly<Record<string, Channel>> = {
  Web: 'direct',
  'Phone Inquiry': 'offline',
  'Partner Referral': 'partner',
  'Purchased List': 'outbound',
  Other: 'unknown',
  Advertisement: 'display',
  'Employee Referral': 'referral',
  'External Referral': 'referral',
  Partner: 'partner',
  'Public Relations': 'offline',
  'Trade Show': 'events',
  'Word of mouth': 'referral',
  Seminar: 'events',
  Webinar: 'webinar',
  Email: 'email',
  'Organic Search': 'organic_search',
  'Paid Search': 'paid_search',
  'Social Media': 'organic_social',
  'Paid Social': 'paid_social',
};

/** Salesforce's default `Campaign.Type` picklist values as channels. */
export const DEFAULT_SALESFORCE_CAMPAIGN_TYPES: Readonly<Record<string, Channel>> = {
  Conference: 'events',
  Webinar: 'webinar',
  'Trade Show': 'events',
  'Public Relations': 'offline',
  Partners: 'partner',
  'Referral Program': 'referral',
  Advertisement: 'display',
  'Banner Ads': 'display',
  'Direct Mail': 'offline',
  Email: 'email',
  Telemarketing: 'outbound',
  Other: 'other_campaign',
  'Paid Search': 'paid_search',
  'Organic Search': 'organic_search',
  'Paid Social': 'paid_social',
  'Social Media': 'organic_social',
  Content: 'content',
};

/** Default `CampaignMemberStatus` labels (Sent, Responded) and common event ones as touch types. */
export const DEFAULT_SALESFORCE_MEMBER_STATUSES: Readonly<Record<string, TouchpointType>> = {
  Responded: 'campaign_response',
  Registered: 'event_registration',
  Attended: 'event_attendance',
  Downloaded: 'content_download',
  Clicked: 'email_click',
  Opened: 'email_open',
};

/** `User.Department` values as teams. */
export const DEFAULT_SALESFORCE_TEAMS: Readonly<Record<string, Team>> = {
  Marketing: 'marketing',
  Sales: 'sales',
  SDR: 'sdr',
  BDR: 'sdr',
  'Sales Development': 'sdr',
};

/** The defaults with the caller's entries merged over them (per map, key by key). */
export function salesforceMapping(
  overrides: Partial<SalesforceMappingConfig> = {},
): SalesforceMappingConfig {
  return {
    leadStatuses: { ...DEFAULT_SALESFORCE_LEAD_STATUSES, ...overrides.leadStatuses },
    lifecycleField: overrides.lifecycleField ?? null,
    lifecycleValues: { ...DEFAULT_SALESFORCE_LIFECYCLE_VALUES, ...overrides.lifecycleValues },
    leadSources: { ...DEFAULT_SALESFORCE_LEAD_SOURCES, ...overrides.leadSources },
    campaignTypes: { ...DEFAULT_SALESFORCE_CAMPAIGN_TYPES, ...overrides.campaignTypes },
    memberStatuses: { ...DEFAULT_SALESFORCE_MEMBER_STATUSES, ...overrides.memberStatuses },
    stages: { ...overrides.stages },
    teamField: overrides.teamField === undefined ? 'Department' : overrides.teamField,
    teams: { ...DEFAULT_SALESFORCE_TEAMS, ...overrides.teams },
    userTeams: { ...overrides.userTeams },
    automatedTaskSubtypes: overrides.automatedTaskSubtypes ?? ['ListEmail', 'Cadence'],
  };
}
