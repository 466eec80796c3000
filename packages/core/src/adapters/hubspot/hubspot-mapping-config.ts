import type { Channel } from '../../model/vocabulary';

/**
 * How HubSpot's values become normalized ones. Every map is keyed by HubSpot's internal
 * value; unmapped values normalize to null (lifecycle) or `unknown` (channels) while the
 * raw value is kept beside them.
 */
export interface HubSpotMappingConfig {
  /** `lifecyclestage` internal values (custom stages are numeric ids) → lifecycle stage ids. */
  readonly lifecycleStages: Readonly<Record<string, string>>;
  /** `hs_lead_status` values → the label kept in `leadStatus`; others are humanized. */
  readonly leadStatuses: Readonly<Record<string, string>>;
  /** `hs_analytics_source` / `hs_latest_source` buckets → channels. */
  readonly channels: Readonly<Record<string, Channel>>;
}

/**
 * HubSpot's default lifecycle stages (guide §2.6), plus `salesacceptedlead`, the internal
 * name portals commonly give a custom SAL stage (guide §2.11).
 */
export const DEFAULT_HUBSPOT_LIFECYCLE_STAGES: Readonly<Record<string, string>> = {
  subscriber: 'subscriber',
  lead: 'lead',
  marketingqualifiedlead: 'mql',
  salesacceptedlead: 'sal',
  salesqualifiedlead: 'sql',
  opportunity: 'opportunity',
  customer: 'customer',
  evangelist: 'evangelist',
  other: 'other',
};

/** HubSpot's default `hs_lead_status` options and their labels (guide §2.6). */
export const DEFAULT_HUBSPOT_LEAD_STATUSES: Readonly<Record<string, string>> = {
  NEW: 'New',
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  OPEN_DEAL: 'Open deal',
  UNQUALIFIED: 'Unqualified',
  ATTEMPTED_TO_CONTACT: 'Attempted to contact',
  CONNECTED: 'Connected',
  BAD_TIMING: 'Bad timing',
};

/**
 * HubSpot's source buckets (https://knowledge.hubspot.com/properties/understand-source-properties,
 * guide §2.6) as channels.
 */
export const DEFAULT_HUBSPOT_CHANNELS: Readonly<Record<string, Channel>> = {
  ORGANIC_SEARCH: 'organic_search',
  PAID_SEARCH: 'paid_search',
  EMAIL_MARKETING: 'email',
  SOCIAL_MEDIA: 'organic_social',
  PAID_SOCIAL: 'paid_social',
  REFERRALS: 'referral',
  OTHER_CAMPAIGNS: 'other_campaign',
  DIRECT_TRAFFIC: 'direct',
  OFFLINE: 'offline',
  AI_REFERRALS: 'ai_referral',
};

/** The defaults with the caller's entries merged over them (per map, key by key). */
export function hubspotMapping(
  overrides: Partial<HubSpotMappingConfig> = {},
): HubSpotMappingConfig {
  return {
    lifecycleStages: { ...DEFAULT_HUBSPOT_LIFECYCLE_STAGES, ...overrides.lifecycleStages },
    leadStatuses: { ...DEFAULT_HUBSPOT_LEAD_STATUSES, ...overrides.leadStatuses },
    channels: { ...DEFAULT_HUBSPOT_CHANNELS, ...overrides.channels },
  };
}
