/// <reference lib="webworker" />
import type { DealAttribution } from '@closedloop/core';
import { computeDashboard } from './compute';
import type { FromWorker, ToWorker } from './protocol';

// Runs the dashboard's analytics off the main thread, so a scale-25 sample (half a million
// touchpoints) never freezes the page. Keeps the last run's per-deal ledger here and sends
// one deal's credits when the page opens it, instead of cloning every credit up front.
const scope = self as unknown as DedicatedWorkerGlobalScope;
let ledger = new Map<string, DealAttribution>();

const post = (message: FromWorker) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'deal') {
    const deal = ledger.get(message.dealId) ?? null;
    post({ type: 'deal', run: message.run, dealId: message.dealId, deal });
    return;
  }
  try {
    const { results, dealLedger } = computeDashboard(message.options, (step, index) =>
      post({ type: 'progress', run: message.run, step, index }),
    );
    ledger = dealLedger;
    post({ type: 'done', run: message.run, results });
  } catch (error) {
    post({
      type: 'error',
      run: message.run,
      message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
};
