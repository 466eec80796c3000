import type { Touchpoint } from '../model/marketing';
import { type AnchorPlacement, conversionWords } from './anchor-placement';
import type { Conversion } from './conversions';
import { splitDealAmount } from './credits';
import { dealMoney } from './deal-money';
import { type DealWeights, dealWeights } from './deal-weights';
import { type ExplainContext, explainCredit, positionKey } from './explain';
import { formatInstant } from './format';
import { buildJourney, type Journey } from './journeys';
import { defineLazy } from './lazy-ledger';
import {
  anchorEntries,
  creditEntry,
  emptyJourneyReason,
  excludedEntries,
  unattributedWords,
} from './ledger';
import { formatMoney } from './rollups';
import type { AttributionRun } from './run-state';
import type { Credit, DealAttribution, UnattributedReason } from './types';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

type DealMoney = ReturnType<typeof dealMoney>;

/** The pending share of a credited deal, in the deal and the reporting currency. */
interface Pending {
  weight: number;
  deal: bigint | null;
  reporting: bigint | null;
}

/** What a credited deal's ledger lines need, kept until they are read (see `defineLazy`). */
interface CreditLedger {
  options: AttributionRun['options'];
  index: AttributionRun['prepared']['index'];
  currency: string | null;
  dealId: string;
  dealCurrency: string | null;
  at: number;
  journey: Journey;
  outcome: DealWeights;
  split: { parts: bigint[] } | null;
  reportingSplit: { parts: bigint[] } | null;
}

