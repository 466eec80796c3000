import type { FunnelResult, FunnelStageRow } from '@closedloop/core';

/** A stage row with rates computed from the counts; time in stage optional. */
function stageRow(
  id: string,
  label: string,
  count: number,
  previous: number | null,
  first: number,
  medianDays: number | null,
): FunnelStageRow {
  return {
    id,
    label,
    count,
    conversionFromPrevious: previous === null ? null : previous === 0 ? null : count / previous,
    conversionFromStart: first === 0 ? null : count / first,
    advancedFromPrevious: previous === null ? null : count,
    skipped: 0,
    movedBack: 0,
    timeInStage:
      medianDays === null
        ? null
        : {
            medianDays,
            p90Days: medianDays * 3,
            advanced: count,
            censored: {
              count: Math.round(count / 4),
              medianAgeDays: medianDays * 2,
              p90AgeDays: medianDays * 5,
            },
            exitedWithoutAdvancing: 0,
            inferredEntries: 0,
          },
  };
}

/**
 * A cohort funnel with the given stage names and counts (each stage's median time 2 days,
 * none on the last), for edge cases the sample does not have.
 */
export function funnelFixture(stages: [label: string, count: number][]): FunnelResult {
  const first = stages[0]?.[1] ?? 0;
  const rows = stages.map(([label, count], index) =>
    stageRow(
      `stage-${index}`,
      label,
      count,
      index === 0 ? null : (stages[index - 1]?.[1] ?? 0),
      first,
      index === stages.length - 1 ? null : 2 + index,
    ),
  );
  return {
    entity: 'person',
    field: 'lifecycleStage',
    method: 'cohort',
    period: {
      start: '2026-01-01',
      end: '2026-03-31',
      timeZone: 'UTC',
      startsAt: '2026-01-01T00:00:00.000Z',
      endsAt: '2026-04-01T00:00:00.000Z',
    },
    asOf: '2026-04-15T00:00:00Z',
    stages: rows.map((row) => ({ id: row.id, label: row.label })),
    rules: {
      skipped: 'infer',
      backward: 'keep-first',
      sources: 'history',
      text: {
        counting:
          'Cohort method: the records that entered the first stage from 2026-01-01 to 2026-03-31 (UTC).',
        skipped: 'Skipped stages count as reached.',
        backward: 'Each stage counts once.',
        sources: 'Field history.',
        split: null,
      },
    },
    formulas: {
      conversionFromPrevious: 'count ÷ previous count',
      conversionFromStart: 'count ÷ first count',
      timeInStage: 'exit − entry of records that advanced',
      stageVelocity: 'median time in stage',
      pipelineVelocity: 'opportunities × win rate × deal size ÷ cycle',
    },
    overall: { stages: rows, pipelineVelocity: null },
    by: null,
    groups: [],
    exchangeRatesUsed: {},
    quality: [],
  };
}
