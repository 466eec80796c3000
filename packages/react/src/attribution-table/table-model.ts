import type {
  AttributionResult,
  CampaignReturn,
  ModelComparison,
  UnattributedReason,
} from '@closedloop/core';
import { fromUnits, scaleOf, sumExact, unitsOf, zeroAt } from './decimal';
import { type AttributionDimension, NO_CAMPAIGN_KEY, rollupRows } from './dimension';

/** One model's column group: its label and the totals every row of it adds up to. */
export interface ModelColumn {
  /** The column's label ("W-shaped", "HubSpot J-shaped"). */
  label: string;
  model: string;
  /** False for participation: its rows add up to more than the deals by design. */
  additive: boolean;
  /** Value of every converting deal (decimal string, reporting currency). */
  total: string;
  /** Value of unattributed deals plus pending shares. */
  unattributed: string;
  /** The pending part of `unattributed`. */
  pending: string;
}

/** A row of the table: one rollup key (a campaign, channel …) or a group of them. */
export interface MetricRow {
  /** Unique row id: `row:<key>` or `group:<channel>`. */
  id: string;
  kind: 'row' | 'group';
  /** The rollup key (campaign id, channel, touch type …) or the group's channel. */
  key: string;
  /** The label as the result gives it (campaign name, or the key). */
  label: string;
  /** The campaign's channel (campaign rows and groups), else null. */
  channel: string | null;
  /** Credited value per model (decimal strings, exact). */
  values: string[];
  /** `values` as numbers, for sorting and bars. */
  amounts: number[];
  /** Share of each model's total (0–1). */
  shares: number[];
  /** Fractional deals: the sum of credit weights, per model. */
  credit: number[];
  /** Distinct deals with credit per model; null for a group (deals overlap across rows). */
  deals: Array<number | null>;
  /** Credited touches per model. */
  touches: number[];
  /** The campaign's cost (campaign rows and groups of them), or null when it has none. */
  cost: string | null;
  /** Campaigns in a group without a cost (0 for a row). */
  campaignsWithoutCost: number;
  /** (value − cost) / cost per model, or null without a cost above zero. */
  roi: Array<number | null>;
  /** value / cost per model, or null without a cost above zero. */
  roas: Array<number | null>;
  /** The campaigns of a group. */
  subRows?: MetricRow[];
}

/** The "not attributed" row: unattributed deals by reason, and pending shares. */
export interface UnattributedRow {
  /** Unattributed value including pending shares, per model. */
  values: string[];
  amounts: number[];
  shares: number[];
  /** Deals with no credited touch, per model. */
  deals: number[];
  /** Pending shares' value per model. */
  pending: string[];
  /** Per reason (union over models): value and deals per model. */
  byReason: Array<{ reason: UnattributedReason; values: string[]; deals: number[] }>;
}

/** Whether one model's column adds up: rows + not attributed = total. */
export interface Reconciliation {
  label: string;
  additive: boolean;
  rows: string;
  unattributed: string;
  total: string;
  /** rows + unattributed − total (zero when it reconciles). */
  difference: string;
  reconciles: boolean;
}

/** Everything the table draws, computed once from the result. */
export interface AttributionTableModel {
  dimension: AttributionDimension;
  /** Reporting currency, or null when values are plain numbers. */
  currency: string | null;
  /** Decimals of every value. */
  scale: number;
  models: ModelColumn[];
  /** The results behind the columns, in column order (for the drill-down). */
  results: readonly AttributionResult[];
  /** Rows (or groups of rows), largest baseline value first. */
  rows: MetricRow[];
  unattributed: UnattributedRow;
  /** Totals per model: every converting deal's value. */
  totals: { values: string[]; amounts: number[]; deals: number[]; cost: string | null };
  reconciliation: Reconciliation[];
}

/** What the table shows: one result, or several models side by side. */
export type AttributionTableData = AttributionResult | ModelComparison;

/** Whether the data is a comparison of models. */
export function isComparison(data: AttributionTableData): data is ModelComparison {
  return 'models' in data && Array.isArray((data as ModelComparison).results);
}

interface Accumulated {
  label: string;
  channel: string | null;
  values: string[];
  credit: number[];
  deals: number[];
  touches: number[];
}

