/** Why a record was left out of a goal's actual (the `quality` list). */
export type GoalQualityCode =
  /** A deal in scope has no amount, so it adds nothing to a money goal. */
  | 'deal_missing_amount'
  /** A deal in scope has an amount but no currency, so it cannot be added or converted. */
  | 'deal_missing_currency'
  /** A won deal has no `closedAt`, so it cannot be placed in any period. */
  | 'deal_missing_closed_at'
  /** A deal has no `createdAt`, so it cannot be placed in a pipeline period. */
  | 'deal_missing_created_at'
  /** A person is in the goal's stage but no entry time is known. */
  | 'current_stage_without_entry'
  /** A meeting has no `occurredAt`. */
  | 'activity_missing_occurred_at'
  /** A meeting has no owner, so its team is unknown. */
  | 'activity_missing_owner';

/** Findings that do not change `actual` but qualify it or its forecast (the `warnings` list). */
export type GoalWarningCode =
  | 'record_deleted'
  | 'overlapping_goals'
  | 'forecast_deal_missing_close_date'
  | 'forecast_deal_missing_probability'
  | 'forecast_deal_missing_value'
  /** A deal changed after asOf and the dataset keeps no history of a field the goal reads. */
  | 'deal_state_at_as_of_unknown';

/** What each goal finding means. */
export const GOAL_FINDING_MESSAGES: Readonly<Record<GoalQualityCode | GoalWarningCode, string>> = {
  deal_missing_amount: 'deals without an amount: not counted',
  deal_missing_currency: 'deals with an amount but no currency: not counted',
  deal_missing_closed_at: 'won deals without closedAt: not counted',
  deal_missing_created_at: 'deals without createdAt: not counted',
  current_stage_without_entry: 'people in the stage with no entry time: not counted',
  activity_missing_occurred_at: 'meetings without occurredAt: not counted',
  activity_missing_owner: 'meetings without an owner (team unknown): not counted',
  record_deleted: 'records deleted by asOf: left out',
  overlapping_goals:
    'other goals for the same metric, scope and a shared team overlap this period: do not add their actuals',
  forecast_deal_missing_close_date:
    'open deals without an expected close date: left out of the pipeline forecast',
  forecast_deal_missing_probability:
    'open deals whose stage has no probability: left out of the pipeline forecast',
  forecast_deal_missing_value: 'open deals without a value: left out of the pipeline forecast',
  deal_state_at_as_of_unknown:
    "deals changed after asOf without a history of their amount, owner, stage or close date: today's value is used (a deal open at asOf with no stage known is left out of the forecast)",
};
