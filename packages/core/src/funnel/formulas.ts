import type { DateWindow } from './window';

/** The counting rule of a funnel in words, with its period and cut-off filled in. */
export function countingRule(
  method: 'cohort' | 'period',
  firstStage: string,
  window: DateWindow,
  asOf: string,
): string {
  const span = `${window.start} to ${window.end} (${window.timeZone})`;
  return method === 'cohort'
    ? `Cohort method: the records that entered ${firstStage} from ${span}; each stage counts those of them that reached it by ${asOf}.`
    : `Period method: each stage counts the records that entered it from ${span}, up to ${asOf}; rates compare counts of one period, so they blend cohorts.`;
}

/** The formulas behind a funnel's numbers, for widgets to print. */
export function funnelFormulas(method: 'cohort' | 'period') {
  return {
    conversionFromPrevious:
      method === 'cohort'
        ? 'stage-to-stage = records counted at both this stage and the previous one ÷ records counted at the previous stage'
        : 'stage-to-stage = entries into this stage in the period ÷ entries into the previous stage in the period',
    conversionFromStart: 'from start = count at this stage ÷ count at the first stage',
    timeInStage:
      'time in stage = first later stage reached − entry, in days, over records that advanced; median and P90 by linear interpolation between closest ranks. Records still in the stage at asOf are censored: counted and aged separately, never mixed in. Records that moved back or out without advancing, and inferred (skipped) entries, add no time.',
    stageVelocity: 'stage velocity = median time in stage (days) of records that advanced',
    pipelineVelocity:
      'pipeline velocity = (open opportunities at asOf × win rate × average open deal size) ÷ average sales cycle (days) = revenue per day; win rate = won ÷ (won + lost) over deals closed in the look-back before asOf; cycle = mean days from creation to close of those won deals',
  };
}
