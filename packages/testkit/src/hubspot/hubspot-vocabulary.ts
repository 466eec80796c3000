import type { Channel, TouchpointType } from '@closedloop/core';

/**
 * How the fake writes normalized values in HubSpot's vocabulary. Deliberately its own
 * tables (not the adapter's): the conformance suite checks that the adapter reads back
 * what a portal would hold.
 */

/** Lifecycle stage ids → HubSpot `lifecyclestage` internal values (guide §2.6). */
export const LIFECYCLE_VALUES: Readonly<Record<string, string>> = {
  subscriber: 'subscriber',
  lead: 'lead',
  mql: 'marketingqualifiedlead',
  // Not a default HubSpot stage: portals add it as a custom stage (guide §2.11).
  sal: 'salesacceptedlead',
  sql: 'salesqualifiedlead',
  opportunity: 'opportunity',
  customer: 'customer',
  evangelist: 'evangelist',
  other: 'other',
};

/** Channels → `hs_analytics_source` buckets (guide §2.6); others fall back to OTHER_CAMPAIGNS. */
export const SOURCE_VALUES: Partial<Record<Channel, string>> = {
  organic_search: 'ORGANIC_SEARCH',
  paid_search: 'PAID_SEARCH',
  email: 'EMAIL_MARKETING',
  organic_social: 'SOCIAL_MEDIA',
  paid_social: 'PAID_SOCIAL',
  referral: 'REFERRALS',
  other_campaign: 'OTHER_CAMPAIGNS',
  direct: 'DIRECT_TRAFFIC',
  offline: 'OFFLINE',
  ai_referral: 'AI_REFERRALS',
};

/** Touchpoint types served as legacy marketing email events (guide §2.8). */
export const EMAIL_EVENT_TYPES: Partial<Record<TouchpointType, string>> = {
  email_sent: 'SENT',
  email_delivered: 'DELIVERED',
  email_open: 'OPEN',
  email_click: 'CLICK',
  email_bounce: 'BOUNCE',
  email_unsubscribe: 'STATUSCHANGE',
};

/** A lead status as an enumeration value: `Attempted to contact` → `ATTEMPTED_TO_CONTACT`. */
export function leadStatusValue(status: string): string {
  return status
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_');
}

/** A normalized channel as a HubSpot source bucket. */
export function sourceValue(channel: Channel): string {
  return SOURCE_VALUES[channel] ?? 'OTHER_CAMPAIGNS';
}
