import { isKnownCurrency } from '../money/currencies';
import type { EntityName } from './dataset';
import type { Deal } from './deals';
import type { EntityRecord } from './entity-record';
import type { Account, Person } from './people';
import { type PathKey, type RecordIssue, recordIssue } from './rejection';
import type { FieldChange, Goal } from './sales';
import { MONEY_GOAL_METRICS } from './vocabulary';

/** What the domain rules need beyond the record itself. */
export interface RuleContext {
  readonly lifecycleStages: ReadonlySet<string>;
  /** Time-zone validity by name, so each distinct zone is asked of `Intl` once per parse. */
  readonly timeZones: Map<string, boolean>;
}

type Rule<E extends EntityName> = (record: EntityRecord<E>, context: RuleContext) => RecordIssue[];

function stageIssue(
  path: readonly PathKey[],
  label: string,
  stage: string | null,
  context: RuleContext,
): RecordIssue[] {
  if (stage === null || context.lifecycleStages.has(stage)) return [];
  const allowed = [...context.lifecycleStages].join(', ');
  const message = `${label} "${stage}" is not a configured lifecycle stage (allowed: ${allowed})`;
  return [recordIssue('rule', path, message)];
}

const lifecycleOf = (record: Account | Person, context: RuleContext) =>
  stageIssue(['lifecycleStage'], 'lifecycleStage', record.lifecycleStage, context);

const personRules: Rule<'people'> = (person, context) => [
  ...lifecycleOf(person, context),
  ...Object.keys(person.stageDates).flatMap((stage) =>
    stageIssue(['stageDates', stage], 'stageDates key', stage, context),
  ),
];

const dealRules: Rule<'deals'> = (deal: Deal) => {
  if (deal.status !== 'open' && deal.closedAt === null) {
    return [recordIssue('rule', ['closedAt'], `a ${deal.status} deal needs closedAt`)];
  }
  if (deal.status === 'open' && deal.closedAt !== null) {
    return [
      recordIssue(
        'rule',
        ['closedAt'],
        `an open deal must not have closedAt (got "${deal.closedAt}")`,
      ),
    ];
  }
  return [];
};

const changeRules: Rule<'changes'> = (change: FieldChange, context) =>
  change.field === 'lifecycleStage'
    ? [
        ...stageIssue(['from'], 'from', change.from, context),
        ...stageIssue(['to'], 'to', change.to, context),
      ]
    : [];

function isTimeZone(zone: string, context: RuleContext): boolean {
  let valid = context.timeZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat(undefined, { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    context.timeZones.set(zone, valid);
  }
  return valid;
}

const goalRules: Rule<'goals'> = (goal: Goal, context) => {
  const issues: RecordIssue[] = [];
  if (MONEY_GOAL_METRICS.includes(goal.metric)) {
    if (goal.currency === null) {
      issues.push(recordIssue('rule', ['currency'], `a ${goal.metric} goal needs a currency`));
    } else if (!isKnownCurrency(goal.currency)) {
      issues.push(
        recordIssue(
          'rule',
          ['currency'],
          `currency: unknown currency "${goal.currency}" (expected an ISO-4217 code such as USD, EUR, GBP)`,
        ),
      );
    }
  } else if (goal.currency !== null) {
    issues.push(
      recordIssue(
        'rule',
        ['currency'],
        `a ${goal.metric} goal counts records, so currency must be null (got "${goal.currency}")`,
      ),
    );
  }
  if (goal.periodEnd < goal.periodStart) {
    issues.push(
      recordIssue(
        'rule',
        ['periodEnd'],
        `periodEnd ${goal.periodEnd} is before periodStart ${goal.periodStart}`,
      ),
    );
  }
  if (!isTimeZone(goal.timeZone, context)) {
    issues.push(
      recordIssue(
        'rule',
        ['timeZone'],
        `timeZone "${goal.timeZone}" is not an IANA time zone (e.g. UTC, Europe/Berlin)`,
      ),
    );
  }
  return issues;
};

/**
 * Domain rules the schemas cannot express: configured lifecycle stages, deal closing and
 * goal consistency. Run on schema-valid records only.
 */
export const RECORD_RULES: { readonly [E in EntityName]?: Rule<E> } = {
  accounts: lifecycleOf,
  people: personRules,
  deals: dealRules,
  changes: changeRules,
  goals: goalRules,
};
