/**
 * The marketing channels closedloop normalizes to, `unknown` last. Plain data without zod, so
 * an adapter entry can check a channel name without loading the schemas.
 */
export const CHANNEL_NAMES = [
  'organic_search',
  'paid_search',
  'email',
  'organic_social',
  'paid_social',
  'display',
  'referral',
  'partner',
  'events',
  'webinar',
  'content',
  'outbound',
  'direct',
  'offline',
  'other_campaign',
  'ai_referral',
  'unknown',
] as const;
