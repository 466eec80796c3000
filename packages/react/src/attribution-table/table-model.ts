import type {
  AttributionResult,
  CampaignReturn,
  ModelComparison,
  UnattributedReason,
} from '@closedloop/core';
import { fromUnits, scaleOf, toUnits, zeroAt } from './decimal';
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
  values: bigint[];
  credit: number[];
  deals: number[];
  touches: number[];
}

function ratio(numerator: bigint, denominator: bigint): number {
  return Number(numerator) / Number(denominator);
}

/**
 * The table's rows, totals and reconciliation from a result or a comparison. Rows are the
 * union of every model's rollup keys (a key a model does not credit shows 0); with campaigns,
 * every campaign of the result is listed, credited or not, with its cost, so money spent on
 * nothing shows. `groupByChannel` puts campaigns under their channel with exact sums.
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
  const count = results.length;
  const totalUnits = results.map((r) => toUnits(r.totals.value, scale));

  const byKey = new Map<string, Accumulated>();
  const entry = (key: string, label: string): Accumulated => {
    let row = byKey.get(key);
    if (!row) {
      row = {
        label,
        channel: null,
        values: new Array<bigint>(count).fill(0n),
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
      row.values[k] = toUnits(rollup.value, scale);
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

  const toRow = (key: string, acc: Accumulated, costUnits: bigint | null): MetricRow => ({
    id: `row:${key}`,
    kind: 'row',
    key,
    label: acc.label,
    channel: acc.channel,
    values: acc.values.map((v) => fromUnits(v, scale)),
    amounts: acc.values.map((v) => ratio(v, 10n ** BigInt(scale))),
    shares: acc.values.map((v, k) => (totalUnits[k] ? ratio(v, totalUnits[k] as bigint) : 0)),
    credit: acc.credit,
    deals: acc.deals,
    touches: acc.touches,
    cost: costUnits === null ? null : fromUnits(costUnits, scale),
    campaignsWithoutCost: 0,
    roi: acc.values.map((v) =>
      costUnits && costUnits > 0n ? ratio(v - costUnits, costUnits) : null,
    ),
    roas: acc.values.map((v) => (costUnits && costUnits > 0n ? ratio(v, costUnits) : null)),
  });

  const costOf = (key: string): bigint | null => {
    const cost = campaigns.get(key)?.cost;
    return cost == null ? null : toUnits(cost, scale);
  };
  const byBaseline = (
    a: { values: bigint[]; key: string },
    b: { values: bigint[]; key: string },
  ) => {
    const va = a.values[0] ?? 0n;
    const vb = b.values[0] ?? 0n;
    if (va !== vb) return va > vb ? -1 : 1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
  const leaves = [...byKey.entries()]
    .map(([key, acc]) => ({ key, acc, values: acc.values }))
    .sort(byBaseline)
    .map(({ key, acc }) => toRow(key, acc, costOf(key)));

  const rows =
    groupByChannel && dimension === 'campaign' ? groupRows(leaves, scale, totalUnits) : leaves;

  let totalCost: bigint | null = null;
  for (const campaign of campaigns.values()) {
    if (campaign.cost != null) totalCost = (totalCost ?? 0n) + toUnits(campaign.cost, scale);
  }

  const unattributed = unattributedRow(results, scale, totalUnits);
  const rowSums = results.map((_, k) => {
    let sum = 0n;
    for (const acc of byKey.values()) sum += acc.values[k] ?? 0n;
    return sum;
  });
  const reconciliation: Reconciliation[] = results.map((result, k) => {
    const rowsUnits = rowSums[k] ?? 0n;
    const unattributedUnits = toUnits(result.totals.unattributedValue, scale);
    const difference = rowsUnits + unattributedUnits - (totalUnits[k] ?? 0n);
    return {
      label: labels[k] ?? result.label,
      additive: result.additive,
      rows: fromUnits(rowsUnits, scale),
      unattributed: result.totals.unattributedValue,
      total: result.totals.value,
      difference: fromUnits(difference, scale),
      reconciles: difference === 0n,
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
      amounts: results.map((r) => Number(r.totals.value)),
      deals: results.map((r) => r.totals.deals),
      cost: totalCost === null ? null : fromUnits(totalCost, scale),
    },
    reconciliation,
  };
}

/** Campaign rows under one group row per channel, each sum exact. */
function groupRows(leaves: MetricRow[], scale: number, totalUnits: bigint[]): MetricRow[] {
  const groups = new Map<string, MetricRow[]>();
  for (const row of leaves) {
    const channel = row.channel ?? NO_CAMPAIGN_KEY;
    const list = groups.get(channel);
    if (list) list.push(row);
    else groups.set(channel, [row]);
  }
  const unit = 10n ** BigInt(scale);
  const out: MetricRow[] = [];
  for (const [channel, subRows] of groups) {
    const count = totalUnits.length;
    const values = new Array<bigint>(count).fill(0n);
    const credit = new Array<number>(count).fill(0);
    const touches = new Array<number>(count).fill(0);
    let cost: bigint | null = null;
    let withoutCost = 0;
    for (const row of subRows) {
      for (let k = 0; k < count; k++) {
        values[k] = (values[k] ?? 0n) + toUnits(row.values[k] ?? '0', scale);
        credit[k] = (credit[k] ?? 0) + (row.credit[k] ?? 0);
        touches[k] = (touches[k] ?? 0) + (row.touches[k] ?? 0);
      }
      if (row.cost === null) withoutCost += row.key === NO_CAMPAIGN_KEY ? 0 : 1;
      else cost = (cost ?? 0n) + toUnits(row.cost, scale);
    }
    out.push({
      id: `group:${channel}`,
      kind: 'group',
      key: channel,
      label: channel,
      channel: channel === NO_CAMPAIGN_KEY ? null : channel,
      values: values.map((v) => fromUnits(v, scale)),
      amounts: values.map((v) => ratio(v, unit)),
      shares: values.map((v, k) => (totalUnits[k] ? ratio(v, totalUnits[k] as bigint) : 0)),
      credit,
      deals: values.map(() => null),
      touches,
      cost: cost === null ? null : fromUnits(cost, scale),
      campaignsWithoutCost: withoutCost,
      roi: values.map((v) => (cost && cost > 0n ? ratio(v - cost, cost) : null)),
      roas: values.map((v) => (cost && cost > 0n ? ratio(v, cost) : null)),
      subRows,
    });
  }
  return out.sort((a, b) => {
    const va = toUnits(a.values[0] ?? '0', scale);
    const vb = toUnits(b.values[0] ?? '0', scale);
    return va !== vb ? (va > vb ? -1 : 1) : a.key < b.key ? -1 : 1;
  });
}

function unattributedRow(
  results: readonly AttributionResult[],
  scale: number,
  totalUnits: bigint[],
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
    shares: values.map((v, k) =>
      totalUnits[k] ? ratio(toUnits(v, scale), totalUnits[k] as bigint) : 0,
    ),
    deals: results.map((r) => r.totals.unattributedDeals),
    pending: results.map((r) => r.totals.pendingValue),
    byReason: [...reasons.entries()].map(([reason, row]) => ({ reason, ...row })),
  };
}
