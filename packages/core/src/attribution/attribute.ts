import type { Dataset } from '../model/dataset';
import { parseInstant } from '../time/instant';
import { campaignReturns } from './campaign-returns';
import { defineLazy } from './lazy-ledger';
import { MODEL_REGISTRY } from './models/registry';
import {
  type AttributionOptions,
  type ResolvedAttributionOptions,
  resolveAttributionOptions,
} from './options';
import { type PreparedDataset, preparedDatasetOf } from './prepare';
import { formatMoney } from './rollups';
import { attributeDeal, dealEntry, type LedgerContext } from './run-deal';
import { type AttributionRun, startRun } from './run-state';
import { sourcedSummary } from './sourced';
import type { AttributionFinding, AttributionResult } from './types';

function compareFindings(a: AttributionFinding, b: AttributionFinding): number {
  const da = a.dealId ?? '';
  const db = b.dealId ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Runs one model on a prepared dataset: `attribute` and `compareModels` call it, and so can
 * you, to run several models on one dataset while indexing it once (`prepareDataset`).
 * Stages (README "Flow"): conversions and the data-driven fit (`startRun`), then per deal its
 * journey, weights, credits and ledger entry (`attributeDeal`), then the run's summaries.
 */
export function runAttribution(
  prepared: PreparedDataset,
  options: ResolvedAttributionOptions,
): AttributionResult {
  const run = startRun(prepared, options);
  for (let d = 0; d < run.conversions.length; d++) attributeDeal(run, d);
  return summarize(run);
}

/** Last stage: totals, unattributed buckets, rollups, campaign returns and sourced revenue. */
function summarize(run: AttributionRun): AttributionResult {
  const { prepared, options, findings, conversions, currency, totals, rollups, fit } = run;
  const { dataset, index } = prepared;
  findings.sort(compareFindings);
  const campaigns = campaignReturns(
    dataset.campaigns,
    rollups,
    currency,
    options.exchangeRates,
    options.campaignCost,
    findings,
    parseInstant(options.asOf),
  );
  const unattributedDeals = conversions.length - totals.deals;
  const result: AttributionResult = {
    model: options.model,
    preset: options.preset,
    label: options.label,
    additive: MODEL_REGISTRY[options.model].rule.additive,
    options,
    currency,
    totals: {
      deals: conversions.length,
      attributedDeals: totals.deals,
      unattributedDeals,
      value: formatMoney(totals.value, currency),
      attributedValue: formatMoney(totals.attributed, currency),
      unattributedValue: formatMoney(totals.unattributed + totals.pending, currency),
      pendingValue: formatMoney(totals.pending, currency),
    },
    deals: [],
    unattributed: {
      deals: unattributedDeals,
      value: formatMoney(totals.unattributed, currency),
      byReason: [...run.unattributedByReason.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([reason, bucket]) => ({
          reason,
          deals: bucket.deals,
          value: formatMoney(bucket.value, currency),
        })),
    },
    rollups: rollups.toRollups(currency, prepared.campaigns),
    campaigns,
    sourced:
      options.sourcedRule === null
        ? null
        : sourcedSummary(dataset, index, run.sourcedInputs, options.sourcedRule, options, currency),
    findings,
    ...(fit ? { dataDriven: fit.summary } : {}),
  };
  // Each deal's entry is written when the list is first read (and its ledger lines when
  // those are): a dashboard showing totals and rollups never pays for them.
  const ledger: LedgerContext = {
    options,
    currency,
    index,
    conversions,
    exclusions: run.exclusions,
    detailed: run.detailed,
  };
  const { outcomes } = run;
  defineLazy(result, 'deals', () => outcomes.map((outcome) => dealEntry(ledger, outcome)));
  return result;
}

/**
 * Deal-level attribution: for every deal that converts (won, created, or open at `asOf`),
 * the journey of its contacts' touches (or its account's), the model's weight on each touch,
 * the amount credited to each — splitting the deal amount exactly, to the cent, with the
 * largest-remainder method — and the rule behind each credit in words. Every touch left out
 * is listed with why; deals with no credited touch go to the unattributed bucket. Rollups by
 * channel, campaign, touch type, content asset, month and team; campaign ROI and ROAS;
 * marketing-sourced versus influenced when a sourced rule is chosen.
 *
 * ```ts
 * const result = attribute(dataset, { model: 'w-shaped', preset: 'hubspot' });
 * result.deals[0].credits[0].explanation;
 * // "HubSpot W-shaped: lead-creation anchor — the last touch before the contact was created on 2026-03-07 — 30%"
 * ```
 *
 * The result is plain JSON: `JSON.parse(JSON.stringify(result))` deep-equals it. The
 * dataset's index is built on the first call and kept while the dataset lives, so later calls
 * on the same dataset (another model, other filters) only do the attribution itself.
 *
 * @throws {AttributionOptionsError} for unknown models or options (listing what is allowed),
 * negative or NaN custom weights, or mixed deal currencies without `reportingCurrency`.
 * @throws {MissingExchangeRateError} when a deal or campaign cost is in a currency with no rate.
 */
export function attribute(dataset: Dataset, options: AttributionOptions): AttributionResult {
  const resolved = resolveAttributionOptions(options);
  return runAttribution(preparedDatasetOf(dataset), resolved);
}
