import type { Dataset } from '../model/dataset';
import type { Goal } from '../model/sales';
import type { GoalMetric, Team } from '../model/vocabulary';
import { SAMPLE_REPORTING_CURRENCY, SAMPLE_TIME_ZONE } from './constants';
import { type Ctx, sampleId } from './context';
import { formatCents, parseCents, toUsdCents } from './money';
import { AS_OF_MS, formatUtc } from './time';

/** The quarter that contains `SAMPLE_AS_OF` (Q2 2026), in the company's time zone. */
export const SAMPLE_QUARTER = Object.freeze({
  label: 'Q2 2026',
  periodStart: '2026-04-01',
  periodEnd: '2026-06-30',
  timeZone: SAMPLE_TIME_ZONE,
});

// New York midnights bounding the quarter and the one before (plans start from last quarter).
const Q_START_MS = Date.parse('2026-04-01T04:00:00Z');
const Q_END_MS = Date.parse('2026-07-01T04:00:00Z');
const PREVIOUS_START_MS = Date.parse('2026-01-01T05:00:00Z');

interface GoalSpec {
  name: string;
  metric: GoalMetric;
  teams: Team[];
  segment?: string;
  /** Plan multiplier on the baseline, so pacing differs per goal (above 1: behind pace). */
  stretch: number;
  /** Target when nothing has happened yet (tiny scales). */
  floor: number;
}

const SPECS: readonly GoalSpec[] = [
  {
    name: 'Q2 2026 joint revenue',
    metric: 'revenue',
    teams: ['marketing', 'sales'],
    stretch: 1.12,
    floor: 100_000,
  },
  {
    name: 'Q2 2026 new pipeline',
    metric: 'pipeline',
    teams: ['marketing', 'sdr', 'sales'],
    stretch: 0.94,
    floor: 400_000,
  },
  { name: 'Q2 2026 MQLs', metric: 'mqls', teams: ['marketing'], stretch: 0.9, floor: 100 },
  { name: 'Q2 2026 sales-accepted leads', metric: 'sals', teams: ['sdr'], stretch: 1.2, floor: 60 },
  { name: 'Q2 2026 SDR meetings', metric: 'meetings', teams: ['sdr'], stretch: 1.05, floor: 40 },
  { name: 'Q2 2026 deals won', metric: 'deals_won', teams: ['sales'], stretch: 1.1, floor: 10 },
  {
    name: 'Q2 2026 Enterprise revenue',
    metric: 'revenue',
    teams: ['sales'],
    segment: 'Enterprise',
    stretch: 1.3,
    floor: 50_000,
  },
];

// Generated instants are all UTC text of one shape, so text order is time order here.
function within(from: string, to: string) {
  return (iso: string | null) => iso !== null && iso >= from && iso < to;
}

/** Actuals of every goal metric, in one pass over the records. */
interface Actuals {
  revenue: number;
  enterpriseRevenue: number;
  dealsWon: number;
  pipeline: number;
  mqls: number;
  sals: number;
  meetings: number;
}

/**
 * What each metric measures here, for setting targets (analytics may define more options):
 * revenue = won deals by `closedAt`; pipeline = deals by `createdAt` (both in USD at the
 * sample rates, deals without a currency left out); deals_won = count of won deals; mqls /
 * sals = lifecycle changes into `mql` / `sal`; meetings = meetings owned by SDRs.
 */