/**
 * The table's rows, totals and reconciliation from a result or a comparison. Rows are the
 * union of every model's rollup keys (a key a model does not credit shows 0); with campaigns,
 * every campaign of the result is listed, credited or not, with its cost, so money spent on
 * nothing shows. `groupByChannel` puts campaigns under their channel with exact sums. Row
 * values stay the result's strings; sums are exact (see `sumExact`).
 */
export function buildTableModel(
  data: AttributionTableData,
  dimension: AttributionDimension,
  groupByChannel = false,
): AttributionTableModel {
  const results = isComparison(data) ? data.results : [data];
  const labels = isComparison(data) ? data.models.map((m) => m.label) : [data.label];
  const first = results[0];
  if (!first) throw new RangeError('an attribution table needs at least one result');
  const currency = first.currency;
  const scale = scaleOf(first.totals.value);
  const zero = zeroAt(scale);
  const count = results.length;
  const totals = results.map((r) => Number(r.totals.value));

  const byKey = new Map<string, Accumulated>();
  const entry = (key: string, label: string): Accumulated => {
    let row = byKey.get(key);
    if (!row) {
      row = {
        label,
        channel: null,
        values: new Array<string>(count).fill(zero),
        credit: new Array<number>(count).fill(0),
        deals: new Array<number>(count).fill(0),
        touches: new Array<number>(count).fill(0),
      };
      byKey.set(key, row);
    }
    return row;
  };
  results.forEach((result, k) => {
    for (const rollup of rollupRows(result, dimension)) {
      const row = entry(rollup.key, rollup.label);
      row.values[k] = rollup.value;
      row.credit[k] = rollup.credit;
      row.deals[k] = rollup.deals;
      row.touches[k] = rollup.touches;
    }
  });

  const campaigns = new Map<string, CampaignReturn>();
  if (dimension === 'campaign') {
    for (const result of results) {
      for (const campaign of result.campaigns) {
        if (!campaigns.has(campaign.campaignId)) campaigns.set(campaign.campaignId, campaign);
      }
    }
    for (const campaign of campaigns.values()) {
      entry(campaign.campaignId, campaign.name).channel = campaign.channel;
    }
  }

  const leaves: MetricRow[] = [];
  const unit = 10 ** scale;
  const rowSums = new Array<number>(count).fill(0);
  for (const [key, acc] of byKey) {
    const cost = campaigns.get(key)?.cost ?? null;
    // ROI and ROAS as core computes them: on whole minor units.
    const costUnits = cost === null ? 0 : unitsOf(cost, scale);
    const units = acc.values.map((v) => unitsOf(v, scale));
    const amounts = new Array<number>(count);
    const shares = new Array<number>(count);
    const roi = new Array<number | null>(count);
    const roas = new Array<number | null>(count);
    for (let k = 0; k < count; k++) {
      const u = units[k] as number;
      rowSums[k] = (rowSums[k] as number) + u;
      amounts[k] = u / unit;
      shares[k] = totals[k] ? u / unit / (totals[k] as number) : 0;
      roi[k] = costUnits > 0 ? (u - costUnits) / costUnits : null;
      roas[k] = costUnits > 0 ? u / costUnits : null;
    }
    leaves.push({
      id: `row:${key}`,
      kind: 'row',
      key,
      label: acc.label,
      channel: acc.channel,
      values: acc.values,
      amounts,
      shares,
      credit: acc.credit,
      deals: acc.deals,
      touches: acc.touches,
      cost,
      campaignsWithoutCost: 0,
      roi,
      roas,
    });
  }
  leaves.sort(byBaseline);

  const rows =
    groupByChannel && dimension === 'campaign' ? groupRows(leaves, scale, totals) : leaves;
  const costs = [...campaigns.values()].flatMap((c) => (c.cost === null ? [] : [c.cost]));
  const unattributed = unattributedRow(results, scale, totals);
  const reconciliation: Reconciliation[] = results.map((result, k) => {
    const units = rowSums[k] as number;
    const rowsSum = Number.isSafeInteger(units)
      ? fromUnits(BigInt(units), scale)
      : sumExact(
          leaves.map((row) => row.values[k] ?? zero),
          scale,
        );
    const difference = sumExact(
      [rowsSum, result.totals.unattributedValue, negate(result.totals.value)],
      scale,
    );
    return {
      label: labels[k] ?? result.label,
      additive: result.additive,
      rows: rowsSum,
      unattributed: result.totals.unattributedValue,
      total: result.totals.value,
      difference,
      reconciles: difference === zero,
    };
  });

  return {
    dimension,
    currency,
    scale,
    models: results.map((result, k) => ({
      label: labels[k] ?? result.label,
      model: result.model,
      additive: result.additive,
      total: result.totals.value,
      unattributed: result.totals.unattributedValue,
      pending: result.totals.pendingValue,
    })),
    results,
    rows,
    unattributed,
    totals: {
      values: results.map((r) => r.totals.value),
      amounts: totals,
      deals: results.map((r) => r.totals.deals),
      cost: costs.length > 0 ? sumExact(costs, scale) : null,
    },
    reconciliation,
  };
}

