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
 * Appends the ids of one path to `ids`. A small function of its own, so the JIT compiles it
 * early and on its own: this is the hot loop of a cold run.
 */
function appendPath(
  path: readonly string[],
  ids: number[],
  nameIds: Map<string, number>,
  collapse: boolean,
): void {
  let last: string | undefined;
  let lastId = -1;
  for (let t = 0; t < path.length; t++) {
    const name = path[t] as string;
    // Consecutive touches often repeat a channel: compare before hashing.
    if (name !== last) {
      let id = nameIds.get(name);
      if (id === undefined) {
        id = nameIds.size;
        nameIds.set(name, id);
      }
      last = name;
      lastId = id;
    } else if (collapse) continue;
    ids.push(lastId);
  }
}

/**
 * Rows probed for shared path arrays. Sharing shows early when it is there (journeys drawn from
 * a few thousand paths repeat within the first rows); when these rows share nothing, indexing
 * every row's array costs more than it saves.
 */
const SHARING_PROBE = 1024;

/** What `encodeRows` fills in. */
interface Encoding {
  ids: number[];
  start: number[];
  pathOf: Int32Array;
  /** Channel name → id, in order of appearance. */
  nameIds: Map<string, number>;
}

/**
 * Fills `pathOf`, the distinct paths' ids and their `start`s, and the channel ids. A function of its own whose loop is all it does: compiled early and alone, and
 * with nothing after the loop that a compiled copy could lack feedback for, a second run
 * reuses it instead of deoptimising at the loop's exit.
 */
function encodeRows(rows: readonly PathRow[], collapse: boolean, out: Encoding): void {
  const { ids, start, pathOf, nameIds } = out;
  let pathIndex: Map<readonly string[], number> | null = new Map();
  let shared = 0;
  for (let r = 0; r < rows.length; r++) {
    const path = (rows[r] as PathRow).path;
    if (r === SHARING_PROBE && shared === 0) pathIndex = null;
    let p = pathIndex?.get(path);
    if (p !== undefined) shared++;
    else {
      p = start.length - 1;
      pathIndex?.set(path, p);
      appendPath(path, ids, nameIds, collapse);
      start.push(ids.length);
    }
    pathOf[r] = p;
  }
}

/**
 * Encodes channel names as ids. `collapse` merges consecutive repeats (`a > a > b` is
 * `a > b`), as ChannelAttribution's Markov model does. Rows sharing one `path` array (as
 * `readChannelAttributionCsv` returns repeated paths, or journeys expanded from aggregated
 * paths) are encoded once: looking names up per touch is what dominates the cost. Rows that
 * have the same channels in separate arrays get separate paths, which changes no result.
 */
export function encodePaths(rows: readonly PathRow[], collapse: boolean): EncodedPaths {
  const out: Encoding = {
    ids: [],
    start: [0],
    pathOf: new Int32Array(rows.length),
    nameIds: new Map(),
  };
  encodeRows(rows, collapse, out);
  const names = [...out.nameIds.keys()];
  const order = names
    .map((_, i) => i)
    .sort((a, b) => ((names[a] as string) < (names[b] as string) ? -1 : 1));
  const rank = new Int32Array(names.length);
  for (let i = 0; i < order.length; i++) rank[order[i] as number] = i;
  return {
    channels: order.map((i) => names[i] as string),
    rank,
    ids: Int32Array.from(out.ids),
    start: Int32Array.from(out.start),
    pathOf: out.pathOf,
  };
}
