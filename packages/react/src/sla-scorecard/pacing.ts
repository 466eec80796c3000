import type { MarketingAttainment, SlaEvaluation } from '@closedloop/core';
import type { StatusTone } from '../kit/tokens';

/**
 * When a status turns: marketing compares pacing (attainment / elapsed share), sales its
 * attainment with `salesTarget`; within `atRiskBand` below the line is at risk, further
 * below is behind (marketing) or breached (sales); `aheadFrom` pacing is ahead.
 */
export interface ScorecardThresholds {
  /** Sales attainment that counts as met; default 0.9. */
  salesTarget: number;
  /** Width of the at-risk band under the line, as a ratio; default 0.1. */
  atRiskBand: number;
  /** Marketing pacing from which the commitment is ahead; default 1.1. */
  aheadFrom: number;
}

/** Default thresholds: 90% sales attainment, a 10-point at-risk band, ahead from 110% pace. */
export const defaultThresholds: ScorecardThresholds = {
  salesTarget: 0.9,
  atRiskBand: 0.1,
  aheadFrom: 1.1,
};

/** One marketing commitment as a bullet: delivered vs committed with the pro-rated marker. */
export interface MarketingRow {
  /** `all` for the whole commitment, else the segment or owner key. */
  key: string;
  /** The segment or owner; null for the whole commitment. */
  label: string | null;
  metric: MarketingAttainment['metric'];
  currency: string | null;
  actual: number;
  target: number;
  /** target × elapsed share: what should be delivered by `asOf`. */
  expected: number;
  forecast: number | null;
  attainment: number | null;
  pacing: number | null;
  elapsedFraction: number;
  status: StatusTone;
}

/** Marketing's status: by pacing while the period runs, by attainment once it has ended. */
export function marketingStatus(
  attainment: MarketingAttainment,
  thresholds: ScorecardThresholds,
): StatusTone {
  const ended = attainment.elapsedFraction >= 1;
  const ratio = ended ? attainment.attainment : attainment.pacing;
  if (ratio === null) return 'pending';
  if (ended) return ratio >= 1 ? 'met' : ratio >= 1 - thresholds.atRiskBand ? 'at-risk' : 'behind';
  if (ratio >= thresholds.aheadFrom) return 'ahead';
  if (ratio >= 1) return 'on-track';
  return ratio >= 1 - thresholds.atRiskBand ? 'at-risk' : 'behind';
}

/** Sales' status of an attainment (met / eligible); pending while nothing is eligible. */
export function salesStatus(
  attainment: number | null,
  thresholds: ScorecardThresholds,
): StatusTone {
  if (attainment === null) return 'pending';
  if (attainment >= thresholds.salesTarget) return 'met';
  return attainment >= thresholds.salesTarget - thresholds.atRiskBand ? 'at-risk' : 'breached';
}

function row(
  key: string,
  label: string | null,
  attainment: MarketingAttainment,
  thresholds: ScorecardThresholds,
): MarketingRow {
  const target = Number(attainment.target);
  return {
    key,
    label,
    metric: attainment.metric,
    currency: attainment.currency,
    actual: Number(attainment.actual),
    target,
    expected: target * attainment.elapsedFraction,
    forecast: attainment.runRateForecast === null ? null : Number(attainment.runRateForecast),
    attainment: attainment.attainment,
    pacing: attainment.pacing,
    elapsedFraction: attainment.elapsedFraction,
    status: marketingStatus(attainment, thresholds),
  };
}

/**
 * Marketing's rows: the whole commitment, then each scoped commitment (per segment or rep)
 * in the SLA's order. Amounts (decimal strings for sourced pipeline) become numbers for
 * drawing only; text formats them from the same numbers.
 */
export function marketingRows(
  evaluation: Pick<SlaEvaluation, 'marketing' | 'marketingScopes'>,
  thresholds: ScorecardThresholds = defaultThresholds,
): MarketingRow[] {
  const rows = [row('all', null, evaluation.marketing, thresholds)];
  for (const scoped of evaluation.marketingScopes?.commitments ?? []) {
    rows.push(row(scoped.key, scoped.label, scoped, thresholds));
  }
  return rows;
}
