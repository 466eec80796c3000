import type { Dataset } from '../model/dataset';
import type { Campaign, Touchpoint } from '../model/marketing';
import type { User } from '../model/people';
import { convert, exchangeRateFor } from '../money/convert';
import { toMinorUnits } from '../money/decimal';
import {
  type AnchorLookup,
  type AnchorPlacement,
  buildAnchorLookup,
  conversionWords,
} from './anchor-placement';
import { campaignReturns } from './campaign-returns';
import { findConversions } from './conversions';
import { splitDealAmount } from './credits';
import { dealWeights } from './deal-weights';
import { AttributionOptionsError } from './errors';
import { ExclusionExplainer, type ExplainContext, explainCredit, positionKey } from './explain';
import { formatDate, formatInstant, utcMonth } from './format';
import {
  buildJourney,
  exclusionReason,
  filterSignature,
  journeyContext,
  TouchFilter,
} from './journeys';
import { milestoneLabel } from './milestones';
import { type AttributionOptions, type ResolvedOptions, resolveOptions } from './options';
import { formatMoney, RollupAccumulator } from './rollups';
import { type SourcedInput, sourcedSummary } from './sourced';
import { buildTouchIndex, type TouchIndex } from './touch-index';
import type {
  AttributionResult,
  Credit,
  DataQualityFinding,
  DealAttribution,
  ExcludedTouch,
  UnattributedReason,
} from './types';

/** Indexes built once per dataset and shared by every model run on it. */
export interface PreparedDataset {
  dataset: Dataset;
  index: TouchIndex;
  /** Ids of the dataset's people. */
  personIds: ReadonlySet<string>;
  /** Touch filters per filter signature, so runs with the same filters share their work. */
  filters: Map<string, TouchFilter>;
  lookup: AnchorLookup;
  users: ReadonlyMap<string, User>;
  campaigns: ReadonlyMap<string, Campaign>;
}

/** Indexes a dataset for attribution: touches by person and account, people, campaigns. */
export function prepareDataset(dataset: Dataset): PreparedDataset {
  return {
    dataset,
    index: buildTouchIndex(dataset),
    personIds: new Set(dataset.people.map((person) => person.id)),
    filters: new Map(),
    lookup: buildAnchorLookup(dataset),
    users: new Map(dataset.users.map((user) => [user.id, user])),
    campaigns: new Map(dataset.campaigns.map((campaign) => [campaign.id, campaign])),
  };
}

/** The currency rollups are in: the option, else the deals' single currency. */
function reportingCurrency(
  amounts: ReadonlyArray<{ currency: string | null; amount: string | null }>,
  options: ResolvedOptions,
): string | null {
  if (options.reportingCurrency) return options.reportingCurrency;
  const currencies = new Set<string>();
  for (const money of amounts)
    if (money.amount !== null && money.currency) currencies.add(money.currency);
  if (currencies.size <= 1) return [...currencies][0] ?? null;
  const list = [...currencies].sort();
  throw new AttributionOptionsError(
    'reportingCurrency',
    `deals are in ${list.join(', ')}: pass reportingCurrency and exchangeRates (units of the reporting currency per 1 unit of each)`,
    list,
  );
}

const UNTITLED = '(untitled)';
const NO_CAMPAIGN = '(no campaign)';

function teamOfTouch(
  touch: Touchpoint,
  users: ReadonlyMap<string, User>,
  options: ResolvedOptions,
): string {
  const owner = touch.custom.ownerId;
  if (typeof owner === 'string') {
    const team = users.get(owner)?.team;
    if (team) return team;
  }
  return options.channelTeams[touch.channel] ?? 'marketing';
}

/** Why a deal whose journey has touches still gets no credit, in words. */
function unattributedWords(
  reason: UnattributedReason | null,
  options: ResolvedOptions,
  placements: readonly AnchorPlacement[],
): string {
  if (reason === 'all-direct')
    return 'every touch is on a direct channel and allDirect is "unattributed"';
  if (reason === 'no-anchor-resolved') {
    const anchors = options.anchors?.anchors ?? [];
    const missing = placements
      .map((p, j) => `${milestoneLabel(anchors[j]?.milestone ?? 'first-touch')}: ${p.explanation}`)
      .join('; ');
    return `no touch holds an anchor with a share (${missing})`;
  }
  return 'every contact role weight is 0';
}

