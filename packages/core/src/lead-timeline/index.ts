export { LeadTimelineOptions } from './options';
export type { HandoffQualityCode, HandoffQualityFinding } from './quality';
export { FATES, type Fate } from './types';