/** A credited deal's ledger: every journey touch with its credit and the rule in words. */
function creditLines(ledger: CreditLedger): Credit[] {
  const { options, index, currency, dealId, dealCurrency, at, journey, outcome } = ledger;
  const { split, reportingSplit } = ledger;
  const { weights } = outcome;
  // One text for both amounts when the deal is in the reporting currency.
  const sameText = reportingSplit === split && dealCurrency === currency;
  const explain: ExplainContext = {
    options,
    weights: outcome,
    length: journey.touches.length,
    convertedAt: at,
    roles: journey.roles,
    roleWeights: journey.roleWeights,
    eventWords: conversionWords(options.conversion, at, options.timeZone),
  };
  const credits: Credit[] = [];
  let lastPart = 0n;
  let lastText: string | null = null;
  for (let k = 0; k < journey.touches.length; k++) {
    const touch = index.touches[journey.touches[k] ?? 0] as Touchpoint;
    const part = reportingSplit ? (reportingSplit.parts[k] ?? 0n) : 0n;
    // Splits repeat amounts (linear gives at most two): format each amount once.
    if (part !== lastPart || lastText === null) {
      lastPart = part;
      lastText = formatMoney(part, currency);
    }
    const reportingText = reportingSplit ? lastText : null;
    credits.push(
      creditEntry(
        dealId,
        touch,
        weights[k] ?? 0,
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
  return credits;
}

/**
 * Stage 4–5 for a credited deal: splits the amount by the weights (largest remainder, exact
 * to the cent) and adds the parts to the totals and rollups. Returns its pending share and,
 * with `detail: 'full'`, what its ledger lines (each credit in words) are written from when
 * read.
 */
function creditDeal(
  run: AttributionRun,
  d: number,
  journey: Journey,
  money: DealMoney,
  outcome: DealWeights,
): { pending: Pending; ledger: CreditLedger | null } {
  const { options, currency, totals, detailed } = run;
  const { index } = run.prepared;
  const { deal, at } = run.conversions[d] as AttributionRun['conversions'][number];
  const dealCurrency = deal.amount?.currency ?? null;
  totals.deals += 1;
  const pendingWeight = outcome.pending;
  const { weights, units, groups } = outcome;
  const split = money.minor === null ? null : splitDealAmount(money.minor, units, groups);
  const reportingSplit =
    money.reporting === null
      ? null
      : money.reporting === money.minor && split
        ? split
        : splitDealAmount(money.reporting, units, groups);
  const pendingReporting = reportingSplit?.pending ?? null;
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
  run.rollups.startDeal(at, deal.ownerId);
  const { touches } = journey;
  for (let k = 0; k < touches.length; k++) {
    const i = touches[k] ?? 0;
    const part = reportingSplit ? (reportingSplit.parts[k] ?? 0n) : 0n;
    run.rollups.add(i, index.time[i] ?? 0, small ? Number(part) : part, weights[k] ?? 0, d);
  }
  return {
    pending: { weight: pendingWeight, deal: split?.pending ?? null, reporting: pendingReporting },
    ledger: detailed
      ? {
          options,
          index,
          currency,
          dealId: deal.id,
          dealCurrency,
          at,
          journey,
          outcome,
          split,
          reportingSplit,
        }
      : null,
  };
}

/** The zero lines of an unattributed deal's journey, each saying why. */
function unattributedLines(
  run: Pick<AttributionRun, 'options' | 'currency'> & {
    index: AttributionRun['prepared']['index'];
  },
  deal: AttributionRun['conversions'][number]['deal'],
  journey: Journey,
  money: DealMoney,
  unattributed: UnattributedReason | null,
  placements: readonly AnchorPlacement[],
): Credit[] {
  const { options, currency, index } = run;
  const dealCurrency = deal.amount?.currency ?? null;
  const why = `${options.label}: no credit — ${unattributedWords(unattributed, options, placements)}; the deal is unattributed`;
  const zero = money.minor === null || !dealCurrency ? null : formatMoney(0n, dealCurrency);
  const zeroReporting = money.reporting === null ? null : formatMoney(0n, currency);
  const credits: Credit[] = [];
  for (const i of journey.touches) {
    const touch = index.touches[i] as Touchpoint;
    credits.push(creditEntry(deal.id, touch, 0, zero, zeroReporting, 'unattributed', why));
  }
  return credits;
}

/** Stage 5 for a deal the model credits no touch of: the tally of why. */
function leaveUnattributed(
  run: AttributionRun,
  money: DealMoney,
  unattributed: UnattributedReason | null,
): void {
  const reason = unattributed ?? 'no-touches';
  const bucket = run.unattributedByReason.get(reason) ?? { deals: 0, value: 0n };
  bucket.deals += 1;
  bucket.value += money.reporting ?? 0n;
  run.unattributedByReason.set(reason, bucket);
  run.totals.unattributed += money.reporting ?? 0n;
}

/**
 * Stages 2–5 for conversion `d`: its money, its journey, the model's weights, then its
 * credits (or why it stays unattributed) and its ledger entry.
 */
export function attributeDeal(run: AttributionRun, d: number): void {
  const { options, findings, currency } = run;
  const { index, lookup } = run.prepared;
  const { deal, at, contactRoles } = run.conversions[d] as AttributionRun['conversions'][number];
  const money = dealMoney(deal, currency, options.exchangeRates, findings);
  run.totals.value += money.reporting ?? 0n;

  let journey = run.fit?.journeys[d] ?? run.builtJourneys[d];
  if (!journey) {
    journey = buildJourney(run.journeys, deal, contactRoles, at);
    run.builtJourneys[d] = journey;
  }
  let unattributed: UnattributedReason | null = null;
  let outcome: ReturnType<typeof dealWeights> | null = null;
  if (journey.touches.length === 0) {
    unattributed = emptyJourneyReason(journey, contactRoles.size, options);
  } else {
    const conversion = run.conversions[d] as AttributionRun['conversions'][number];
    conversion.contacts ??= new Set(contactRoles.keys());
    const anchorDeal = { deal, convertedAt: at, contacts: conversion.contacts };
    outcome = dealWeights(
      index,
      journey.touches,
      journey.roleWeights,
      anchorDeal,
      lookup,
      options,
      run.fit?.strengths ?? null,
    );
    if ('unattributed' in outcome) unattributed = outcome.unattributed;
  }
  run.sourcedInputs.push({ deal, journey: journey.touches, value: money.reporting });

  let pending: Pending = NO_PENDING;
  let ledger: CreditLedger | null = null;
  if (outcome && !('unattributed' in outcome)) {
    ({ pending, ledger } = creditDeal(run, d, journey, money, outcome));
  } else {
    leaveUnattributed(run, money, unattributed);
  }
  // Only what the entry needs is kept (the model's weights stay with a full ledger's lines).
  const placements = outcome?.placements ?? NO_PLACEMENTS;
  run.outcomes.push({ d, money, journey, placements, unattributed, pending, ledger });
}

const NO_PENDING: Pending = { weight: 0, deal: null, reporting: null };
const NO_PLACEMENTS: readonly AnchorPlacement[] = [];

/** What a run keeps of one converted deal to write its ledger entry when it is read. */
export interface DealOutcome {
  /** The deal's conversion ordinal in the run. */
  d: number;
  money: DealMoney;
  journey: Journey;
  /** Where the model's anchors landed (none for models without anchors). */
  placements: readonly AnchorPlacement[];
  unattributed: UnattributedReason | null;
  pending: Pending;
  ledger: CreditLedger | null;
}

/** The parts of a finished run that ledger entries are written from (not the run's scratch). */
export interface LedgerContext {
  options: AttributionRun['options'];
  currency: string | null;
  index: AttributionRun['prepared']['index'];
  conversions: AttributionRun['conversions'];
  exclusions: AttributionRun['exclusions'];
  detailed: boolean;
}

/**
 * A deal's ledger entry: its money in words, anchors, and — with `detail: 'full'` — its
 * credits and exclusions, each written when first read (see `defineLazy`).
 */
export function dealEntry(context: LedgerContext, state: DealOutcome): DealAttribution {
  const { options, currency, index, detailed } = context;
  const { money, journey, placements, unattributed, pending, ledger } = state;
  const { deal, at, contactRoles } = context.conversions[state.d] as Conversion;
  const dealCurrency = deal.amount?.currency ?? null;
  const entry: DealAttribution = {
    dealId: deal.id,
    dealName: deal.name,
    convertedAt: formatInstant(at),
    amount: deal.amount?.amount ?? null,
    currency: dealCurrency,
    reportingAmount: money.reporting === null ? null : formatMoney(money.reporting, currency),
    journeyLength: journey.touches.length,
    unattributed,
    pendingWeight: pending.weight,
    pendingAmount:
      pending.deal === null || !dealCurrency ? null : formatMoney(pending.deal, dealCurrency),
    pendingReportingAmount:
      pending.reporting === null ? null : formatMoney(pending.reporting, currency),
    anchors: anchorEntries(placements, journey, index, options),
    credits: [],
    excluded: [],
  };
  if (!detailed) return entry;
  // A credit and a sentence per touch, every exclusion and why: written when read.
  if (ledger) defineLazy(entry, 'credits', () => creditLines(ledger));
  else if (journey.touches.length > 0) {
    defineLazy(entry, 'credits', () =>
      unattributedLines(context, deal, journey, money, unattributed, placements),
    );
  }
  if (journey.excluded.length > 0) {
    const { exclusions } = context;
    defineLazy(entry, 'excluded', () =>
      excludedEntries(deal, journey, index, contactRoles, at, exclusions),
    );
  }
  return entry;
}
