/** Data-quality findings of stage entries (and of everything built on them). */
export type LifecycleQualityCode =
  | 'record_deleted'
  | 'change_without_record'
  | 'stage_dates_disagree'
  | 'current_stage_without_entry'
  | 'stage_regression'
  | 'stage_skipped'
  | 'stage_order_inverted';

/** What each lifecycle finding means and what was done with the records. */
export const LIFECYCLE_FINDING_MESSAGES: Readonly<Record<LifecycleQualityCode, string>> = {
  record_deleted: 'records deleted by asOf: left out',
  change_without_record: 'stage changes naming no record of this kind: ignored',
  stage_dates_disagree:
    'stageDates differ from the first history entry by a second or more: the earlier instant is used',
  current_stage_without_entry:
    'records whose current stage has no entry time in history or stageDates: that stage is not counted for them',
  stage_regression: 'records that moved back to an earlier stage: counted under the backward rule',
  stage_skipped: 'records that jumped over a stage: counted under the skipped rule',
  stage_order_inverted:
    'records that entered a later stage before an earlier one: the inverted times add no time in stage',
};
