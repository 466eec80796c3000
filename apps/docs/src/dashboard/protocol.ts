import type { DealAttribution } from '@closedloop/core';
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
  | { type: 'deal'; run: number; dealId: string; deal: DealAttribution | null }
  | { type: 'error'; run: number; message: string };
