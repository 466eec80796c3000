/** One band of a distribution: the values in `[from, to)` and their share of all values. */
export interface BandShare {
  /** How the band reads, e.g. `5–60 min`. */
  label: string;
  /** Lower bound, included (the first band starts at 0). */
  from: number;
  /** Upper bound, excluded; null for the open last band. */
  to: number | null;
  /** Values in the band. */
  count: number;
  /** count / all values, 0–1; null when there are no values. */
  share: number | null;
}

/** A band's label and its upper bound (excluded); the last band's bound is null (open). */
export interface BandEdge {
  label: string;
  to: number | null;
}

/**
 * Counts values into contiguous bands that start at 0: band i holds the values from the
 * previous band's `to` (included) up to its own `to` (excluded), so a value equal to an edge
 * falls in the upper band. Negative values count in the first band. The shares add up to 1.
 */
export function bandShares(values: ArrayLike<number>, edges: readonly BandEdge[]): BandShare[] {
  const counts = new Array<number>(edges.length).fill(0);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    let band = 0;
    while (band < edges.length - 1 && value >= (edges[band]?.to ?? Number.POSITIVE_INFINITY)) {
      band++;
    }
    counts[band] = (counts[band] as number) + 1;
  }
  let from = 0;
  return edges.map((edge, i) => {
    const count = counts[i] as number;
    const band = {
      label: edge.label,
      from,
      to: edge.to,
      count,
      share: values.length === 0 ? null : count / values.length,
    };
    from = edge.to ?? from;
    return band;
  });
}
