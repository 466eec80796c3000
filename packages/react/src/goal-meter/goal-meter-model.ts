import type { GoalProgress, GoalStatus, Team } from '@closedloop/core';
import type { SelectionEntity } from '../kit';
import { isReport } from './goal-meter-text';

/** One team's segment of the actual bar. */
export interface TeamSegment {
  team: Team;
  /** Position in the fixed team order (marketing, SDR, sales): picks its colour. */
  slot: number;
  value: number;
  /** The decimal string from core. */
  amount: string;
  share: number | null;
  count: number;
}

/** The numbers a goal meter draws, derived once from the core result. */
export interface GoalMeterModel {
  actual: number;
  target: number;
  expected: number;
  runRate: number | null;
  pipeline: number | null;
  /** The scale's end: the target, or further when the actual or a marker overshoots it. */
  max: number;
  /** Team segments with a non-zero part, in team order; they sum to the actual. */
  segments: TeamSegment[];
  status: GoalStatus | null;
  /** (attainment − elapsed share) in percentage points; null without a target. */
  paceDeltaPoints: number | null;
  /** Day of the period `asOf` falls in, and the period's length, in its calendar's days. */
  day: number;
  totalDays: number;
  business: boolean;
  /** The records behind the actual. */
  ids: readonly string[];
  entity: SelectionEntity | null;
}

const TEAM_ORDER: Team[] = ['marketing', 'sdr', 'sales'];

/** Derives the drawing model of a goal's progress. */
export function goalMeterModel(progress: GoalProgress): GoalMeterModel {
  const actual = Number(progress.actual);
  const target = Number(progress.target);
  const expected = Number(progress.expectedToDate);
  const runRate = progress.runRateForecast === null ? null : Number(progress.runRateForecast);
  const report = isReport(progress) ? progress : null;
  const pipeline = report?.pipelineForecast ? Number(report.pipelineForecast.value) : null;
  const max = Math.max(target, actual, expected, runRate ?? 0, pipeline ?? 0);
  const segments: TeamSegment[] = (report?.contributions.teams ?? [])
    .filter((team) => Number(team.actual) > 0)
    .map((team) => ({
      team: team.team,
      slot: Math.max(0, TEAM_ORDER.indexOf(team.team)),
      value: Number(team.actual),
      amount: team.actual,
      share: team.share,
      count: team.count,
    }));
  const calendar = report?.calendar;
  const totalDays = calendar?.periodDays ?? progress.periodDays;
  const elapsed = calendar?.elapsedDays ?? progress.periodDays - progress.remainingDays;
  const ids = report ? report.contributing.recordIds : progress.contributing.dealIds;
  const entity: SelectionEntity | null = report
    ? report.contributing.entity
    : progress.contributing.dealIds.length > 0
      ? 'deal'
      : null;
  return {
    actual,
    target,
    expected,
    runRate,
    pipeline,
    max: max > 0 ? max : 1,
    segments,
    status: report?.status ?? null,
    paceDeltaPoints:
      progress.attainment === null ? null : (progress.attainment - progress.elapsedFraction) * 100,
    day: Math.min(totalDays, Math.max(1, Math.ceil(elapsed))),
    totalDays,
    business: calendar?.kind === 'business',
    ids,
    entity,
  };
}
