import type { Goal } from '../model/sales';
import { MONEY_GOAL_METRICS } from '../model/vocabulary';
import { currencyMinorUnits, isKnownCurrency } from '../money/currencies';
import { formatScaled } from '../money/decimal';
import { InvalidGoalError } from './errors';

/** Count goals keep two fraction digits (12.5 deals expected to date). */
const COUNT_SCALE = 2;

/** How a goal's values are held: money in minor units of its currency, counts in hundredths. */
export interface GoalUnits {
  currency: string | null;
  /** Fraction digits of the scaled integers. */
  scale: number;
  /** The scaled value of one counted record for count goals; 1 for money. */
  unit: bigint;
  /** Formats a scaled integer: money with all minor digits, counts without trailing zeros. */
  format: (value: bigint) => string;
}

/**
 * The units of a goal's values.
 * @throws {InvalidGoalError} for a money goal without a known currency.
 */
export function goalUnits(goal: Goal): GoalUnits {
  if (!MONEY_GOAL_METRICS.includes(goal.metric)) {
    return {
      currency: null,
      scale: COUNT_SCALE,
      unit: 10n ** BigInt(COUNT_SCALE),
      format: (v) => trimZeros(formatScaled(v, COUNT_SCALE)),
    };
  }
  if (goal.currency === null || !isKnownCurrency(goal.currency)) {
    throw new InvalidGoalError(
      goal.id,
      `a ${goal.metric} goal needs an ISO-4217 currency, got ${JSON.stringify(goal.currency)}`,
    );
  }
  const scale = currencyMinorUnits(goal.currency);
  return { currency: goal.currency, scale, unit: 1n, format: (v) => formatScaled(v, scale) };
}

/** `"12.50"` → `"12.5"`, `"7.00"` → `"7"`. */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
