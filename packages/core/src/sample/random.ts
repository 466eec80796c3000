import { type RandomGenerator, xoroshiro128plus } from 'pure-rand';

const TWO_POW_32 = 4294967296;

/**
 * A seeded random source (xoroshiro128+ from pure-rand) with the few distributions the
 * generator needs. Never touches `Math.random` or the clock, so a seed fixes the output.
 */
export class Rng {
  private readonly gen: RandomGenerator;

  constructor(seed: number) {
    this.gen = xoroshiro128plus(Math.trunc(seed) | 0);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return (this.gen.unsafeNext() >>> 0) / TWO_POW_32;
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)] as T;
  }

  private spare = Number.NaN;

  /** Standard normal (Box–Muller, both values used). */
  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const value = this.spare;
      this.spare = Number.NaN;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.float()));
    const angle = 2 * Math.PI * this.float();
    this.spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** Log-normal with the given median and log-space sigma: the shape of response times. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Poisson count (Knuth for small means, normal approximation above 30). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.float();
    while (p > limit) {
      k++;
      p *= this.float();
    }
    return k;
  }

  /** Fisher–Yates shuffle of a copy. */
  shuffled<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }
}

/** A weighted choice prepared once and drawn many times. */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map((e) => e[0]);
    let sum = 0;
    this.cumulative = entries.map((e) => {
      sum += e[1];
      return sum;
    });
    this.total = sum;
  }

  draw(rng: Rng): T {
    const x = rng.float() * this.total;
    const c = this.cumulative;
    for (let i = 0; i < c.length; i++) if (x < (c[i] as number)) return this.items[i] as T;
    return this.items[this.items.length - 1] as T;
  }
}
