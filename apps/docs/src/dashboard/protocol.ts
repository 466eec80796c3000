import type { DealAttribution } from '@closedloop/core';
import type { JourneyContact, JourneyTouch } from '@closedloop/react';
import type { DashboardResults, Step } from './compute';
import type { DashboardOptions } from './options';

/** Messages from the page to the compute worker. */
export type ToWorker =
  | { type: 'run'; run: number; options: DashboardOptions }
  | { type: 'deal'; run: number; dealId: string };

/** Messages from the compute worker to the page; `run` says which request they answer. */
export type FromWorker =
  | { type: 'progress'; run: number; step: Step; index: number }
  | { type: 'done'; run: number; results: DashboardResults }
  | { type: 'deal'; run: number; dealId: string; journey: OpenedDeal | null }
  | { type: 'error'; run: number; message: string };

/** One deal's credits with its buying group and excluded touches, as `DealJourney` takes them. */
export interface OpenedDeal {
  deal: DealAttribution;
  contacts: JourneyContact[];
  touches: JourneyTouch[];
}
