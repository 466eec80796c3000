import type { StageSpec } from '../lifecycle/stages';
import type { Goal } from '../model/sales';
import { addDays } from '../time/calendar-date';
import type { MeasuredConversion, MeasuredLag, RequiredStage } from './back-solve-types';

// Float noise must not round 8.000000000001 up to 9.
const EPSILON = 1e-9;

/**
 * Walks back from won: opportunities (the stage before won) = won ÷ win rate, every earlier
 * stage = the next ÷ its conversion; counts rounded up. Each stage's window is the goal
 * period moved back by its median lag to won (rounded to whole days).
 */
export function planStages(
  stages: readonly StageSpec[],
  wonNeeded: number | null,
  winRate: number | null,
  conversions: readonly MeasuredConversion[],
  lags: readonly MeasuredLag[],
  goal: Goal,
  today: string,
): RequiredStage[] {
  const exact = new Array<number | null>(stages.length).fill(null);
  const last = stages.length - 1;
  exact[last] = wonNeeded;
  for (let s = last - 1; s >= 0; s--) {
    const next = exact[s + 1] ?? null;
    const rate = s === last - 1 ? winRate : (conversions[s]?.rate ?? null);
    exact[s] = next === null || rate === null || rate === 0 ? null : next / rate;
  }
  return stages.map((stage, s) => {
    const value = exact[s] ?? null;
    const lag = lags[s]?.medianDaysToWon ?? null;
    const shift = lag === null ? null : -Math.round(lag);
    const window =
      shift === null
        ? null
        : { from: addDays(goal.periodStart, shift), by: addDays(goal.periodEnd, shift) };
    return {
      stage: stage.id,
      label: stage.label,
      count: value === null ? null : Math.ceil(value - EPSILON),
      exact: value,
      window,
      late: window !== null && window.by < today,
    };
  });
}
