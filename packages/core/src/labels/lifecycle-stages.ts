import type { DEFAULT_LIFECYCLE_STAGES } from '../model/vocabulary';

/** A stage of the default lifecycle (`subscriber` … `evangelist`, `other`). */
export type DefaultLifecycleStage = (typeof DEFAULT_LIFECYCLE_STAGES)[number];

/**
 * English names of the default lifecycle stages (`mql` → "MQL"). Stages are configurable, so
 * a stage id missing here is shown as it is (see {@link labelOf}).
 */
export const LIFECYCLE_STAGE_LABELS: Readonly<Record<DefaultLifecycleStage, string>> = {
  subscriber: 'Subscriber',
  lead: 'Lead',
  mql: 'MQL',
  sal: 'SAL',
  sql: 'SQL',
  opportunity: 'Opportunity',
  customer: 'Customer',
  evangelist: 'Evangelist',
  other: 'Other',
};
