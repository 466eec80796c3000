import type { Person } from '../model/people';
import { parseInstant } from '../time/instant';

/**
 * Every person's `stageDates` in flat arrays: the dates of person `p` are `start[p]` to
 * `start[p + 1]`, in the object's key order, each with its stage as an index into `stages`
 * and its instant in epoch ms (NaN when unreadable). Parsed once per people array and shared.
 */
export interface StageDateIndex {
  start: Int32Array;
  stage: Int32Array;
  at: Float64Array;
  /** The distinct stage ids the dates name. */
  stages: readonly string[];
}

const cache = new WeakMap<readonly Person[], StageDateIndex>();

/** The stage dates of `people`, indexed on first use (datasets are treated as immutable). */
export function stageDateIndex(people: readonly Person[]): StageDateIndex {
  const known = cache.get(people);
  if (known?.start.length === people.length + 1) return known;
  const start = new Int32Array(people.length + 1);
  const stage: number[] = [];
  const at: number[] = [];
  const stages: string[] = [];
  const codeOf = new Map<string, number>();
  for (let p = 0; p < people.length; p++) {
    const dates = (people[p] as Person).stageDates;
    for (const stageId in dates) {
      let code = codeOf.get(stageId);
      if (code === undefined) {
        code = stages.length;
        codeOf.set(stageId, code);
        stages.push(stageId);
      }
      stage.push(code);
      at.push(parseInstant(dates[stageId] as string));
    }
    start[p + 1] = stage.length;
  }
  const index = { start, stage: Int32Array.from(stage), at: Float64Array.from(at), stages };
  cache.set(people, index);
  return index;
}
