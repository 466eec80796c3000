import type { PathRow } from './types';

/**
 * Paths as channel ids in one flat array (row r is `ids[start[r]..start[r+1])`) — one
 * allocation instead of a small typed array per row — with channel names by id, sorted by
 * name so ids are stable.
 */
export interface EncodedPaths {
  channels: string[];
  ids: Int32Array;
  start: Int32Array;
}

/**
 * Encodes channel names as ids. `collapse` merges consecutive repeats (`a > a > b` is
 * `a > b`), as ChannelAttribution's Markov model does.
 */
export function encodePaths(rows: readonly PathRow[], collapse: boolean): EncodedPaths {
  let total = 0;
  for (const row of rows) total += row.path.length;
  const seen = new Map<string, number>();
  const names: string[] = [];
  const ids = new Int32Array(total);
  const start = new Int32Array(rows.length + 1);
  let n = 0;
  for (let r = 0; r < rows.length; r++) {
    const path = (rows[r] as PathRow).path;
    const first = n;
    for (let t = 0; t < path.length; t++) {
      const name = path[t] as string;
      let id = seen.get(name);
      if (id === undefined) {
        id = names.length;
        seen.set(name, id);
        names.push(name);
      }
      if (collapse && n > first && ids[n - 1] === id) continue;
      ids[n++] = id;
    }
    start[r + 1] = n;
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
  return { channels: order.map((i) => names[i] as string), ids: ids.subarray(0, n), start };
}
