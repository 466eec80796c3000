export type { LeadTimelineOptions } from './options';
export type { HandoffQualityCode } from './quality';
export { FATES, type Fate } from './types';
