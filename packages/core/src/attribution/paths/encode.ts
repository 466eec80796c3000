import type { PathRow } from './types';

/**
 * Paths as channel ids: each distinct path once in one flat array (path p is
 * `ids[start[p]..start[p+1])`) and `pathOf[r]` the path of row r. Ids number channels in the
 * order they first appear; `rank[id]` is the channel's index in `channels`, which are sorted
 * by name so that results do not depend on row order. Models index their per-channel figures
 * by rank.
 */
export interface EncodedPaths {
  channels: string[];
  rank: Int32Array;
  ids: Int32Array;
  start: Int32Array;
  pathOf: Int32Array;
}

/**
 * Appends the ids of one path at `ids[n]` and returns the new end. A small function of its
 * own, so the JIT compiles it early and on its own: this is the hot loop of a cold run.
 */
function appendPath(
  path: readonly string[],
  ids: Int32Array,
  n: number,
  names: string[],
  nameIds: Map<string, number>,
  collapse: boolean,
): number {
  const first = n;
  let last: string | undefined;
  let lastId = -1;
  for (let t = 0; t < path.length; t++) {
    const name = path[t] as string;
    // Consecutive touches often repeat a channel: compare before hashing.
    if (name !== last) {
      let id = nameIds.get(name);
      if (id === undefined) {
        id = names.length;
        nameIds.set(name, id);
        names.push(name);
      }
      last = name;
      lastId = id;
    } else if (collapse && n > first) continue;
    ids[n++] = lastId;
  }
  return n;
}

/**
 * Rows probed for shared path arrays. Sharing shows early when it is there (journeys drawn from
 * a few thousand paths repeat within the first rows); when these rows share nothing, indexing
 * every row's array costs more than it saves.
 */
const SHARING_PROBE = 1024;

/** A copy of `a` with room for at least `need` items. */
function grow(a: Int32Array, need: number): Int32Array {
  const next = new Int32Array(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

/**
 * The rows' distinct paths as ids, with `names` (ids in order of appearance) filled in. A
 * function of its own, so the JIT compiles this loop early and alone.
 */
function encodeRows(
  rows: readonly PathRow[],
  collapse: boolean,
  names: string[],
): Pick<EncodedPaths, 'ids' | 'start' | 'pathOf'> {
  let pathIndex: Map<readonly string[], number> | null = new Map();
  let shared = 0;
  const nameIds = new Map<string, number>();
  const pathOf = new Int32Array(rows.length);
  let ids: Int32Array = new Int32Array(1024);
  let start: Int32Array = new Int32Array(1024);
  let paths = 0;
  let n = 0;
  for (let r = 0; r < rows.length; r++) {
    const path = (rows[r] as PathRow).path;
    if (r === SHARING_PROBE && shared === 0) pathIndex = null;
    let p = pathIndex?.get(path);
    if (p !== undefined) shared++;
    else {
      p = paths++;
      pathIndex?.set(path, p);
      if (n + path.length > ids.length) ids = grow(ids, n + path.length);
      if (paths >= start.length) start = grow(start, paths + 1);
      n = appendPath(path, ids, n, names, nameIds, collapse);
      start[paths] = n;
    }
    pathOf[r] = p;
  }
  return { ids: ids.subarray(0, n), start: start.subarray(0, paths + 1), pathOf };
}

/**
 * Encodes channel names as ids. `collapse` merges consecutive repeats (`a > a > b` is
 * `a > b`), as ChannelAttribution's Markov model does. Rows sharing one `path` array (as
 * `readChannelAttributionCsv` returns repeated paths, or journeys expanded from aggregated
 * paths) are encoded once: looking names up per touch is what dominates the cost. Rows that
 * have the same channels in separate arrays get separate paths, which changes no result.
 */
export function encodePaths(rows: readonly PathRow[], collapse: boolean): EncodedPaths {
  const names: string[] = [];
  const { ids, start, pathOf } = encodeRows(rows, collapse, names);
  const order = names
    .map((_, i) => i)
    .sort((a, b) => ((names[a] as string) < (names[b] as string) ? -1 : 1));
  const rank = new Int32Array(names.length);
  for (let i = 0; i < order.length; i++) rank[order[i] as number] = i;
  return { channels: order.map((i) => names[i] as string), rank, ids, start, pathOf };
}
