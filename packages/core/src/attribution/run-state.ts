import type { Conversion } from './conversions';
import { type DataDrivenFit, fitDataDriven, isDataDriven } from './data-driven';
import { pickReportingCurrency } from './deal-money';
import { ExclusionExplainer } from './explain';
import { type Journey, type JourneyContext, journeyContext } from './journeys';
import type { ResolvedAttributionOptions } from './options';
import { conversionsFor, journeysFor, type PreparedDataset, touchFilterFor } from './prepare';
import { RollupSet } from './rollups';
import type { DealOutcome } from './run-deal';
import type { SourcedInput } from './sourced';
import type { AttributionFinding, UnattributedReason } from './types';

/** What one run of a model accumulates deal by deal (see `runAttribution`'s stages). */
export interface AttributionRun {
  prepared: PreparedDataset;
  options: ResolvedAttributionOptions;
  findings: AttributionFinding[];
  conversions: Conversion[];
  /** The reporting currency (null: no deal has an amount and none was asked for). */
  currency: ReturnType<typeof pickReportingCurrency>;
  /** Whether the ledger lists every credit and exclusion in words (`detail: 'full'`). */
  detailed: boolean;
  journeys: JourneyContext;
  /** The deals' journeys remembered on the prepared dataset (see `journeysFor`), by ordinal. */
  builtJourneys: Journey[];
  exclusions: ExclusionExplainer;
  rollups: RollupSet;
  unattributedByReason: Map<UnattributedReason, { deals: number; value: bigint }>;
  sourcedInputs: SourcedInput[];
  /** Each converted deal's figures, its ledger entry written from them when read. */
  outcomes: DealOutcome[];
  /** Reporting-currency totals in minor units, and the number of attributed deals. */
  totals: {
    value: bigint;
    attributed: bigint;
    pending: bigint;
    unattributed: bigint;
    deals: number;
  };
  /** Data-driven models' fit, learnt from every journey before any deal is split. */
  fit: DataDrivenFit | null;
}

/** Stage 1: the converting deals, the reporting currency and (data-driven) the model's fit. */
export function startRun(
  prepared: PreparedDataset,
  options: ResolvedAttributionOptions,
): AttributionRun {
  const { index } = prepared;
  const findings: AttributionFinding[] = [];
  const conversions = conversionsFor(prepared, options, findings);
  const currency = pickReportingCurrency(
    conversions.map((c) => c.deal),
    options.reportingCurrency,
  );
  const journeys = journeyContext(index, options, touchFilterFor(prepared, options));
  const model = options.model;
  return {
    prepared,
    options,
    findings,
    conversions,
    currency,
    detailed: options.detail === 'full',
    journeys,
    builtJourneys: journeysFor(prepared, options),
    exclusions: new ExclusionExplainer(options),
    rollups: new RollupSet(options, prepared.users, prepared.index.columns),
    unattributedByReason: new Map(),
    sourcedInputs: [],
    outcomes: [],
    totals: { value: 0n, attributed: 0n, pending: 0n, unattributed: 0n, deals: 0 },
    fit: isDataDriven(model)
      ? fitDataDriven(prepared, journeys, conversions, currency, { ...options, model })
      : null,
  };
}
