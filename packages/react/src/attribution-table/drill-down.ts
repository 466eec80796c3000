import type {
  AttributionResult,
  Credit,
  DealAttribution,
  UnattributedReason,
} from '@closedloop/core';
import { fromUnits, toUnits, unitsOf } from './decimal';
import { type AttributionDimension, creditKeyOf } from './dimension';

/** One deal behind a row: what each model credited to the row from it. */
export interface DealLine {
  dealId: string;
  dealName: string | null;
  convertedAt: string;
  /** The deal's value in the reporting currency, or null. */
  dealValue: string | null;
  /** Value credited to the row from this deal, per model (decimal strings). */
  values: string[];
  amounts: number[];
  /** Share of the deal credited to the row, per model (0–1). */
  weights: number[];
  /** Touches of the deal credited in the row under some model. */
  touches: number;
}

/** One touch of a deal in a row: its facts and each model's credit and sentence. */
export interface TouchLine {
  touchId: string;
  dealId: string;
  personId: string | null;
  occurredAt: string;
  channel: string;
  campaignId: string | null;
  type: string;
  title: string | null;
  /** Credited value per model (reporting currency), "0" at scale when the model gives none. */
  values: string[];
  amounts: number[];
  weights: number[];
  /** Position key per model, or null when the touch is not in that model's journey. */
  positions: Array<string | null>;
  /** The sentence that credited it, per model, or null when not in that model's journey. */
  explanations: Array<string | null>;
}

/** The deals behind a row, and whether they account for the row's whole value. */
export interface RowDeals {
  deals: DealLine[];
  /** False when the credits' keys cannot be told exactly (team by touch owner). */
  complete: boolean;
}

/** One unattributed or pending deal behind the "not attributed" row. */
export interface UnattributedDealLine {
  dealId: string;
  dealName: string | null;
  convertedAt: string;
  /** Unattributed plus pending value per model. */
  values: string[];
  amounts: number[];
  /** Why each model left it out (null when it credited it, maybe with a pending share). */
  reasons: Array<UnattributedReason | null>;
  /** Pending share per model (0–1). */
  pendingWeights: number[];
}

const zeroOf = (scale: number) => fromUnits(0n, scale);

function creditedUnits(credit: Credit, scale: number): number {
  return credit.reportingAmount === null ? 0 : unitsOf(credit.reportingAmount, scale);
}

/** Units (exact integers in doubles, see `unitsOf`) as a decimal string. */
function textOf(units: number, scale: number): string {
  if (!Number.isSafeInteger(units)) throw new RangeError('a deal credit beyond 2^53 minor units');
  return fromUnits(BigInt(units), scale);
}

/** Rollups count a credit when it has weight or value; the drill-down does the same. */
function counts(credit: Credit): boolean {
  return (
    credit.weight > 0 || (credit.reportingAmount !== null && Number(credit.reportingAmount) !== 0)
  );
}

/**
 * The deals credited to one row under any model, largest baseline credit first. One pass
 * over every credit of every model (no index kept): a row opens in a few milliseconds even
 * when the result has hundreds of thousands of credits.
 * @param rowValues the row's values per model, to check that the deals add up to them.
 */
export function dealsOfRow(
  results: readonly AttributionResult[],
  dimension: AttributionDimension,
  key: string,
  scale: number,
  rowValues: readonly string[],
): RowDeals {
  const count = results.length;
  const lines = new Map<
    string,
    { deal: DealAttribution; units: number[]; weights: number[]; touches: Set<string> }
  >();
  let complete = true;
  results.forEach((result, k) => {
    const keyOf = creditKeyOf(dimension, result.options);
    if (!keyOf) {
      complete = false;
      return;
    }
    let sum = 0;
    for (const deal of result.deals) {
      for (const credit of deal.credits) {
        if (keyOf(credit) !== key || !counts(credit)) continue;
        let line = lines.get(deal.dealId);
        if (!line) {
          line = {
            deal,
            units: new Array<number>(count).fill(0),
            weights: new Array<number>(count).fill(0),
            touches: new Set(),
          };
          lines.set(deal.dealId, line);
        }
        const units = creditedUnits(credit, scale);
        line.units[k] = (line.units[k] ?? 0) + units;
        line.weights[k] = (line.weights[k] ?? 0) + credit.weight;
        line.touches.add(credit.touchId);
        sum += units;
      }
    }
    if (BigInt(sum) !== toUnits(rowValues[k] ?? zeroOf(scale), scale)) complete = false;
  });
  const unit = 10 ** scale;
  const deals = [...lines.values()]
    .sort((a, b) => {
      for (let k = 0; k < count; k++) {
        const d = (b.units[k] ?? 0) - (a.units[k] ?? 0);
        if (d !== 0) return d;
      }
      return a.deal.dealId < b.deal.dealId ? -1 : 1;
    })
    .map(({ deal, units, weights, touches }) => ({
      dealId: deal.dealId,
      dealName: deal.dealName,
      convertedAt: deal.convertedAt,
      dealValue: deal.reportingAmount,
      values: units.map((u) => textOf(u, scale)),
      amounts: units.map((u) => u / unit),
      weights,
      touches: touches.size,
    }));
  return { deals, complete };
}

