import type { StageSpec } from '../lifecycle/stages';
import { quantile } from './quantile';
import type { SliceTally } from './slice-tally';
import type { FunnelStageRow, TimeInStage } from './types';

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** Turns a slice's tally into stage rows with conversions and time in stage. */
export function stageRows(
  stages: readonly StageSpec[],
  tally: SliceTally,
  method: 'cohort' | 'period',
): FunnelStageRow[] {
  const first = tally.count[0] ?? 0;
  return stages.map((stage, s) => {
    const count = tally.count[s] as number;
    const previous = s > 0 ? (tally.count[s - 1] as number) : null;
    const advanced = method === 'cohort' && s > 0 ? (tally.advanced[s] as number) : null;
    return {
      id: stage.id,
      label: stage.label,
      count,
      conversionFromPrevious: previous === null ? null : ratio(advanced ?? count, previous),
      conversionFromStart: ratio(count, first),
      advancedFromPrevious: advanced,
      skipped: tally.skipped[s] as number,
      movedBack: tally.movedBack[s] as number,
      timeInStage: s < stages.length - 1 ? timeInStage(tally, s) : null,
    };
  });
}

function timeInStage(tally: SliceTally, s: number): TimeInStage {
  const durations = Float64Array.from(tally.durations[s] ?? []);
  const ages = Float64Array.from(tally.ages[s] ?? []);
  return {
    medianDays: quantile(durations, 0.5),
    p90Days: quantile(durations, 0.9),
    advanced: durations.length,
    censored: {
      count: ages.length,
      medianAgeDays: quantile(ages, 0.5),
      p90AgeDays: quantile(ages, 0.9),
    },
    exitedWithoutAdvancing: tally.exited[s] as number,
    inferredEntries: tally.inferredEntries[s] as number,
  };
}
