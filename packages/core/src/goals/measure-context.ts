import type { Dataset } from '../model/dataset';
import type { Attribution, Person } from '../model/people';
import type { Goal } from '../model/sales';
import type { FindingCollector } from '../quality/quality-finding';
import type { ParsedGoalOptions } from './options';
import type { GoalQualityCode, GoalWarningCode } from './quality-codes';

/** What the sourcing rule reads of a counted record. */
export interface SourcingInput {
  /** The person behind the record (a deal's primary contact, a meeting's first attendee). */
  personId: string | null;
  /** That person, when the metric already holds it (saves a lookup). */
  person?: Person;
  /** The record's own lead source (a deal's original source); null falls back to the person's. */
  leadSource: Attribution | null;
  /** The record's own owner: the fallback of the first-owner rule when there is no person. */
  ownerId: string | null;
}

/** One record counted toward a goal. */
export interface Counted {
  id: string;
  /** Minor units of the goal currency for money metrics, 1 for count metrics. */
  value: bigint;
  source: SourcingInput;
}

/** Everything a metric needs to pick its records, built once per `goalProgress` call. */
export interface MeasureContext {
  dataset: Dataset;
  goal: Goal;
  options: ParsedGoalOptions;
  startMs: number;
  endMs: number;
  asOfMs: number;
  /** The goal's currency for money metrics, else null. */
  currency: string | null;
  ratesUsed: Record<string, string>;
  quality: FindingCollector<GoalQualityCode>;
  warnings: FindingCollector<GoalWarningCode>;
  /** True when a record's owner and account match the goal's owner and segment. */
  inScope: (ownerId: string | null, accountId: string | null) => boolean;
}

/** The instant lies in the period and not after `asOf`. */
export function counts(ms: number, ctx: MeasureContext): boolean {
  return ms >= ctx.startMs && ms < ctx.endMs && ms <= ctx.asOfMs;
}

/** A record deleted at or before `asOf` is left out and listed as a warning. */
export function deletedByAsOf(
  record: { id: string; deletedAt: string | null },
  ctx: MeasureContext,
): boolean {
  if (record.deletedAt === null || Date.parse(record.deletedAt) > ctx.asOfMs) return false;
  ctx.warnings.add('record_deleted', record.id);
  return true;
}

/** The goal's owner and segment filter (segment = the record's account's segment). */
export function scopeFilter(dataset: Dataset, goal: Goal): MeasureContext['inScope'] {
  const segments =
    goal.segment === null ? null : new Map(dataset.accounts.map((a) => [a.id, a.segment]));
  return (ownerId, accountId) =>
    (goal.ownerId === null || ownerId === goal.ownerId) &&
    (segments === null || (accountId !== null && segments.get(accountId) === goal.segment));
}
