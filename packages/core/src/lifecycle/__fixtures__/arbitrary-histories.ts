import fc from 'fast-check';
import type { DatasetInput } from '../../model/dataset';
import { move, person } from './builders';

const STAGES = ['subscriber', 'lead', 'mql', 'sal', 'sql', 'opportunity', 'customer', 'other'];
const BASE = Date.parse('2026-01-01T00:00:00Z');
const HOUR = 3_600_000;

/** One person's moves: stage names and hour offsets (repeats, skips and moves back included). */
const path = fc.array(
  fc.record({ stage: fc.constantFrom(...STAGES), hour: fc.integer({ min: 0, max: 24 * 120 }) }),
  { maxLength: 8 },
);

/** Up to 25 people with random lifecycle histories and sometimes stage dates. */
export const arbitraryHistories = fc
  .array(fc.record({ path, dated: fc.boolean() }), { maxLength: 25 })
  .map((people): Pick<DatasetInput, 'people' | 'changes'> => {
    const changes: DatasetInput['changes'] = [];
    const records = people.map(({ path: moves, dated }, i) => {
      const id = `p${i}`;
      const stageDates: Record<string, string> = {};
      for (const m of [...moves].sort((a, b) => a.hour - b.hour)) {
        const at = new Date(BASE + m.hour * HOUR).toISOString();
        changes.push(move(id, m.stage, at));
        if (dated && stageDates[m.stage] === undefined) stageDates[m.stage] = at;
      }
      return person(id, { stageDates, createdAt: new Date(BASE).toISOString() });
    });
    return { people: records, changes };
  });

/** A copy of a list in an order drawn by fast-check. */
export function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);
}
