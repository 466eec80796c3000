import { LIFECYCLE_FINDING_MESSAGES, type LifecycleQualityCode } from '../lifecycle/quality-codes';

/** Data-quality findings of `funnel`: the lifecycle ones plus splits and deal values. */
export type FunnelQualityCode =
  | LifecycleQualityCode
  | 'split_key_missing'
  | 'deal_missing_amount'
  | 'deal_missing_currency'
  | 'deal_missing_created_at'
  | 'deal_missing_closed_at'
  | 'deal_state_at_as_of_unknown';

/** What each funnel finding means and what was done with the records. */
export const FUNNEL_FINDING_MESSAGES: Readonly<Record<FunnelQualityCode, string>> = {
  ...LIFECYCLE_FINDING_MESSAGES,
  split_key_missing: 'records without the split key: grouped under "(none)"',
  deal_missing_amount:
    'open deals without an amount: counted as opportunities, left out of the average deal size',
  deal_missing_currency:
    'open deals with an amount but no currency: counted as opportunities, left out of the average deal size',
  deal_missing_created_at: 'deals without createdAt: left out of pipeline velocity',
  deal_missing_closed_at: 'closed deals without closedAt: left out of win rate and cycle length',
  deal_state_at_as_of_unknown:
    "deals changed after asOf whose amount or owner has no history: today's value is used",
};
