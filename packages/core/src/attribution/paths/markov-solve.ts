import type { MarkovChain } from './markov-chain';

/** Largest first-order chain solved densely (an n³ inverse; beyond, the sparse solver). */
const DENSE_LIMIT = 400;

/**
 * Removal effects from the fundamental matrix `N = (I − Q)⁻¹` (first order): with
 * `a = N·r`, `RE_k = N[s,k]·a[k] / (N[k,k]·a[s])` — one inversion for every channel
 * (strong Markov property: removing k loses exactly the conversions of walks that hit k).
 */
function denseRemovalEffects(chain: MarkovChain): { p: number; effects: Float64Array } {
  const n = chain.windows.length;
  // Gauss–Jordan on [I − Q | I] with partial pivoting.
  const a = new Float64Array(n * n);
  const inv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    a[i * n + i] = 1;
    inv[i * n + i] = 1;
    for (let e = chain.rowStart[i] as number; e < (chain.rowStart[i + 1] as number); e++) {
      const j = chain.to[e] as number;
      a[i * n + j] = (a[i * n + j] as number) - (chain.prob[e] as number);
    }
  }
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r * n + col] as number) > Math.abs(a[pivot * n + col] as number)) pivot = r;
    if (pivot !== col) {
      for (let k = 0; k < n; k++) {
        const t = a[col * n + k] as number;
        a[col * n + k] = a[pivot * n + k] as number;
        a[pivot * n + k] = t;
        const u = inv[col * n + k] as number;
        inv[col * n + k] = inv[pivot * n + k] as number;
        inv[pivot * n + k] = u;
      }
    }
    const d = a[col * n + col] as number;
    for (let k = 0; k < n; k++) {
      a[col * n + k] = (a[col * n + k] as number) / d;
      inv[col * n + k] = (inv[col * n + k] as number) / d;
    }
    for (let r = 0; r < n; r++) {
      const f = a[r * n + col] as number;
      if (r === col || f === 0) continue;
      for (let k = 0; k < n; k++) {
        a[r * n + k] = (a[r * n + k] as number) - f * (a[col * n + k] as number);
        inv[r * n + k] = (inv[r * n + k] as number) - f * (inv[col * n + k] as number);
      }
    }
  }
  const absorb = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += (inv[i * n + j] as number) * (chain.conv[j] as number);
    absorb[i] = s;
  }
  const p = absorb[0] as number;
  const effects = new Float64Array(n);
  for (let k = 1; k < n; k++) {
    const nkk = inv[k * n + k] as number;
    effects[k] = p > 0 ? ((inv[k] as number) * (absorb[k] as number)) / (nkk * p) : 0;
  }
  return { p, effects };
}

/**
 * Absorption probability into conversion from each state, with `blocked` states sending
 * everything to null: Gauss–Seidel sweeps (latest states first) until no value moves by
 * more than 1e-15 — machine precision for probabilities.
 */
function absorption(chain: MarkovChain, blocked: Uint8Array | null): Float64Array {
  const { rowStart, to, prob, conv } = chain;
  const n = chain.windows.length;
  // A blocked state is never updated, so its x stays 0 and adds exactly nothing to the sums.
  const x = new Float64Array(n);
  for (let sweep = 0; sweep < 1_000_000; sweep++) {
    let change = 0;
    for (let i = n - 1; i >= 0; i--) {
      if (blocked?.[i]) continue;
      let s = conv[i] as number;
      for (let e = rowStart[i] as number; e < (rowStart[i + 1] as number); e++)
        s += (prob[e] as number) * (x[to[e] as number] as number);
      const d = Math.abs(s - (x[i] as number));
      if (d > change) change = d;
      x[i] = s;
    }
    if (change <= 1e-15) break;
  }
  return x;
}

/**
 * `P(conversion)` and each channel's removal effect `1 − P(conv | channel removed)/P(conv)`,
 * where removing a channel sends every state containing it to null. First order: the
 * fundamental-matrix identity (one dense inversion); higher orders or many channels: sparse
 * Gauss–Seidel, one solve per channel.
 */
export function removalEffects(
  chain: MarkovChain,
  channelCount: number,
  order: number,
): { p: number; effects: Float64Array; solver: 'exact' | 'iterative' } {
  const effects = new Float64Array(channelCount);
  const n = chain.windows.length;
  if (order === 1 && n <= DENSE_LIMIT) {
    const dense = denseRemovalEffects(chain);
    for (let c = 0; c < channelCount; c++)
      effects[c] = Math.min(1, Math.max(0, dense.effects[c + 1] as number));
    return { p: dense.p, effects, solver: 'exact' };
  }
  const p = absorption(chain, null)[0] as number;
  // The states holding each channel (state lists by channel, from one pass over the windows).
  const holding: number[][] = Array.from({ length: channelCount }, () => []);
  for (let i = 0; i < n; i++)
    for (const c of chain.windows[i] as Int32Array) (holding[c] as number[]).push(i);
  const blocked = new Uint8Array(n);
  for (let c = 0; c < channelCount; c++) {
    for (const i of holding[c] as number[]) blocked[i] = 1;
    const without = absorption(chain, blocked)[0] as number;
    for (const i of holding[c] as number[]) blocked[i] = 0;
    effects[c] = p > 0 ? Math.min(1, Math.max(0, 1 - without / p)) : 0;
  }
  return { p, effects, solver: 'iterative' };
}
