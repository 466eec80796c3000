import type { Fate } from './types';

/** English names of the hand-off fates (`never_worked` → "Never worked"). */
export const FATE_LABELS: Readonly<Record<Fate, string>> = {
  won: 'Won',
  opportunity: 'Opportunity',
  recycled: 'Recycled',
  disqualified: 'Disqualified',
  accepted: 'Accepted',
  never_worked: 'Never worked',
  pending: 'Pending',
};
