import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  cmp,
  div,
  type Fraction,
  frac,
  mul,
  ONE,
  referenceSplit,
  sub,
  ZERO,
} from '../../money/__fixtures__/exact-split';
import { splitByUnits } from '../../money/largest-remainder';
import { type AnchorRuleSettings, allocateAnchors } from './anchor-weights';
import { roleWeightedUnits } from './role-weights';
import type { WeightUnits } from './weight-units';

const DEFAULT: AnchorRuleSettings = {
  redistribution: 'proportional',
  missingAnchor: 'redistribute',
  middleSpan: 'between-anchors',
};

/** The split the engine makes: touches, then the pending share, by the exact units. */
function split(amount: bigint, units: WeightUnits): bigint[] {
  return splitByUnits(amount, [...units.touches, units.pending]);
}

/**
 * The generic anchor rule of attribution.md §1 in exact fractions, straight from its words
 * (no integer scaling): each anchor's share, the middle share split equally, an unplaced share
 * scaled into every credit or split equally among resolved anchors, or kept pending.
 * Weights are given in thousandths. Returns each touch's share and the pending share.
 */
function referenceShares(
  length: number,
  positions: readonly number[],
  anchorThousandths: readonly number[],
  middleThousandths: number,
  eligible: readonly boolean[],
  settings: AnchorRuleSettings,
): { touches: Fraction[]; pending: Fraction } | null {
  const total = anchorThousandths.reduce((a, b) => a + b, middleThousandths);
  const share = (t: number) => frac(BigInt(t), BigInt(total));
  const resolved = positions.filter((p) => p >= 0);
  const low = Math.min(...resolved);
  const high = Math.max(...resolved);
  const middle: number[] = [];
  for (let k = 0; k < length; k++) {
    if (resolved.includes(k)) continue;
    const inSpan = settings.middleSpan === 'all-unanchored' || (k > low && k < high);
    if (inSpan && eligible[k]) middle.push(k);
  }
  let placed = middle.length > 0 ? share(middleThousandths) : ZERO;
  let missing = ZERO;
  positions.forEach((p, j) => {
    if (p >= 0) placed = add(placed, share(anchorThousandths[j] as number));
    else missing = add(missing, share(anchorThousandths[j] as number));
  });
  if (cmp(placed, ZERO) === 0) return null;
  const pending = settings.missingAnchor === 'pending' ? missing : ZERO;
  let moved = middle.length > 0 ? ZERO : share(middleThousandths);
  if (settings.missingAnchor === 'redistribute') moved = add(moved, missing);
  let factor = ONE;
  let equalAdd = ZERO;
  if (cmp(moved, ZERO) > 0) {
    if (settings.redistribution === 'equal-split' && resolved.length > 0) {
      equalAdd = div(moved, frac(BigInt(resolved.length)));
    } else factor = div(add(placed, moved), placed);
  }
  const touches: Fraction[] = Array.from({ length }, () => ZERO);
  positions.forEach((p, j) => {
    if (p < 0) return;
    const own = add(mul(share(anchorThousandths[j] as number), factor), equalAdd);
    touches[p] = add(touches[p] as Fraction, own);
  });
  for (const k of middle) {
    touches[k] = div(mul(share(middleThousandths), factor), frac(BigInt(middle.length)));
  }
  return { touches, pending };
}

const settingsArb = fc.record({
  redistribution: fc.constantFrom('proportional', 'equal-split'),
  missingAnchor: fc.constantFrom('redistribute', 'pending'),
  middleSpan: fc.constantFrom('between-anchors', 'all-unanchored'),
}) as fc.Arbitrary<AnchorRuleSettings>;

// The built-in models in thousandths (position-based, U, W, full path, J, inverse J), and
// custom weights. Journeys are short, so anchors coincide and middles are small: ties abound.
const modelArb: fc.Arbitrary<{ anchors: readonly number[]; middle: number }> = fc.oneof(
  fc.constantFrom(
    { anchors: [400, 400], middle: 200 },
    { anchors: [300, 300, 300], middle: 100 },
    { anchors: [225, 225, 225, 225], middle: 100 },
    { anchors: [200, 600], middle: 200 },
    { anchors: [600, 200], middle: 200 },
  ),
  fc
    .record({
      anchors: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 5 }),
      middle: fc.integer({ min: 0, max: 1000 }),
    })
    // Options reject a custom model whose weights are all zero.
    .filter((m) => m.anchors.some((w) => w > 0) || m.middle > 0),
);

const journeyArb = modelArb.chain((model) =>
  fc.integer({ min: 1, max: 12 }).chain((length) =>
    fc.record({
      model: fc.constant(model),
      length: fc.constant(length),
      positions: fc.array(fc.integer({ min: -1, max: length - 1 }), {
        minLength: model.anchors.length,
        maxLength: model.anchors.length,
      }),
      eligible: fc.array(fc.boolean(), { minLength: length, maxLength: length }),
      settings: settingsArb,
      // Small amounts make equal remainders likely; large ones check the arithmetic.
      amount: fc.oneof(fc.bigInt({ min: 0n, max: 200n }), fc.bigInt({ min: 0n, max: 10n ** 14n })),
    }),
  ),
);