/**
 * The touches of one deal credited in one row under some model, in time order, each with
 * every model's credit and the sentence that gave it. With `key` null: every touch of the
 * deal's journey (for an unattributed deal, each saying why it got nothing).
 */
export function touchesOfDeal(
  results: readonly AttributionResult[],
  dimension: AttributionDimension,
  key: string | null,
  dealId: string,
  scale: number,
): TouchLine[] {
  const count = results.length;
  const zero = zeroOf(scale);
  const lines = new Map<string, TouchLine>();
  const order: string[] = [];
  results.forEach((result, k) => {
    const keyOf = creditKeyOf(dimension, result.options);
    const deal = result.deals.find((d) => d.dealId === dealId);
    if ((key !== null && !keyOf) || !deal) return;
    for (const credit of deal.credits) {
      if (key !== null && keyOf?.(credit) !== key) continue;
      let line = lines.get(credit.touchId);
      if (!line) {
        line = {
          touchId: credit.touchId,
          dealId,
          personId: credit.personId,
          occurredAt: credit.occurredAt,
          channel: credit.channel,
          campaignId: credit.campaignId,
          type: credit.type,
          title: credit.title,
          values: new Array<string>(count).fill(zero),
          amounts: new Array<number>(count).fill(0),
          weights: new Array<number>(count).fill(0),
          positions: new Array<string | null>(count).fill(null),
          explanations: new Array<string | null>(count).fill(null),
        };
        lines.set(credit.touchId, line);
        order.push(credit.touchId);
      }
      line.values[k] = credit.reportingAmount ?? zero;
      line.amounts[k] = Number(credit.reportingAmount ?? 0);
      line.weights[k] = credit.weight;
      line.positions[k] = credit.position;
      line.explanations[k] = credit.explanation;
    }
  });
  return order
    .map((id) => lines.get(id) as TouchLine)
    .filter(
      (line) =>
        key === null || line.weights.some((w) => w > 0) || line.amounts.some((a) => a !== 0),
    )
    .sort(
      (a, b) =>
        Date.parse(a.occurredAt) - Date.parse(b.occurredAt) ||
        (a.touchId < b.touchId ? -1 : a.touchId > b.touchId ? 1 : 0),
    );
}

/**
 * The deals behind the "not attributed" row: deals a model left without credit (with its
 * reason) and deals with a pending share, largest first.
 */
export function unattributedDeals(
  results: readonly AttributionResult[],
  scale: number,
): UnattributedDealLine[] {
  const count = results.length;
  const lines = new Map<
    string,
    {
      deal: DealAttribution;
      units: bigint[];
      reasons: Array<UnattributedReason | null>;
      pending: number[];
    }
  >();
  results.forEach((result, k) => {
    for (const deal of result.deals) {
      const pending = deal.pendingReportingAmount
        ? toUnits(deal.pendingReportingAmount, scale)
        : 0n;
      const missing =
        deal.unattributed !== null && deal.reportingAmount !== null
          ? toUnits(deal.reportingAmount, scale)
          : 0n;
      if (deal.unattributed === null && pending === 0n && deal.pendingWeight === 0) continue;
      let line = lines.get(deal.dealId);
      if (!line) {
        line = {
          deal,
          units: new Array<bigint>(count).fill(0n),
          reasons: new Array<UnattributedReason | null>(count).fill(null),
          pending: new Array<number>(count).fill(0),
        };
        lines.set(deal.dealId, line);
      }
      line.units[k] = missing + pending;
      line.reasons[k] = deal.unattributed;
      line.pending[k] = deal.pendingWeight;
    }
  });
  const unit = 10 ** scale;
  return [...lines.values()]
    .sort((a, b) => {
      const va = a.units[0] ?? 0n;
      const vb = b.units[0] ?? 0n;
      return va !== vb ? (va > vb ? -1 : 1) : a.deal.dealId < b.deal.dealId ? -1 : 1;
    })
    .map(({ deal, units, reasons, pending }) => ({
      dealId: deal.dealId,
      dealName: deal.dealName,
      convertedAt: deal.convertedAt,
      values: units.map((u) => fromUnits(u, scale)),
      amounts: units.map((u) => Number(u) / unit),
      reasons,
      pendingWeights: pending,
    }));
}
