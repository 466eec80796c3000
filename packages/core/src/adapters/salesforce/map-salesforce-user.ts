import type { CrmRecord } from '../contract/crm-adapter-v1';
import {
  type SalesforceMappingContext,
  salesforceId,
  salesforceSource,
} from './salesforce-mapping-context';
import { instant, type SalesforceRecord, text } from './salesforce-values';

/** User fields; the team field is added from the configuration. */
export function userFields(context: SalesforceMappingContext): string[] {
  const base = ['Id', 'Name', 'Email', 'IsActive', 'CreatedDate', 'SystemModstamp'];
  const team = context.mapping.teamField;
  return team && !base.includes(team) ? [...base, team] : base;
}

/** Queues: `Group` rows with `Type = 'Queue'` own leads too (guide §3.7). */
export const QUEUE_FIELDS = ['Id', 'Name', 'Email', 'CreatedDate', 'SystemModstamp'];

/** A User as an owner; the team comes from `userTeams` by id, else `teamField` through `teams`. */
export function mapSalesforceUser(
  user: SalesforceRecord,
  context: SalesforceMappingContext,
): CrmRecord<'users'> {
  const { teamField, teams, userTeams } = context.mapping;
  const teamValue = teamField ? text(user[teamField]) : null;
  return {
    id: salesforceId('User', user.Id),
    source: salesforceSource('User', user.Id, context),
    createdAt: instant(user.CreatedDate),
    updatedAt: instant(user.SystemModstamp),
    email: text(user.Email),
    name: text(user.Name),
    active: user.IsActive !== false,
    kind: 'person',
    team: userTeams[user.Id] ?? (teamValue === null ? null : (teams[teamValue] ?? null)),
  };
}

/** A queue (`Group` of type Queue) as an owner without a team. */
export function mapSalesforceQueue(
  group: SalesforceRecord,
  context: SalesforceMappingContext,
): CrmRecord<'users'> {
  return {
    id: salesforceId('Group', group.Id),
    source: salesforceSource('Group', group.Id, context),
    createdAt: instant(group.CreatedDate),
    updatedAt: instant(group.SystemModstamp),
    email: text(group.Email),
    name: text(group.Name),
    kind: 'queue',
    team: null,
  };
}