describe('allocateAnchors: exact units', () => {
  it('splits like the exact rational rule, tie cents included (property)', () => {
    fc.assert(
      fc.property(journeyArb, ({ model, length, positions, eligible, settings, amount }) => {
        const allocation = allocateAnchors(
          length,
          positions,
          model.anchors.map((t) => t / 1000),
          model.middle / 1000,
          (k) => eligible[k] ?? false,
          settings,
        );
        const reference = referenceShares(
          length,
          positions,
          model.anchors,
          model.middle,
          eligible,
          settings,
        );
        if (!reference || !allocation) {
          expect(allocation).toBe(reference);
          return;
        }
        const shares = [...reference.touches, reference.pending];
        expect(split(amount, allocation.units)).toEqual(referenceSplit(amount, shares));
        // The float weights shown in the ledger are the same shares, to float precision.
        const sum = [...allocation.units.touches, allocation.units.pending].reduce((a, b) => a + b);
        for (let k = 0; k < length; k++) {
          const exact = Number(allocation.units.touches[k]) / Number(sum);
          expect(allocation.weights[k]).toBeCloseTo(exact, 12);
        }
        expect(allocation.pending).toBeCloseTo(Number(allocation.units.pending) / Number(sum), 12);
      }),
      { numRuns: 2000 },
    );
  });

  it('role weights: splits like the exact rational renormalisation (property)', () => {
    const withRoles = journeyArb.chain((journey) =>
      fc.record({
        journey: fc.constant(journey),
        // Role weights as a caller writes them: 0, 0.5, 1.2, 3 …
        roles: fc.array(fc.integer({ min: 0, max: 30 }), {
          minLength: journey.length,
          maxLength: journey.length,
        }),
      }),
    );
    fc.assert(
      fc.property(withRoles, ({ journey, roles }) => {
        const { model, length, positions, eligible, settings, amount } = journey;
        const allocation = allocateAnchors(
          length,
          positions,
          model.anchors.map((t) => t / 1000),
          model.middle / 1000,
          (k) => eligible[k] ?? false,
          settings,
        );
        const reference = referenceShares(
          length,
          positions,
          model.anchors,
          model.middle,
          eligible,
          settings,
        );
        if (!allocation || !reference) return;
        const r = roles.map((tenths) => frac(BigInt(tenths), 10n));
        const weighted = reference.touches.map((w, k) => mul(w, r[k] as Fraction));
        const sum = weighted.reduce(add, ZERO);
        if (cmp(sum, ZERO) === 0) return;
        // Touches keep their share before pending, redistributed by model weight × role weight.
        const kept = sub(ONE, reference.pending);
        const shares = [...weighted.map((w) => div(mul(w, kept), sum)), reference.pending];
        const units = roleWeightedUnits(
          allocation.units,
          roles.map((tenths) => tenths / 10),
        );
        expect(split(amount, units)).toEqual(referenceSplit(amount, shares));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the tie cent to the earlier touch where float weights did not', () => {
    // Position-based, 5 touches: 40% / 6.67% ×3 / 40%. 3 cents: quotas 1.2, 0.2, 0.2, 0.2,
    // 1.2; the left-over cent ties five ways at 0.2 and goes to the first touch. With float
    // weights the middle share was 0.06666666666666667 (above 1/15) and the cent went to the
    // first middle touch: [1, 1, 0, 0, 1].
    const position = allocateAnchors(5, [0, 4], [0.4, 0.4], 0.2, () => true, DEFAULT);
    expect(position?.units.touches).toEqual([12n, 2n, 2n, 2n, 12n]);
    expect(split(3n, position?.units as WeightUnits)).toEqual([2n, 0n, 0n, 0n, 1n, 0n]);

    // W-shaped, 6 touches, first touch, lead creation on the second, opportunity created on
    // the last: 30% / 30% / 3.33% ×3 / 30%. $1,000.05: quotas 30,001.5 ×3 and 3,333.5 ×3;
    // three cents are left over, every remainder is 0.5, so they go to touches 0, 1 and 2.
    // Float weights (1/30 as 0.03333333333333333, below 1/30) gave them to the three anchors.
    const w = allocateAnchors(6, [0, 1, 5], [0.3, 0.3, 0.3], 0.1, () => true, DEFAULT);
    expect(split(100_005n, w?.units as WeightUnits)).toEqual([
      30_002n,
      30_002n,
      3_334n,
      3_333n,
      3_333n,
      30_001n,
      0n,
    ]);
  });
});
