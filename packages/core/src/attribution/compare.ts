import { CHANNEL_LABELS } from '../labels/channels';
import { labelOf } from '../labels/label-of';
import type { Dataset } from '../model/dataset';
import { toMinorUnits } from '../money/decimal';
import { formatMoneyText } from '../money/format-money-text';
import { OptionsError, optionsError } from '../options/options-error';
import { runAttribution } from './attribute';
import type { AttributionModelName } from './models/names';
import { type AttributionOptions, resolveAttributionOptions } from './options';
import { positionWords } from './position-words';
import { preparedDatasetOf } from './prepare';
import type { AttributionPresetName } from './presets';
import { formatMoney } from './rollups';
import type { AttributionResult } from './types';

export { positionWords };

/** A model to compare: its name, or options of its own (over the shared ones) and a label. */
export type ModelVariant =
  | AttributionModelName
  | (Partial<Omit<AttributionOptions, 'model'>> & { model: AttributionModelName; label?: string });

/** The row that holds unattributed deals and pending shares, so every column adds up. */
export const UNATTRIBUTED_ROW = '(unattributed)';

/** One model's column. */
export interface ComparedModel {
  /** Unique label of the column ("W-shaped", "HubSpot J-shaped", or the label you gave). */
  label: string;
  model: AttributionModelName;
  preset: AttributionPresetName | null;
  /** False for participation, whose credits exceed the deal amounts by design. */
  additive: boolean;
  /** Value of the converting deals (the column total). */
  total: string;
  attributed: string;
  unattributed: string;
  /** True when the column adds up to the baseline's total (additive, same deals). */
  reconciles: boolean;
}

/** What moved one channel's value between the baseline and another model. */
export interface DeltaDriver {
  /** The position key (`first-touch`, `middle`, `time-decay`, `unattributed`, …). */
  position: string;
  /** The rule in words: "opportunity-created anchor: W-shaped 3000.00 vs First touch 0.00". */
  rule: string;
  /** Signed contribution to the delta (reporting currency); drivers sum to the delta. */
  amount: string;
}

/** One channel's change from the baseline to another model. */
export interface ChannelDelta {
  channel: string;
  model: string;
  baseline: string;
  /** model − baseline, in the reporting currency. */
  delta: string;
  /** Largest first; they sum to `delta` exactly. */
  drivers: DeltaDriver[];
  explanation: string;
}

/** The result of `compareModels`: plain JSON. */
export interface ModelComparison {
  currency: string | null;
  /** The baseline's total: the value every additive column adds up to. */
  total: string;
  /** The first model is the baseline every delta is measured from. */
  models: ComparedModel[];
  /**
   * Value per channel (and the unattributed row), one entry per model in `models` order;
   * each additive column sums to its total.
   */
  channels: Array<{ channel: string; values: string[]; shares: number[]; deltas: string[] }>;
  /** Every non-zero channel delta of every model against the baseline. */
  deltas: ChannelDelta[];
  /** The full attribution of each model, in `models` order. */
  results: AttributionResult[];
}

function minor(amount: string | null, currency: string | null): bigint {
  if (amount === null) return 0n;
  return currency === null ? BigInt(amount) : toMinorUnits(amount, currency);
}

/** channel → position → value, from a result's credits and its unattributed bucket. */
function byChannelAndPosition(result: AttributionResult): Map<string, Map<string, bigint>> {
  const out = new Map<string, Map<string, bigint>>();
  const add = (channel: string, position: string, value: bigint) => {
    if (value === 0n) return;
    let row = out.get(channel);
    if (!row) {
      row = new Map();
      out.set(channel, row);
    }
    row.set(position, (row.get(position) ?? 0n) + value);
  };
  for (const deal of result.deals) {
    for (const credit of deal.credits) {
      add(credit.channel, credit.position, minor(credit.reportingAmount, result.currency));
    }
    add(UNATTRIBUTED_ROW, 'pending', minor(deal.pendingReportingAmount, result.currency));
    if (deal.unattributed !== null) {
      add(UNATTRIBUTED_ROW, 'unattributed', minor(deal.reportingAmount, result.currency));
    }
  }
  return out;
}

function uniqueLabels(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} #${count}`;
  });
}

/**
 * Options of `compareModels` shared by every model: those of `attribute` but `model`, with
 * `asOf` required as everywhere; a model's own options override them.
 */
export type CompareModelsOptions = Partial<Omit<AttributionOptions, 'model' | 'asOf'>> &
  Pick<AttributionOptions, 'asOf'>;

/**
 * Runs several models on the same deals and puts them side by side: value per channel under
 * each model, with an "(unattributed)" row so that every additive column adds up to the same
 * total; each channel's delta from the first (baseline) model; and which rule causes it —
 * the delta broken down by position (anchor, middle, recency …), netted across the two
 * models, summing to the delta exactly.
 *
 * ```ts
 * const comparison = compareModels(dataset, ['first-touch', 'w-shaped', { model: 'j-shaped', preset: 'adobe' }]);
 * comparison.deltas[0].explanation;
 * // "Paid search: −$7,000.00 under W-shaped versus First touch, mostly the first-touch anchor (−$7,000.00)"
 * ```
 *
 * @param models the models; the first is the baseline. A name, or per-model options with an
 *   optional label (they override the shared options).
 * @param options options shared by every model (`asOf`, journeys, conversion, currency …).
 * @throws {OptionsError} when no model is given or any model's options are invalid.
 */