/**
 * Runs one model on a prepared dataset. `attribute` and `compareModels` call it; the
 * indexes are built once per dataset.
 */
export function runAttribution(
  prepared: PreparedDataset,
  options: ResolvedOptions,
): AttributionResult {
  const { dataset, index, lookup, users, campaigns } = prepared;
  const findings: DataQualityFinding[] = [];
  const conversions = findConversions(dataset, prepared.personIds, options, findings);
  const currency = reportingCurrency(
    conversions.map((c) => c.deal.amount ?? { amount: null, currency: null }),
    options,
  );
  const detailed = options.detail === 'full';
  const signature = filterSignature(options);
  let filter = prepared.filters.get(signature);
  if (!filter) {
    filter = new TouchFilter(index, options);
    prepared.filters.set(signature, filter);
  }
  const ctx = journeyContext(index, options, filter);
  const exclusions = new ExclusionExplainer(options);
  const rollups = {
    byChannel: new RollupAccumulator(),
    byCampaign: new RollupAccumulator(),
    byTouchType: new RollupAccumulator(),
    byContent: new RollupAccumulator(),
    byMonth: new RollupAccumulator(),
    byTeam: new RollupAccumulator(),
  };
  const unattributedByReason = new Map<UnattributedReason, { deals: number; value: bigint }>();
  const sourcedInputs: SourcedInput[] = [];
  const deals: DealAttribution[] = [];
  let totalValue = 0n;
  let attributedValue = 0n;
  let pendingValue = 0n;
  let unattributedDealValue = 0n;
  let attributedDeals = 0;
  const tz = options.timeZone;
  const monthOfTouch = options.monthBy === 'touch';

  for (let d = 0; d < conversions.length; d++) {
    const { deal, at, contactRoles } = conversions[d] as (typeof conversions)[number];
    // Money: the deal amount in its currency and in the reporting currency.
    let minor: bigint | null = null;
    let reportingMinor: bigint | null = null;
    if (deal.amount === null) {
      findings.push({
        code: 'deal-without-amount',
        severity: 'info',
        dealId: deal.id,
        message: `deal ${deal.id} has no amount: it is counted, with no value`,
      });
    } else if (deal.amount.currency === null) {
      findings.push({
        code: 'amount-without-currency',
        severity: 'warning',
        dealId: deal.id,
        message: `deal ${deal.id} has an amount of ${deal.amount.amount} but no currency: it is counted, with no value`,
      });
    } else {
      minor = toMinorUnits(deal.amount.amount, deal.amount.currency);
      reportingMinor =
        currency === null || deal.amount.currency === currency
          ? minor
          : convert(
              minor,
              deal.amount.currency,
              currency,
              exchangeRateFor(deal.amount.currency, currency, options.exchangeRates),
            );
      totalValue += reportingMinor;
    }

    const journey = buildJourney(ctx, deal, contactRoles, at);
    const anchorDeal = { deal, convertedAt: at, contacts: new Set(contactRoles.keys()) };
    let unattributed: UnattributedReason | null = null;
    let outcome: ReturnType<typeof dealWeights> | null = null;
    if (journey.touches.length === 0) {
      unattributed =
        contactRoles.size === 0 && options.scope === 'deal-contacts'
          ? 'no-contacts'
          : journey.candidates === 0
            ? 'no-touches'
            : journey.excludedCodes.every((code) => exclusionReason(code) === 'zero-role-weight')
              ? 'zero-role-weights'
              : 'all-touches-excluded';
    } else {
      outcome = dealWeights(
        index,
        journey.touches,
        journey.roleWeights,
        anchorDeal,
        lookup,
        options,
      );
      if ('unattributed' in outcome) unattributed = outcome.unattributed;
    }
    sourcedInputs.push({ deal, journey: journey.touches, value: reportingMinor });

    const credits: Credit[] = [];
    let pendingWeight = 0;
    let pendingMinor: bigint | null = null;
    let pendingDealMinor: bigint | null = null;
    const placements = outcome?.placements ?? [];
    if (outcome && !('unattributed' in outcome)) {
      attributedDeals += 1;
      pendingWeight = outcome.pending;
      const weights = outcome.weights;
      const split =
        minor === null ? null : splitDealAmount(minor, weights, outcome.pending, outcome.groups);
      const reportingSplit =
        reportingMinor === null
          ? null
          : reportingMinor === minor && split
            ? split
            : splitDealAmount(reportingMinor, weights, outcome.pending, outcome.groups);
      if (split) pendingDealMinor = split.pending;
      if (reportingSplit) {
        pendingMinor = reportingSplit.pending;
        pendingValue += reportingSplit.pending;
      }
      const explain: ExplainContext = {
        options,
        weights: outcome,
        length: journey.touches.length,
        convertedAt: at,
        roles: journey.roles,
        roleWeights: journey.roleWeights,
        eventWords: detailed ? conversionWords(options.conversion, at, tz) : '',
      };
      const conversionMonth = monthOfTouch
        ? ''
        : tz === 'UTC'
          ? utcMonth(at)
          : formatDate(at, tz).slice(0, 7);
      const dealTeam =
        options.teamBy === 'deal-owner'
          ? ((deal.ownerId ? users.get(deal.ownerId)?.team : null) ?? 'unknown')
          : '';
      for (let k = 0; k < journey.touches.length; k++) {
        const i = journey.touches[k] ?? 0;
        const touch = index.touches[i] as Touchpoint;
        const weight = weights[k] ?? 0;
        const part = reportingSplit ? (reportingSplit.parts[k] ?? 0n) : 0n;
        attributedValue += part;
        if (weight > 0 || part !== 0n) {
          rollups.byChannel.add(touch.channel, part, weight, d);
          rollups.byCampaign.add(touch.campaignId ?? NO_CAMPAIGN, part, weight, d);
          rollups.byTouchType.add(touch.type, part, weight, d);
          rollups.byContent.add(touch.title ?? UNTITLED, part, weight, d);
          const month = monthOfTouch
            ? tz === 'UTC'
              ? utcMonth(index.time[i] ?? 0)
              : formatDate(index.time[i] ?? 0, tz).slice(0, 7)
            : conversionMonth;
          rollups.byMonth.add(month, part, weight, d);
          rollups.byTeam.add(
            options.teamBy === 'deal-owner' ? dealTeam : teamOfTouch(touch, users, options),
            part,
            weight,
            d,
          );
        }
        if (detailed) {
          credits.push({
            dealId: deal.id,
            touchId: touch.id,
            personId: touch.personId,
            occurredAt: touch.occurredAt,
            channel: touch.channel,
            campaignId: touch.campaignId,
            type: touch.type,
            origin: touch.origin,
            title: touch.title,
            weight,
            amount:
              split && deal.amount?.currency
                ? formatMoney(split.parts[k] ?? 0n, deal.amount.currency)
                : null,
            reportingAmount: reportingSplit ? formatMoney(part, currency) : null,
            position: positionKey(explain, k),
            explanation: explainCredit(explain, k),
          });
        }
      }
    } else {
      if (detailed && journey.touches.length > 0) {
        const why = unattributedWords(unattributed, options, placements);
        for (const i of journey.touches) {
          const touch = index.touches[i] as Touchpoint;
          credits.push({
            dealId: deal.id,
            touchId: touch.id,
            personId: touch.personId,
            occurredAt: touch.occurredAt,
            channel: touch.channel,
            campaignId: touch.campaignId,
            type: touch.type,
            origin: touch.origin,
            title: touch.title,
            weight: 0,
            amount:
              minor === null || !deal.amount?.currency
                ? null
                : formatMoney(0n, deal.amount.currency),
            reportingAmount: reportingMinor === null ? null : formatMoney(0n, currency),
            position: 'unattributed',
            explanation: `${options.label}: no credit — ${why}; the deal is unattributed`,
          });
        }
      }
      const reason = unattributed ?? 'no-touches';
      const bucket = unattributedByReason.get(reason) ?? { deals: 0, value: 0n };
      bucket.deals += 1;
      bucket.value += reportingMinor ?? 0n;
      unattributedByReason.set(reason, bucket);
      unattributedDealValue += reportingMinor ?? 0n;
    }

    const excluded: ExcludedTouch[] = [];
    if (detailed) {
      for (let e = 0; e < journey.excluded.length; e++) {
        const touch = index.touches[journey.excluded[e] ?? 0] as Touchpoint;
        const reason = exclusionReason(journey.excludedCodes[e] ?? 1);
        excluded.push({
          dealId: deal.id,
          touchId: touch.id,
          reason,
          explanation: exclusions.explain(
            reason,
            at,
            touch.personId ? (contactRoles.get(touch.personId) ?? null) : null,
          ),
        });
      }
    }
    const anchorSpec = options.anchors?.anchors ?? [];
    deals.push({
      dealId: deal.id,
      dealName: deal.name,
      convertedAt: formatInstant(at),
      amount: deal.amount?.amount ?? null,
      currency: deal.amount?.currency ?? null,
      reportingAmount: reportingMinor === null ? null : formatMoney(reportingMinor, currency),
      journeyLength: journey.touches.length,
      unattributed,
      pendingWeight,
      pendingAmount:
        pendingDealMinor === null || !deal.amount?.currency
          ? null
          : formatMoney(pendingDealMinor, deal.amount.currency),
      pendingReportingAmount: pendingMinor === null ? null : formatMoney(pendingMinor, currency),
      anchors: placements.map((placement, j) => ({
        milestone: anchorSpec[j]?.milestone ?? 'first-touch',
        weight:
          anchorSpec.length > 0
            ? (anchorSpec[j]?.weight ?? 0) /
              anchorSpec.reduce((sum, a) => sum + a.weight, options.anchors?.middle ?? 0)
            : 0,
        touchId:
          placement.position >= 0
            ? (index.touches[journey.touches[placement.position] ?? 0]?.id ?? null)
            : null,
        at: placement.at === null ? null : formatInstant(placement.at),
        personId:
          placement.personId ??
          (placement.position >= 0
            ? (index.touches[journey.touches[placement.position] ?? 0]?.personId ?? null)
            : null),
        explanation: placement.explanation,
      })),
      credits,
      excluded,
    });
  }

  const unattributedDeals = conversions.length - attributedDeals;
  const byReason = [...unattributedByReason.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([reason, bucket]) => ({
      reason,
      deals: bucket.deals,
      value: formatMoney(bucket.value, currency),
    }));
  const byCampaign = rollups.byCampaign;
  findings.sort((a, b) =>
    (a.dealId ?? '') !== (b.dealId ?? '')
      ? (a.dealId ?? '') < (b.dealId ?? '')
        ? -1
        : 1
      : a.code < b.code
        ? -1
        : a.code > b.code
          ? 1
          : 0,
  );
  const campaignRows = campaignReturns(
    dataset.campaigns,
    byCampaign,
    currency,
    options.exchangeRates,
    options.campaignCost,
    findings,
  );
  return {
    model: options.model,
    preset: options.preset,
    label: options.label,
    additive: options.model !== 'participation',
    options,
    currency,
    totals: {
      deals: conversions.length,
      attributedDeals,
      unattributedDeals,
      value: formatMoney(totalValue, currency),
      attributedValue: formatMoney(attributedValue, currency),
      unattributedValue: formatMoney(unattributedDealValue + pendingValue, currency),
      pendingValue: formatMoney(pendingValue, currency),
    },
    deals,
    unattributed: {
      deals: unattributedDeals,
      value: formatMoney(unattributedDealValue, currency),
      byReason,
    },
    rollups: {
      byChannel: rollups.byChannel.toRows(currency),
      byCampaign: byCampaign.toRows(currency, (key) => campaigns.get(key)?.name ?? key),
      byTouchType: rollups.byTouchType.toRows(currency),
      byContent: rollups.byContent.toRows(currency),
      byMonth: rollups.byMonth.toRows(currency),
      byTeam: rollups.byTeam.toRows(currency),
    },
    campaigns: campaignRows,
    sourced:
      options.sourcedRule === null
        ? null
        : sourcedSummary(dataset, index, sourcedInputs, options.sourcedRule, options, currency),
    findings,
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
 * The result is plain JSON: `JSON.parse(JSON.stringify(result))` deep-equals it.
 *
 * @throws {AttributionOptionsError} for unknown models or options (listing what is allowed),
 * negative or NaN custom weights, or mixed deal currencies without `reportingCurrency`.
 * @throws {MissingExchangeRateError} when a deal or campaign cost is in a currency with no rate.
 */
export function attribute(dataset: Dataset, options: AttributionOptions): AttributionResult {
  const resolved = resolveOptions(options);
  return runAttribution(prepareDataset(dataset), resolved);
}
