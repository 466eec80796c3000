import type { PathRow } from './types';

/**
 * Paths as channel ids: each distinct path once in one flat array (path p is
 * `ids[start[p]..start[p+1])`), `pathOf[r]` the path of row r, and channel names by id,
 * sorted by name so ids are stable.
 */
export interface EncodedPaths {
  channels: string[];
  ids: Int32Array;
  start: Int32Array;
  pathOf: Int32Array;
}

/** A copy of `a` with room for at least `need` items. */
function grow(a: Int32Array, need: number): Int32Array {
  const next = new Int32Array(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

/**
 * Encodes channel names as ids. `collapse` merges consecutive repeats (`a > a > b` is
 * `a > b`), as ChannelAttribution's Markov model does. Rows sharing one `path` array (e.g.
 * journeys expanded from aggregated paths) are encoded once: looking names up per touch is
 * what dominates the cost.
 */
export function encodePaths(rows: readonly PathRow[], collapse: boolean): EncodedPaths {
  const pathIndex = new Map<readonly string[], number>();
  const seen = new Map<string, number>();
  const names: string[] = [];
  const pathOf = new Int32Array(rows.length);
  let ids: Int32Array = new Int32Array(1024);
  let start: Int32Array = new Int32Array(1024);
  let paths = 0;
  let n = 0;
  // Consecutive touches often repeat a channel: compare with the last name before hashing.
  let lastName: string | undefined;
  let lastId = -1;
  for (let r = 0; r < rows.length; r++) {
    const path = (rows[r] as PathRow).path;
    let p = pathIndex.get(path);
    if (p === undefined) {
      p = paths++;
      pathIndex.set(path, p);
      if (n + path.length > ids.length) ids = grow(ids, n + path.length);
      if (paths >= start.length) start = grow(start, paths + 1);
      const first = n;
      for (let t = 0; t < path.length; t++) {
        const name = path[t] as string;
        if (name !== lastName) {
          let id = seen.get(name);
          if (id === undefined) {
            id = names.length;
            seen.set(name, id);
            names.push(name);
          }
          lastName = name;
          lastId = id;
        }
        if (collapse && n > first && ids[n - 1] === lastId) continue;
        ids[n++] = lastId;
      }
      start[paths] = n;
    }
    pathOf[r] = p;
  }
  // Renumber by name, so results do not depend on which row named a channel first.
  const order = names
    .map((_, i) => i)
    .sort((a, b) => ((names[a] as string) < (names[b] as string) ? -1 : 1));
  const rank = new Int32Array(names.length);
  order.forEach((old, i) => {
    rank[old] = i;
  });
  for (let i = 0; i < n; i++) ids[i] = rank[ids[i] as number] as number;
  return {
    channels: order.map((i) => names[i] as string),
    ids: ids.subarray(0, n),
    start: start.subarray(0, paths + 1),
    pathOf,
  };
}
