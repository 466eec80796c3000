import * as z from 'zod/mini';
import { CHANNEL_NAMES } from './channel-names';

// `@__PURE__`: a bundle keeps only the enums an import uses.

/** The team a user works in; goals and SLAs are owned by teams. */
export const Team = /* @__PURE__ */ z.enum(['marketing', 'sdr', 'sales']);
/** A team name: `marketing`, `sdr` or `sales`. */
export type Team = z.infer<typeof Team>;

/**
 * Default lifecycle stages, in order. Stages are configurable (a company may add SGL, TQL
 * or Demand Unit stages): records carry stage ids as strings, and `parseDataset` checks
 * them against the configured list.
 */
export const DEFAULT_LIFECYCLE_STAGES = [
  'subscriber',
  'lead',
  'mql',
  'sal',
  'sql',
  'opportunity',
  'customer',
  'evangelist',
  'other',
] as const;

/** Marketing channels, normalized; the CRM's own value stays beside it as `rawChannel`. */
export const Channel = /* @__PURE__ */ z.enum(CHANNEL_NAMES);
/** A normalized marketing channel name, such as `paid_search` or `email`. */
export type Channel = z.infer<typeof Channel>;

/** What kind of marketing interaction a touchpoint records. */
export const TouchpointType = /* @__PURE__ */ z.enum([
  'form_submission',
  'email_sent',
  'email_delivered',
  'email_open',
  'email_click',
  'email_bounce',
  'email_unsubscribe',
  'page_view',
  'ad_click',
  'social_click',
  'event_registration',
  'event_attendance',
  'webinar_attendance',
  'content_download',
  'chat',
  'meeting_booked',
  'campaign_response',
  'self_reported',
  'other',
]);
/** The kind of marketing interaction a touchpoint records, such as `form_submission`. */
export type TouchpointType = z.infer<typeof TouchpointType>;

/**
 * How a touch was observed: tracked online, logged offline (event scans, calls), or
 * self-reported by the buyer ("how did you hear about us"). Models can include or exclude
 * each origin.
 */
export const TouchOrigin = /* @__PURE__ */ z.enum(['online', 'offline', 'self_reported']);
/** How a touch was observed: `online`, `offline` or `self_reported`. */
export type TouchOrigin = z.infer<typeof TouchOrigin>;

/** Sales-side activity kinds. */
export const ActivityType = /* @__PURE__ */ z.enum([
  'call',
  'meeting',
  'email',
  'task',
  'note',
  'other',
]);
/** The kind of sales activity: call, meeting, email, task, note or other. */
export type ActivityType = z.infer<typeof ActivityType>;

/** The metric a goal measures. */
export const GoalMetric = /* @__PURE__ */ z.enum([
  'revenue',
  'pipeline',
  'deals_won',
  'mqls',
  'sals',
  'sqls',
  'meetings',
]);
/** The metric a goal measures, such as `revenue` or `mqls`. */
export type GoalMetric = z.infer<typeof GoalMetric>;

/** Goal metrics measured in money (the others count records). */
export const MONEY_GOAL_METRICS: readonly GoalMetric[] = ['revenue', 'pipeline'];
