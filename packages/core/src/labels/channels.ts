import type { Channel } from '../model/vocabulary';

/**
 * English names of the normalized channels, for tables, legends and sentences
 * (`paid_search` → "Paid search"). Pass your own map to a widget to translate.
 */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  organic_search: 'Organic search',
  paid_search: 'Paid search',
  email: 'Email',
  organic_social: 'Organic social',
  paid_social: 'Paid social',
  display: 'Display',
  referral: 'Referral',
  partner: 'Partner',
  events: 'Events',
  webinar: 'Webinar',
  content: 'Content',
  outbound: 'Outbound',
  direct: 'Direct',
  offline: 'Offline',
  other_campaign: 'Other campaign',
  ai_referral: 'AI referral',
  unknown: 'Unknown',
};
