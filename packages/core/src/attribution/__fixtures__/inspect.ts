import type { AttributionResult } from '../types';

/** touch id → credited amount (deal currency) of one deal, for terse assertions. */
export function amounts(result: AttributionResult, dealId = 'd1'): Record<string, string | null> {
  const deal = result.deals.find((d) => d.dealId === dealId);
  if (!deal) throw new Error(`no deal ${dealId} in the result`);
  return Object.fromEntries(deal.credits.map((c) => [c.touchId, c.amount]));
}

/** touch id → weight rounded to 4 decimals, for terse assertions. */
export function weights(result: AttributionResult, dealId = 'd1'): Record<string, number> {
  const deal = result.deals.find((d) => d.dealId === dealId);
  if (!deal) throw new Error(`no deal ${dealId} in the result`);
  return Object.fromEntries(deal.credits.map((c) => [c.touchId, Math.round(c.weight * 1e4) / 1e4]));
}

/** touch id → explanation of one deal. */
export function explanations(result: AttributionResult, dealId = 'd1'): Record<string, string> {
  const deal = result.deals.find((d) => d.dealId === dealId);
  if (!deal) throw new Error(`no deal ${dealId} in the result`);
  return Object.fromEntries(deal.credits.map((c) => [c.touchId, c.explanation]));
}
