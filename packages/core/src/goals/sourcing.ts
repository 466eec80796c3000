import { fieldHistory } from '../lifecycle/field-history';
import type { Dataset } from '../model/dataset';
import type { Person } from '../model/people';
import type { Team } from '../model/vocabulary';
import type { SourcingInput } from './measure-context';
import type { ParsedGoalOptions } from './options';

/** The sourcing rules in words. */
export const SOURCING_RULES = {
  'lead-source':
    "Sourced by the team of the record's lead source channel (a deal's original source, else its primary contact's; a person's original source): channels listed in channelTeams belong to that team (default: outbound → SDR), every other channel to marketing; no lead source or an unknown channel → the fallback team (default: sales, i.e. sales-generated).",
  'first-owner':
    "Sourced by the team of the person's first owner in the owner history (queues skipped; the current owner when there is no history); a record with no person uses its own owner; no owner with a team → the fallback team (default: sales).",
} as const;

/** Builds the team-of-record function of the chosen rule, reading the shared owner history. */
export function sourcingTeam(
  dataset: Dataset,
  options: ParsedGoalOptions['sourcing'],
  person: (id: string) => Person | null,
): (input: SourcingInput) => Team {
  const fallback = options.fallbackTeam;
  if (options.rule === 'lead-source') {
    return ({ leadSource, personId, person: known }) => {
      const source =
        leadSource ??
        known?.attribution.original ??
        (personId === null ? null : person(personId)?.attribution.original);
      const channel = source?.channel;
      if (channel === undefined || channel === 'unknown') return fallback;
      return options.channelTeams[channel] ?? 'marketing';
    };
  }
  const users = new Map(dataset.users.map((u) => [u.id, u]));
  const teamOf = (userId: string | null) => {
    const user = userId === null ? undefined : users.get(userId);
    return user !== undefined && user.kind === 'person' ? user.team : null;
  };
  const owners = fieldHistory(dataset.changes, 'person', 'owner', dataset.people);
  // The team of the earliest owner change to a user with a team (the first such on ties).
  const firstOwnerTeam = (personId: string): Team | null => {
    const g = owners.groupOf(personId);
    if (g === undefined) return null;
    let first: { at: number; team: Team } | undefined;
    for (let k = owners.start[g] as number; k < (owners.start[g + 1] as number); k++) {
      const to = owners.to[k] as number;
      const team = teamOf(to < 0 ? null : (owners.values[to] as string));
      const at = owners.at[k] as number;
      if (team !== null && (first === undefined || at < first.at)) first = { at, team };
    }
    return first?.team ?? null;
  };
  return ({ personId, ownerId }) =>
    (personId === null
      ? teamOf(ownerId)
      : (firstOwnerTeam(personId) ?? teamOf(person(personId)?.ownerId ?? null))) ?? fallback;
}
