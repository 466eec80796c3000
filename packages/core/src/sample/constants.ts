/**
 * The fixed facts of the sample company ("Brightwave", a B2B analytics vendor): its clock,
 * currencies, business hours and the vocabularies its CRM uses. Everything the generator
 * produces is consistent with these, and none of them depends on the machine's clock.
 */

/**
 * The dataset's fixed "now": Friday 15 May 2026, 17:00 UTC (13:00 in New York), about
 * half-way through Q2 2026 so goal pacing is in progress. No timestamp in the dataset is
 * later than this; pass it as `asOf` to every analytics call so results never drift.
 */
export const SAMPLE_AS_OF = '2026-05-15T17:00:00Z';

/** The first instant of the 18 months the dataset covers (18 months before `SAMPLE_AS_OF`). */
export const SAMPLE_START = '2024-11-15T17:00:00Z';

/** The company's home time zone: goals, business hours and calendar dates use it. */
export const SAMPLE_TIME_ZONE = 'America/New_York';

/** The currency goals and rollups report in. */
export const SAMPLE_REPORTING_CURRENCY = 'USD';

/**
 * The exchange rates the sample uses, as decimal strings in **units of USD per 1 unit of the
 * key currency** (`EUR: '1.08'` means 1 EUR = 1.08 USD). Deal amounts in EUR and GBP were
 * generated from USD values with exactly these rates.
 */
export const SAMPLE_EXCHANGE_RATES: Readonly<Record<string, string>> = Object.freeze({
  USD: '1',
  EUR: '1.08',
  GBP: '1.27',
});

/**
 * The company's working week for SLA clocks: Monday to Friday, 09:00–17:00 in New York
 * (no holidays). Sales activities are generated inside these hours.
 */
export const SAMPLE_BUSINESS_HOURS = Object.freeze({
  timeZone: SAMPLE_TIME_ZONE,
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  weekdays: Object.freeze([1, 2, 3, 4, 5]),
  start: '09:00',
  end: '17:00',
});

/** The sales SLA the sample is built to test: a first human touch within 4 business hours. */
export const SAMPLE_SLA_FIRST_TOUCH_BUSINESS_HOURS = 4;

/** The lifecycle stages the sample uses, in order (a subset of `DEFAULT_LIFECYCLE_STAGES`). */
export const SAMPLE_LIFECYCLE_STAGES = [
  'subscriber',
  'lead',
  'mql',
  'sal',
  'sql',
  'opportunity',
  'customer',
] as const;
/** A lifecycle stage id the sample dataset uses. */
export type SampleLifecycleStage = (typeof SAMPLE_LIFECYCLE_STAGES)[number];

/**
 * Why sales rejected an MQL: the `reason` of every `leadStatus` change to `Unqualified` or
 * `Recycled`. Every reason occurs in the default dataset.
 */
export const DISPOSITION_REASONS = [
  'No ICP fit',
  'Bad timing',
  'Duplicate',
  'No contact',
  'Existing opportunity',
] as const;
/** Why sales rejected an MQL in the sample: one of `DISPOSITION_REASONS`. */
export type DispositionReason = (typeof DISPOSITION_REASONS)[number];

/** Reasons that recycle the lead to nurture (back to `lead`); the others disqualify it. */
export const RECYCLE_REASONS: readonly DispositionReason[] = ['Bad timing', 'No contact'];

/**
 * Lead statuses (`Person.leadStatus`, `Lead.status`, `leadStatus` changes) along the
 * hand-off: New (MQL, waiting) → Attempting (first human touch) → Connected → Accepted (SAL)
 * → Qualified (SQL); or Unqualified / Recycled with a disposition reason.
 */
export const LEAD_STATUSES = Object.freeze({
  new: 'New',
  attempting: 'Attempting',
  connected: 'Connected',
  accepted: 'Accepted',
  qualified: 'Qualified',
  unqualified: 'Unqualified',
  recycled: 'Recycled',
} as const);

/** Why deals were lost (`Deal.lostReason`). */
export const DEAL_LOST_REASONS = [
  'Lost to competitor',
  'No budget',
  'No decision',
  'Timing',
  'Price',
] as const;

/** Account segments (`Account.segment`, goal segments). */
export const SAMPLE_SEGMENTS = ['SMB', 'Mid-Market', 'Enterprise'] as const;
/** An account segment of the sample dataset: `SMB`, `Mid-Market` or `Enterprise`. */
export type SampleSegment = (typeof SAMPLE_SEGMENTS)[number];

/** Contact roles on deals (`DealContact.role`). */
export const DEAL_CONTACT_ROLES = [
  'Decision Maker',
  'Economic Buyer',
  'Champion',
  'Technical Evaluator',
  'Influencer',
  'End User',
] as const;
