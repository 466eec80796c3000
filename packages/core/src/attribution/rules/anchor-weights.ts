import { decimalUnits } from '../../money/weight-units';
import type { WeightUnits } from './weight-units';

/** The part a touch plays in an anchor model. */
export const ROLE = {
  /** Not credited by the model (e.g. not the one touch a single-touch model picks). */
  none: 0,
  /** Holds one or more anchors. */
  anchor: 1,
  /** A middle touch sharing the middle share. */
  middle: 2,
  /** Between the anchors but not eligible for middle credit (e.g. a web visit in Marketo). */
  notEligible: 3,
  /** Outside the span between the first and last anchor. */
  outsideSpan: 4,
} as const;

/** Settings of the generic anchor rule. */
export interface AnchorRuleSettings {
  /** Where an unplaced share goes: scaled into every credit, or split among resolved anchors. */
  redistribution: 'proportional' | 'equal-split';
  /** An unresolved anchor's share: redistributed, or kept pending (unattributed). */
  missingAnchor: 'redistribute' | 'pending';
  /** Middle touches lie between the first and last anchor, or anywhere off an anchor. */
  middleSpan: 'between-anchors' | 'all-unanchored';
}

/** How an anchor model shared one deal's credit, with what explanations need. */
export interface AnchorAllocation {
  /** Final weight of each journey touch. */
  weights: number[];
  /** The same weights (and the pending share) exactly, as integers (see {@link anchorUnits}). */
  units: WeightUnits;
  /** The part each touch plays (see {@link ROLE}). */
  roles: number[];
  /** Each anchor's share after normalising the model's weights (before redistribution). */
  anchorShares: number[];
  /** The middle share after normalising (before redistribution). */
  middleShare: number;
  /** How many middle touches share it. */
  middleCount: number;
  /** The final weight of each middle touch. */
  middleEach: number;
  /** Factor applied to every placed share by proportional redistribution (1 when none). */
  factor: number;
  /** Share added to each resolved anchor by equal-split redistribution (0 when none). */
  equalAdd: number;
  /** Total share moved: the empty middle and, when redistributed, unresolved anchors. */
  redistributed: number;
  /** Whether the moved share came from the empty middle. */
  middleRedistributed: boolean;
  /** Share kept pending for unresolved anchors (`missingAnchor: 'pending'`). */
  pending: number;
}

/**
 * The generic anchor rule of `attribution.md` §1. Model weights are normalised to sum to 1;
 * each resolved anchor gives its share to its touch (anchors on the same touch add up);
 * the middle share is split equally among eligible touches off the anchors (between the
 * first and last anchor by default). A share with nowhere to go — an empty middle, or an
 * anchor no touch resolves — is redistributed:
 * - `proportional`: every placed share is scaled by 1 / (1 − moved) (Adobe, Mixpanel: J with
 *   two touches is 25/75);
 * - `equal-split`: each resolved anchor gets moved / (resolved anchors) (Amplitude: J with two
 *   touches is 30/70; Marketo Measure: "evenly distributed among other positions"),
 * or, for unresolved anchors with `missingAnchor: 'pending'`, kept pending.
 *
 * @param length journey length
 * @param positions journey position of each anchor, −1 when unresolved
 * @param anchorWeights the model's weight of each anchor
 * @param middleWeight the model's middle weight
 * @param eligible whether the touch at a journey position may take middle credit
 * @returns the allocation, or null when the model places no credit on any touch
 */
