import type { DatasetArray } from '../model/dataset-memo';

/** The dataset arrays a lead timeline reads: what is built from them is shared while all are unchanged. */
export const TIMELINE_READS = [
  'people',
  'leads',
  'changes',
  'activities',
  'users',
  'deals',
] as const satisfies readonly DatasetArray[];
