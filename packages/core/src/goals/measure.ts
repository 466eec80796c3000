import { idIndex } from '../lifecycle/id-index';
import type { Dataset } from '../model/dataset';
import type { Person } from '../model/people';
import type { GoalMetric, Team } from '../model/vocabulary';
import type { Counted, MeasureContext } from './measure-context';
import { measureDeals } from './measure-deals';
import { measureMeetings } from './measure-meetings';
import { measureStage } from './measure-stages';
import { sourcingTeam } from './sourcing';

/** What each metric counts, in words. */
export const METRIC_RULES: Readonly<Record<GoalMetric, string>> = {
  revenue: 'revenue = Σ amount of won deals whose closedAt falls in the period, up to asOf',
  pipeline:
    'pipeline = Σ amount of deals (any status) whose createdAt falls in the period, up to asOf',
  deals_won: 'deals won = number of won deals whose closedAt falls in the period, up to asOf',
  mqls: 'MQLs = entries of people into the MQL stage in the period, up to asOf',
  sals: 'SALs = entries of people into the SAL stage in the period, up to asOf',
  sqls: 'SQLs = entries of people into the SQL stage in the period, up to asOf',
  meetings: 'meetings = meetings held in the period, up to asOf',
};

/** The records a goal counts, each with its sourcing team, under `options.scope`. */
export function countRecords(ctx: MeasureContext): {
  entity: 'deal' | 'person' | 'activity';
  counted: Counted[];
  teams: Team[];
} {
  const { entity, counted } = measure(ctx);
  const teamOf = sourcingTeam(
    ctx.dataset,
    ctx.options.sourcing,
    peopleBehind(ctx.dataset, counted),
  );
  const teams = counted.map((c) => teamOf(c.source));
  if (ctx.options.scope === 'all') return { entity, counted, teams };
  const own = teams.map((team) => ctx.goal.teams.includes(team));
  return {
    entity,
    counted: counted.filter((_, i) => own[i]),
    teams: teams.filter((_, i) => own[i]),
  };
}

/**
 * Finds the people the sourcing rule may read: those behind records that do not carry their
 * person (deals, meetings). Records that carry theirs (stage metrics) are not looked up, so
 * under `first-owner` such a person without owner history falls back rather than to the
 * current owner; kept as it was.
 */
function peopleBehind(
  dataset: Dataset,
  counted: readonly Counted[],
): (id: string) => Person | null {
  if (!counted.some((c) => c.source.person === undefined)) return () => null;
  const { people } = dataset;
  // Indexed on the first lookup: most deals carry their own lead source.
  let positionOf: ReadonlyMap<string, number> | undefined;
  return (id) => {
    positionOf ??= idIndex(people).positionOf;
    const p = positionOf.get(id);
    return p === undefined ? null : (people[p] as Person);
  };
}

/** The records a goal's metric counts, and what kind of record they are. */
function measure(ctx: MeasureContext): {
  entity: 'deal' | 'person' | 'activity';
  counted: Counted[];
} {
  const metric = ctx.goal.metric;
  switch (metric) {
    case 'revenue':
    case 'pipeline':
    case 'deals_won':
      return { entity: 'deal', counted: measureDeals(metric, ctx) };
    case 'mqls':
    case 'sals':
    case 'sqls':
      return { entity: 'person', counted: measureStage(ctx.options.stageIds[metric], ctx) };
    case 'meetings':
      return { entity: 'activity', counted: measureMeetings(ctx) };
  }
}
