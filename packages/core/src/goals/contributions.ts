import type { Team } from '../model/vocabulary';
import type { Counted } from './measure-context';
import type { TeamContribution } from './types';

const TEAMS: readonly Team[] = ['marketing', 'sdr', 'sales'];

/**
 * Splits the counted records by sourcing team. Each record's value goes whole to one team,
 * so the parts add up to the actual exactly.
 */
export function contributionsOf(
  counted: readonly Counted[],
  teams: readonly Team[],
  format: (value: bigint) => string,
  unit: bigint,
): TeamContribution[] {
  const sums = new Map<Team, { value: bigint; count: number }>(
    TEAMS.map((team) => [team, { value: 0n, count: 0 }]),
  );
  let total = 0n;
  counted.forEach((record, i) => {
    const sum = sums.get(teams[i] as Team);
    if (sum === undefined) return;
    sum.value += record.value * unit;
    sum.count += 1;
    total += record.value * unit;
  });
  return TEAMS.map((team) => {
    const { value, count } = sums.get(team) ?? { value: 0n, count: 0 };
    return {
      team,
      actual: format(value),
      share: total > 0n ? Number(value) / Number(total) : null,
      count,
    };
  });
}
