import type { BreachKind } from './types';

/**
 * Every breach kind, in the order a deadline is missed: late, rejected unseen, still
 * untouched, too few attempts.
 */
export const BREACH_KINDS: readonly BreachKind[] = [
  'late_first_touch',
  'rejected_without_touch',
  'no_first_touch',
  'too_few_attempts',
];

/** English names of the SLA breach kinds (`no_first_touch` → "No first touch yet"). */
export const BREACH_KIND_LABELS: Readonly<Record<BreachKind, string>> = {
  late_first_touch: 'Late first touch',
  rejected_without_touch: 'Rejected without a touch',
  no_first_touch: 'No first touch yet',
  too_few_attempts: 'Too few attempts',
};
