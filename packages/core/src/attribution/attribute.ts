import type { Dataset } from '../model/dataset';
import type { Touchpoint } from '../model/marketing';
import { parseInstant } from '../time/instant';
import { conversionWords } from './anchor-placement';
import { campaignReturns } from './campaign-returns';
import { findConversions } from './conversions';
import { splitDealAmount } from './credits';
import { type DataDrivenFit, fitDataDriven, isDataDriven } from './data-driven';
import { dealMoney, pickReportingCurrency } from './deal-money';
import { dealWeights } from './deal-weights';
import { ExclusionExplainer, type ExplainContext, explainCredit, positionKey } from './explain';
import { formatInstant } from './format';
import { buildJourney, journeyContext } from './journeys';
import {
  anchorEntries,
  creditEntry,
  emptyJourneyReason,
  excludedEntries,
  unattributedWords,
} from './ledger';
import {
  type AttributionOptions,
  type ResolvedAttributionOptions,
  resolveAttributionOptions,
} from './options';
import { type PreparedDataset, preparedDatasetOf, touchFilterFor } from './prepare';
import { formatMoney, RollupSet } from './rollups';
import { type SourcedInput, sourcedSummary } from './sourced';
import type {
  AttributionFinding,
  AttributionResult,
  Credit,
  DealAttribution,
  UnattributedReason,
} from './types';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function compareFindings(a: AttributionFinding, b: AttributionFinding): number {
  const da = a.dealId ?? '';
  const db = b.dealId ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Runs one model on a prepared dataset: `attribute` and `compareModels` call it, and so can
 * you, to run several models on one dataset while indexing it once (`prepareDataset`).
 */
export function runAttribution(
  prepared: PreparedDataset,
  options: ResolvedAttributionOptions,
): AttributionResult {
  const { dataset, index, lookup } = prepared;
  const findings: AttributionFinding[] = [];
  const conversions = findConversions(dataset, index.accountOfPerson, options, findings);
  const currency = pickReportingCurrency(
    conversions.map((c) => c.deal),
    options.reportingCurrency,
  );
  const detailed = options.detail === 'full';
  const ctx = journeyContext(index, options, touchFilterFor(prepared, options));
  const exclusions = new ExclusionExplainer(options);
  const rollups = new RollupSet(options, prepared.users);
  const unattributedByReason = new Map<UnattributedReason, { deals: number; value: bigint }>();
  const sourcedInputs: SourcedInput[] = [];
  const deals: DealAttribution[] = [];
  const totals = { value: 0n, attributed: 0n, pending: 0n, unattributed: 0n, deals: 0 };
  // Data-driven models learn channel strengths from every journey before any deal is split.
  const model = options.model;
  const fit: DataDrivenFit | null = isDataDriven(model)
    ? fitDataDriven(prepared, ctx, conversions, currency, { ...options, model })
    : null;

  for (let d = 0; d < conversions.length; d++) {
    const { deal, at, contactRoles } = conversions[d] as (typeof conversions)[number];
    const dealCurrency = deal.amount?.currency ?? null;
    const money = dealMoney(deal, currency, options.exchangeRates, findings);
    totals.value += money.reporting ?? 0n;

    const journey = fit?.journeys[d] ?? buildJourney(ctx, deal, contactRoles, at);
    let unattributed: UnattributedReason | null = null;
    let outcome: ReturnType<typeof dealWeights> | null = null;
    if (journey.touches.length === 0) {
      unattributed = emptyJourneyReason(journey, contactRoles.size, options);
    } else {
      const anchorDeal = { deal, convertedAt: at, contacts: new Set(contactRoles.keys()) };
      outcome = dealWeights(
        index,
        journey.touches,
        journey.roleWeights,
        anchorDeal,
        lookup,
        options,
        fit?.strengths ?? null,
      );
      if ('unattributed' in outcome) unattributed = outcome.unattributed;
    }
    sourcedInputs.push({ deal, journey: journey.touches, value: money.reporting });

    const credits: Credit[] = [];
    let pendingWeight = 0;
    let pendingDeal: bigint | null = null;
    let pendingReporting: bigint | null = null;
    const placements = outcome?.placements ?? [];
    if (outcome && !('unattributed' in outcome)) {
      totals.deals += 1;
      pendingWeight = outcome.pending;
      const { weights, groups } = outcome;
      const split =
        money.minor === null ? null : splitDealAmount(money.minor, weights, pendingWeight, groups);
      const reportingSplit =
        money.reporting === null
          ? null
          : money.reporting === money.minor && split
            ? split
            : splitDealAmount(money.reporting, weights, pendingWeight, groups);
      pendingDeal = split?.pending ?? null;
      pendingReporting = reportingSplit?.pending ?? null;
      totals.pending += pendingReporting ?? 0n;
      // The parts and the pending share sum to the amount exactly; participation gives the
      // whole amount to each distinct value, so there the parts are summed.
      if (groups && reportingSplit) {
        for (const part of reportingSplit.parts) totals.attributed += part;
      } else if (money.reporting !== null) {
        totals.attributed += money.reporting - (pendingReporting ?? 0n);
      }
      // Rollups sum plain numbers when every part of the deal is a safe integer.
      const small =
        money.reporting !== null && money.reporting <= MAX_SAFE && money.reporting >= -MAX_SAFE;
      // One text for both amounts when the deal is in the reporting currency.
      const sameText = reportingSplit === split && dealCurrency === currency;
      const explain: ExplainContext = {
        options,
        weights: outcome,
        length: journey.touches.length,
        convertedAt: at,
        roles: journey.roles,
        roleWeights: journey.roleWeights,
        eventWords: detailed ? conversionWords(options.conversion, at, options.timeZone) : '',
      };
      rollups.startDeal(at, deal.ownerId);
      let lastPart = 0n;
      let lastText: string | null = null;
      for (let k = 0; k < journey.touches.length; k++) {
        const i = journey.touches[k] ?? 0;
        const touch = index.touches[i] as Touchpoint;
        const weight = weights[k] ?? 0;
        const part = reportingSplit ? (reportingSplit.parts[k] ?? 0n) : 0n;
        rollups.add(touch, index.time[i] ?? 0, small ? Number(part) : part, weight, d);
        if (detailed) {
          // Splits repeat amounts (linear gives at most two): format each amount once.
          if (part !== lastPart || lastText === null) {
            lastPart = part;
            lastText = formatMoney(part, currency);
          }
          const reportingText = reportingSplit ? lastText : null;
          credits.push(
            creditEntry(
              deal.id,
              touch,
              weight,
              sameText
                ? reportingText
                : split && dealCurrency
                  ? formatMoney(split.parts[k] ?? 0n, dealCurrency)
                  : null,
              reportingText,
              positionKey(explain, k),
              explainCredit(explain, k),
            ),
          );
        }
      }
    } else {
      if (detailed && journey.touches.length > 0) {
        const why = `${options.label}: no credit — ${unattributedWords(unattributed, options, placements)}; the deal is unattributed`;
        const zero = money.minor === null || !dealCurrency ? null : formatMoney(0n, dealCurrency);
        const zeroReporting = money.reporting === null ? null : formatMoney(0n, currency);
        for (const i of journey.touches) {
          const touch = index.touches[i] as Touchpoint;
          credits.push(creditEntry(deal.id, touch, 0, zero, zeroReporting, 'unattributed', why));
        }
      }
      const reason = unattributed ?? 'no-touches';
      const bucket = unattributedByReason.get(reason) ?? { deals: 0, value: 0n };
      bucket.deals += 1;
      bucket.value += money.reporting ?? 0n;
      unattributedByReason.set(reason, bucket);
      totals.unattributed += money.reporting ?? 0n;
    }

    deals.push({
      dealId: deal.id,
      dealName: deal.name,
      convertedAt: formatInstant(at),
      amount: deal.amount?.amount ?? null,
      currency: dealCurrency,
      reportingAmount: money.reporting === null ? null : formatMoney(money.reporting, currency),
      journeyLength: journey.touches.length,
      unattributed,
      pendingWeight,
      pendingAmount:
        pendingDeal === null || !dealCurrency ? null : formatMoney(pendingDeal, dealCurrency),
      pendingReportingAmount:
        pendingReporting === null ? null : formatMoney(pendingReporting, currency),
      anchors: anchorEntries(placements, journey, index, options),
      credits,
      excluded: detailed ? excludedEntries(deal, journey, index, contactRoles, at, exclusions) : [],
    });
  }

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
  return {
    model: options.model,
    preset: options.preset,
    label: options.label,
    additive: options.model !== 'participation',
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
    deals,
    unattributed: {
      deals: unattributedDeals,
      value: formatMoney(totals.unattributed, currency),
      byReason: [...unattributedByReason.entries()]
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
        : sourcedSummary(dataset, index, sourcedInputs, options.sourcedRule, options, currency),
    findings,
    ...(fit ? { dataDriven: fit.summary } : {}),
  };
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
