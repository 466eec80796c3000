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
  // Grown by doubling: typed arrays leave no promoted JS numbers behind.
  let stage = new Int32Array(people.length * 4);
  let at = new Float64Array(people.length * 4);
  const stages: string[] = [];
  const codeOf = new Map<string, number>();
  let k = 0;
  for (let p = 0; p < people.length; p++) {
    const dates = (people[p] as Person).stageDates;
    for (const stageId in dates) {
      let code = codeOf.get(stageId);
      if (code === undefined) {
        code = stages.length;
        codeOf.set(stageId, code);
        stages.push(stageId);
      }
      if (k === stage.length) {
        stage = grown(stage, new Int32Array(k * 2 + 16));
        at = grown(at, new Float64Array(k * 2 + 16));
      }
      stage[k] = code;
      at[k++] = parseInstant(dates[stageId] as string);
    }
    start[p + 1] = k;
  }
  const index = { start, stage: stage.subarray(0, k), at: at.subarray(0, k), stages };
  cache.set(people, index);
  return index;
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
