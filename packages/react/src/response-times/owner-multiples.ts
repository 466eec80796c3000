import { quantileSorted } from 'd3-array';
import { binDelays, type DelayBin } from './delay-bins';
import { type DelayEpisode, type DelayKind, delayValues } from './delay-rows';

/** Owners with fewer ended delays than this are greyed: their P90 is not yet telling. */
export const MIN_OWNER_SAMPLE = 5;

/** One owner's small multiple: the delay the SLA bounds, on the widget's shared axis. */
export interface OwnerMultiple {
  /** The assignee; null for episodes never assigned. */
  ownerId: string | null;
  name: string;
  /** Ended delays. */
  count: number;
  /** Episodes still waiting (assigned, no touch yet). */
  waiting: number;
  p50: number | null;
  p90: number | null;
  bins: DelayBin[];
  /** Fewer than `MIN_OWNER_SAMPLE` ended delays. */
  small: boolean;
  /** Every episode of the owner's row, for `onSelect`. */
  episodeIds: string[];
}

/**
 * Per-owner histograms of one delay, worst P90 first; owners with too few delays to judge
 * follow, greyed. Percentiles are type 7 (d3-array's `quantile`), as the core's. Names come
 * from `names` (owner id → name, e.g. the SLA's `byOwner`), else the id.
 */
export function ownerMultiples(
  episodes: readonly DelayEpisode[],
  kind: DelayKind,
  names: ReadonlyMap<string, string>,
  unassigned: string,
): OwnerMultiple[] {
  const groups = new Map<string | null, DelayEpisode[]>();
  for (const episode of episodes) {
    const list = groups.get(episode.assigneeId);
    if (list) list.push(episode);
    else groups.set(episode.assigneeId, [episode]);
  }
  const multiples: OwnerMultiple[] = [];
  for (const [ownerId, group] of groups) {
    const values = delayValues(group, kind);
    // Owner delay never starts without an assignee: no row for the unassigned then.
    if (values.length === 0 && ownerId === null) continue;
    const sorted = values.map((value) => value.minutes).sort((a, b) => a - b);
    multiples.push({
      ownerId,
      name: ownerId === null ? unassigned : (names.get(ownerId) ?? ownerId),
      count: values.length,
      waiting: group.length - values.length,
      p50: quantileSorted(sorted, 0.5) ?? null,
      p90: quantileSorted(sorted, 0.9) ?? null,
      bins: binDelays(values),
      small: values.length < MIN_OWNER_SAMPLE,
      episodeIds: group.map((episode) => episode.episodeId),
    });
  }
  return multiples.sort(
    (a, b) =>
      Number(a.small) - Number(b.small) ||
      (b.p90 ?? -1) - (a.p90 ?? -1) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}