function measure(data: Dataset, fromMs: number, toMs: number): Actuals {
  const inQuarter = within(formatUtc(fromMs), formatUtc(toMs));
  const enterprise = new Set(
    data.accounts.filter((a) => a.segment === 'Enterprise').map((a) => a.id),
  );
  const sdrs = new Set(data.users.filter((u) => u.team === 'sdr').map((u) => u.id));
  const usd = (amount: { amount: string; currency: string | null } | null) =>
    amount === null || amount.currency === null
      ? 0
      : toUsdCents(amount.currency, parseCents(amount.amount)) / 100;
  const a: Actuals = {
    revenue: 0,
    enterpriseRevenue: 0,
    dealsWon: 0,
    pipeline: 0,
    mqls: 0,
    sals: 0,
    meetings: 0,
  };
  for (const d of data.deals) {
    if (inQuarter(d.createdAt)) a.pipeline += usd(d.amount);
    if (d.status !== 'won' || !inQuarter(d.closedAt)) continue;
    a.revenue += usd(d.amount);
    a.dealsWon++;
    if (d.accountId !== null && enterprise.has(d.accountId)) a.enterpriseRevenue += usd(d.amount);
  }
  for (const c of data.changes) {
    if (c.field !== 'lifecycleStage' || !inQuarter(c.at)) continue;
    if (c.to === 'mql') a.mqls++;
    else if (c.to === 'sal') a.sals++;
  }
  for (const act of data.activities) {
    if (
      act.type === 'meeting' &&
      act.ownerId !== null &&
      sdrs.has(act.ownerId) &&
      inQuarter(act.occurredAt)
    ) {
      a.meetings++;
    }
  }
  return a;
}

function actualOf(a: Actuals, spec: GoalSpec): number {
  switch (spec.metric) {
    case 'revenue':
      return spec.segment === 'Enterprise' ? a.enterpriseRevenue : a.revenue;
    case 'deals_won':
      return a.dealsWon;
    case 'pipeline':
      return a.pipeline;
    case 'mqls':
      return a.mqls;
    case 'sals':
      return a.sals;
    case 'meetings':
      return a.meetings;
    default:
      return 0;
  }
}

/** Rounds a target to two or three significant figures, as people write them. */
function roundTarget(value: number, money: boolean): number {
  if (value <= 0) return 0;
  const digits = Math.floor(Math.log10(value));
  const step = money ? 10 ** Math.max(0, digits - 2) * 5 : value >= 50 ? 5 : 1;
  return Math.ceil(value / step) * step;
}

/**
 * Goals for the quarter containing the as-of instant: a joint revenue goal, pipeline, MQLs,
 * SALs, SDR meetings, deals won and an Enterprise-segment revenue goal. Targets come from the
 * generated data itself — half last quarter's actual plus 10% growth, half this quarter's
 * run-rate, times a per-goal stretch — kept so that the as-of actual is 20–80% of the target:
 * every goal is in progress, some ahead of pace and some behind, at every seed and scale.
 */
export function generateGoals(ctx: Ctx): void {
  const elapsed = (AS_OF_MS - Q_START_MS) / (Q_END_MS - Q_START_MS);
  const current = measure(ctx.data, Q_START_MS, AS_OF_MS + 1);
  const previous = measure(ctx.data, PREVIOUS_START_MS, Q_START_MS);
  for (const spec of SPECS) {
    const money = spec.metric === 'revenue' || spec.metric === 'pipeline';
    const soFar = actualOf(current, spec);
    const baseline = 0.5 * (soFar / elapsed) + 0.5 * actualOf(previous, spec) * 1.1;
    const planned = Math.min(Math.max(baseline * spec.stretch, soFar / 0.8), soFar / 0.2);
    let target = roundTarget(planned, money);
    if (target <= soFar) target = roundTarget(soFar * 1.25 + 1, money);
    if (soFar === 0) target = Math.round(spec.floor * ctx.scale) || spec.floor;
    const n = ctx.next('goal');
    const goal: Goal = {
      id: sampleId('goal', n),
      name: spec.name,
      metric: spec.metric,
      target: money ? formatCents(target * 100) : String(target),
      currency: money ? SAMPLE_REPORTING_CURRENCY : null,
      periodStart: SAMPLE_QUARTER.periodStart,
      periodEnd: SAMPLE_QUARTER.periodEnd,
      timeZone: SAMPLE_QUARTER.timeZone,
      teams: spec.teams,
      segment: spec.segment ?? null,
      ownerId: null,
    };
    ctx.data.goals.push(goal);
  }
}
