/// <reference lib="webworker" />
import type { Dataset } from '@closedloop/core';
import { computeDashboard, type DashboardResults } from './compute';
import { openDeal } from './open-deal';
import type { FromWorker, ToWorker } from './protocol';

// Runs the dashboard's analytics off the main thread, so a scale-25 sample (half a million
// touchpoints) never freezes the page. Keeps the last run's dataset to open a deal's journey
// (its buying group and excluded touches) when the page asks.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let last: { dataset: Dataset; results: DashboardResults } | null = null;

const post = (message: FromWorker) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'deal') {
    const journey = last === null ? null : openDeal(last.dataset, last.results, message.dealId);
    post({ type: 'deal', run: message.run, dealId: message.dealId, journey });
    return;
  }
  try {
    const run = computeDashboard(message.options, (step, index) =>
      post({ type: 'progress', run: message.run, step, index }),
    );
    last = run;
    post({ type: 'done', run: message.run, results: run.results });
  } catch (error) {
    post({
      type: 'error',
      run: message.run,
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
};
