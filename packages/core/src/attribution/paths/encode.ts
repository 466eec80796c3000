import type { PathRow } from './types';

/** Paths as channel ids, with the channel names by id (sorted, so ids are stable). */
export interface EncodedPaths {
  channels: string[];
  /** Per row: the channel ids in order (repeats collapsed when asked). */
  paths: Int32Array[];
}

/**
 * Encodes channel names as ids (sorted by name). `collapse` merges consecutive repeats
 * (`a > a > b` is `a > b`), as ChannelAttribution's Markov model does.
 */
export function encodePaths(rows: readonly PathRow[], collapse: boolean): EncodedPaths {
  const names = new Set<string>();
  for (const row of rows) for (const channel of row.path) names.add(channel);
  const channels = [...names].sort();
  const ids = new Map(channels.map((name, id) => [name, id]));
  const paths = rows.map((row) => {
    const out = new Int32Array(row.path.length);
    let n = 0;
    for (const channel of row.path) {
      const id = ids.get(channel) ?? 0;
      if (collapse && n > 0 && out[n - 1] === id) continue;
      out[n++] = id;
    }
    return n === out.length ? out : out.subarray(0, n);
  });
  return { channels, paths };
}