export function compareModels(
  dataset: Dataset,
  models: readonly ModelVariant[],
  options: CompareModelsOptions,
): ModelComparison {
  if (models.length === 0) {
    throw optionsError(
      'compareModels',
      'models',
      'missing_option',
      'compareModels needs at least one model',
    );
  }
  const resolved = models.map((variant, index) => {
    const { label, ...own } =
      typeof variant === 'string' ? { model: variant, label: undefined } : variant;
    try {
      return {
        label,
        options: resolveAttributionOptions({ ...options, ...own, detail: 'full' }, 'compareModels'),
      };
    } catch (error) {
      // Said at the model's own path: `models.2.custom` rather than `custom`.
      if (error instanceof OptionsError) {
        throw new OptionsError(
          'compareModels',
          error.issues.map((issue) => ({
            ...issue,
            path: issue.path === '' ? `models.${index}` : `models.${index}.${issue.path}`,
          })),
        );
      }
      throw error;
    }
  });
  const prepared = preparedDatasetOf(dataset);
  const results = resolved.map((r) => runAttribution(prepared, r.options));
  const labels = uniqueLabels(resolved.map((r, k) => r.label ?? results[k]?.label ?? ''));
  const baseline = results[0] as AttributionResult;
  const currency = baseline.currency;
  for (const result of results) {
    if (result.currency !== currency) {
      throw optionsError(
        'compareModels',
        'reportingCurrency',
        'conflicting_options',
        `models report in different currencies (${baseline.currency} and ${result.currency}): compare them in one reportingCurrency`,
      );
    }
  }
  const baselineTotal = minor(baseline.totals.value, currency);

  const breakdowns = results.map(byChannelAndPosition);
  const channelValues = breakdowns.map((breakdown) => {
    const values = new Map<string, bigint>();
    for (const [channel, positions] of breakdown) {
      let sum = 0n;
      for (const value of positions.values()) sum += value;
      values.set(channel, sum);
    }
    return values;
  });
  const channels = [...new Set(channelValues.flatMap((values) => [...values.keys()]))];
  const base = channelValues[0] as Map<string, bigint>;
  channels.sort((a, b) => {
    if (a === UNATTRIBUTED_ROW || b === UNATTRIBUTED_ROW) return a === UNATTRIBUTED_ROW ? 1 : -1;
    const va = base.get(a) ?? 0n;
    const vb = base.get(b) ?? 0n;
    if (va !== vb) return va > vb ? -1 : 1;
    return a < b ? -1 : 1;
  });

  const compared: ComparedModel[] = results.map((result, k) => {
    const total = minor(result.totals.value, currency);
    return {
      label: labels[k] ?? '',
      model: result.model,
      preset: result.preset,
      additive: result.additive,
      total: result.totals.value,
      attributed: result.totals.attributedValue,
      unattributed: result.totals.unattributedValue,
      reconciles: result.additive && total === baselineTotal,
    };
  });

  const deltas: ChannelDelta[] = [];
  const rows = channels.map((channel) => {
    const values = channelValues.map((v) => v.get(channel) ?? 0n);
    const baseValue = values[0] ?? 0n;
    for (let k = 1; k < results.length; k++) {
      const delta = (values[k] ?? 0n) - baseValue;
      if (delta === 0n) continue;
      const mine = breakdowns[k]?.get(channel) ?? new Map<string, bigint>();
      const theirs = breakdowns[0]?.get(channel) ?? new Map<string, bigint>();
      const drivers = [...new Set([...mine.keys(), ...theirs.keys()])]
        .map((position) => {
          const a = mine.get(position) ?? 0n;
          const b = theirs.get(position) ?? 0n;
          return { position, net: a - b, a, b };
        })
        .filter((d) => d.net !== 0n)
        .sort((x, y) => {
          const ax = x.net < 0n ? -x.net : x.net;
          const ay = y.net < 0n ? -y.net : y.net;
          return ax !== ay ? (ax > ay ? -1 : 1) : x.position < y.position ? -1 : 1;
        });
      const top = drivers[0];
      // Sentences read `−$7,000.00`; the fields stay plain decimals for widgets to format.
      const text = (value: bigint, signed = false) =>
        formatMoneyText(formatMoney(value, currency), currency, { signed });
      deltas.push({
        channel,
        model: labels[k] ?? '',
        baseline: labels[0] ?? '',
        delta: formatMoney(delta, currency),
        drivers: drivers.map((d) => ({
          position: d.position,
          rule: `${positionWords(d.position)}: ${labels[k]} ${text(d.a)} vs ${labels[0]} ${text(d.b)}`,
          amount: formatMoney(d.net, currency),
        })),
        explanation: `${labelOf(CHANNEL_LABELS, channel)}: ${text(delta, true)} under ${labels[k]} versus ${labels[0]}${top ? `, mostly the ${positionWords(top.position)} (${text(top.net, true)})` : ''}`,
      });
    }
    const shares = values.map((value, k) => {
      const total = minor(results[k]?.totals.value ?? '0', currency);
      return total === 0n ? 0 : Number(value) / Number(total);
    });
    return {
      channel,
      values: values.map((value) => formatMoney(value, currency)),
      shares,
      deltas: values.map((value) => formatMoney(value - baseValue, currency)),
    };
  });

  return {
    currency,
    total: baseline.totals.value,
    models: compared,
    channels: rows,
    deltas,
    results,
  };
}