export function allocateAnchors(
  length: number,
  positions: readonly number[],
  anchorWeights: readonly number[],
  middleWeight: number,
  eligible: (position: number) => boolean,
  settings: AnchorRuleSettings,
): AnchorAllocation | null {
  let total = middleWeight;
  for (const weight of anchorWeights) total += weight;
  const anchorShares = anchorWeights.map((weight) => weight / total);
  const middleShare = middleWeight / total;

  const roles = new Array<number>(length).fill(0);
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  let resolved = 0;
  let placedAnchors = 0;
  let missingShare = 0;
  for (let j = 0; j < positions.length; j++) {
    const position = positions[j] ?? -1;
    const share = anchorShares[j] ?? 0;
    if (position < 0) {
      missingShare += share;
      continue;
    }
    resolved += 1;
    placedAnchors += share;
    roles[position] = ROLE.anchor;
    if (position < low) low = position;
    if (position > high) high = position;
  }

  let middleCount = 0;
  const allUnanchored = settings.middleSpan === 'all-unanchored';
  for (let k = 0; k < length; k++) {
    if (roles[k] === ROLE.anchor) continue;
    if (!allUnanchored && !(k > low && k < high)) roles[k] = ROLE.outsideSpan;
    else if (!eligible(k)) roles[k] = ROLE.notEligible;
    else {
      roles[k] = ROLE.middle;
      middleCount += 1;
    }
  }

  const placedMiddle = middleCount > 0 ? middleShare : 0;
  const emptyMiddle = middleCount > 0 ? 0 : middleShare;
  const pending = settings.missingAnchor === 'pending' ? missingShare : 0;
  const moved = emptyMiddle + (settings.missingAnchor === 'redistribute' ? missingShare : 0);
  const placed = placedAnchors + placedMiddle;
  if (!(placed > 0)) return null;

  let factor = 1;
  let equalAdd = 0;
  if (moved > 0) {
    if (settings.redistribution === 'equal-split' && resolved > 0) equalAdd = moved / resolved;
    else factor = (placed + moved) / placed;
  }

  const weights = new Array<number>(length).fill(0);
  for (let j = 0; j < positions.length; j++) {
    const position = positions[j] ?? -1;
    if (position >= 0)
      weights[position] = (weights[position] ?? 0) + (anchorShares[j] ?? 0) * factor + equalAdd;
  }
  const middleEach = middleCount > 0 ? (middleShare * factor) / middleCount : 0;
  if (middleCount > 0) {
    for (let k = 0; k < length; k++) if (roles[k] === ROLE.middle) weights[k] = middleEach;
  }
  return {
    weights,
    units: anchorUnits(positions, anchorWeights, middleWeight, roles, middleCount, settings),
    roles,
    anchorShares,
    middleShare,
    middleCount,
    middleEach,
    factor,
    equalAdd,
    redistributed: moved,
    middleRedistributed: emptyMiddle > 0,
    pending,
  };
}

/**
 * The anchor rule's weights exactly: the model's weights are read as written (`0.225` is
 * 225/1000) and every share of {@link allocateAnchors} is a ratio of integers, so the touches'
 * and the pending share are integers over one common denominator. With `A` the anchors'
 * units, `m` the middle's, `T` their sum, `M` the middle touches (at least 1 here), `R` the
 * resolved anchors, `P` the placed units, `V` the moved units and `p` the pending units
 * (`P + V + p = T`), over the denominator `T·M` (no move), `T·R·M` (equal split) or `T·P·M`
 * (proportional):
 * - an anchor touch holding anchors `J` gets `ΣA_J·M`, `(R·ΣA_J + |J|·V)·M` or `ΣA_J·(P+V)·M`;
 * - a middle touch gets `m`, `m·R` or `m·(P+V)`;
 * - the pending share is `p·M`, `p·R·M` or `p·P·M`.
 */
function anchorUnits(
  positions: readonly number[],
  anchorWeights: readonly number[],
  middleWeight: number,
  roles: readonly number[],
  middleCount: number,
  settings: AnchorRuleSettings,
): WeightUnits {
  const given = decimalUnits([...anchorWeights, middleWeight]);
  const middle = given[anchorWeights.length] as bigint;
  let placed = middleCount > 0 ? middle : 0n;
  let moved = middleCount > 0 ? 0n : middle;
  let missing = 0n;
  let resolved = 0n;
  for (let j = 0; j < positions.length; j++) {
    const units = given[j] as bigint;
    if ((positions[j] ?? -1) < 0) missing += units;
    else {
      placed += units;
      resolved += 1n;
    }
  }
  const pendingUnits = settings.missingAnchor === 'pending' ? missing : 0n;
  if (settings.missingAnchor === 'redistribute') moved += missing;
  const m = BigInt(Math.max(middleCount, 1));
  // Per anchor unit (`a`), per anchor held (`add`), per middle touch, and for pending.
  let a = m;
  let add = 0n;
  let each = middle;
  let pending = pendingUnits * m;
  if (moved > 0n) {
    if (settings.redistribution === 'equal-split' && resolved > 0n) {
      a = resolved * m;
      add = moved * m;
      each = middle * resolved;
      pending = pendingUnits * resolved * m;
    } else {
      a = (placed + moved) * m;
      each = middle * (placed + moved);
      pending = pendingUnits * placed * m;
    }
  }
  const touches = new Array<bigint>(roles.length).fill(0n);
  for (let j = 0; j < positions.length; j++) {
    const position = positions[j] ?? -1;
    if (position >= 0)
      touches[position] = (touches[position] as bigint) + (given[j] as bigint) * a + add;
  }
  if (middleCount > 0) {
    for (let k = 0; k < roles.length; k++) if (roles[k] === ROLE.middle) touches[k] = each;
  }
  return { touches, pending };
}
