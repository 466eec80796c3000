/** Mulberry32: a small, fast seeded generator, so sampled figures repeat run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A Poisson(λ) draw. Knuth's product method on chunks of λ ≤ 20 (a sum of independent
 * Poissons is Poisson), so it stays exact and quick for any λ.
 */
export function poisson(lambda: number, random: () => number): number {
  let count = 0;
  let left = lambda;
  while (left > 0) {
    const chunk = Math.min(left, 20);
    left -= chunk;
    const limit = Math.exp(-chunk);
    let product = random();
    while (product > limit) {
      count += 1;
      product *= random();
    }
  }
  return count;
}