/** Largest baseline value first, then by key (a stable order for equal values). */
function byBaseline(a: MetricRow, b: MetricRow): number {
  const d = (b.amounts[0] ?? 0) - (a.amounts[0] ?? 0);
  return d !== 0 ? d : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function negate(value: string): string {
  return value.startsWith('-') ? value.slice(1) : `-${value}`;
}

/** Campaign rows under one group row per channel, each sum exact. */
function groupRows(leaves: MetricRow[], scale: number, totals: number[]): MetricRow[] {
  const groups = new Map<string, MetricRow[]>();
  for (const row of leaves) {
    const channel = row.channel ?? NO_CAMPAIGN_KEY;
    const list = groups.get(channel);
    if (list) list.push(row);
    else groups.set(channel, [row]);
  }
  const out: MetricRow[] = [];
  for (const [channel, subRows] of groups) {
    const count = totals.length;
    const values = Array.from({ length: count }, (_, k) =>
      sumExact(
        subRows.map((r) => r.values[k] ?? '0'),
        scale,
      ),
    );
    const credit = Array.from({ length: count }, (_, k) =>
      subRows.reduce((sum, r) => sum + (r.credit[k] ?? 0), 0),
    );
    const touches = Array.from({ length: count }, (_, k) =>
      subRows.reduce((sum, r) => sum + (r.touches[k] ?? 0), 0),
    );
    const costs = subRows.flatMap((r) => (r.cost === null ? [] : [r.cost]));
    const cost = costs.length > 0 ? sumExact(costs, scale) : null;
    const costUnits = cost === null ? 0 : unitsOf(cost, scale);
    const amounts = values.map(Number);
    out.push({
      id: `group:${channel}`,
      kind: 'group',
      key: channel,
      label: channel,
      channel: channel === NO_CAMPAIGN_KEY ? null : channel,
      values,
      amounts,
      shares: amounts.map((a, k) => (totals[k] ? a / (totals[k] as number) : 0)),
      credit,
      deals: values.map(() => null),
      touches,
      cost,
      campaignsWithoutCost: subRows.filter((r) => r.cost === null && r.key !== NO_CAMPAIGN_KEY)
        .length,
      roi: values.map((v) => (costUnits > 0 ? (unitsOf(v, scale) - costUnits) / costUnits : null)),
      roas: values.map((v) => (costUnits > 0 ? unitsOf(v, scale) / costUnits : null)),
      subRows,
    });
  }
  return out.sort(byBaseline);
}

function unattributedRow(
  results: readonly AttributionResult[],
  scale: number,
  totals: number[],
): UnattributedRow {
  const reasons = new Map<UnattributedReason, { values: string[]; deals: number[] }>();
  const zero = zeroAt(scale);
  results.forEach((result, k) => {
    for (const entry of result.unattributed.byReason) {
      let row = reasons.get(entry.reason);
      if (!row) {
        row = { values: results.map(() => zero), deals: results.map(() => 0) };
        reasons.set(entry.reason, row);
      }
      row.values[k] = entry.value;
      row.deals[k] = entry.deals;
    }
  });
  const values = results.map((r) => r.totals.unattributedValue);
  return {
    values,
    amounts: values.map(Number),
    shares: values.map((v, k) => (totals[k] ? Number(v) / (totals[k] as number) : 0)),
    deals: results.map((r) => r.totals.unattributedDeals),
    pending: results.map((r) => r.totals.pendingValue),
    byReason: [...reasons.entries()].map(([reason, row]) => ({ reason, ...row })),
  };
}
