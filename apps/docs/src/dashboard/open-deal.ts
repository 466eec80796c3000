import type { Dataset } from '@closedloop/core';
import { dealJourneyData } from '@closedloop/react';
import type { DashboardResults } from './compute';
import type { OpenedDeal } from './protocol';

/** A deal of the run's attribution with the buying group and touches `DealJourney` places. */
export function openDeal(
  dataset: Dataset,
  results: DashboardResults,
  dealId: string,
): OpenedDeal | null {
  const deal = results.attribution.deals.find((d) => d.dealId === dealId);
  return deal === undefined ? null : { deal, ...dealJourneyData(dataset, deal) };
}
