import type { Dataset } from '@closedloop/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { computeDashboard, type DashboardResults, STEPS, type Step } from './compute';
import { openDeal as openDealIn } from './open-deal';
import type { DashboardOptions } from './options';
import type { FromWorker, OpenedDeal, ToWorker } from './protocol';

/** Where a run is: computing (with the current step), done, or failed. */
export type RunState =
  | { phase: 'running'; step: Step; index: number }
  | { phase: 'ready' }
  | { phase: 'error'; message: string };

export interface DashboardData {
  state: RunState;
  /** The last finished run's results; kept on screen (dimmed) while the next one runs. */
  results: DashboardResults | null;
  /** One deal's credits, buying group and touches, from the worker that computed them. */
  openDeal: (dealId: string) => Promise<OpenedDeal | null>;
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Computes the dashboard for the options in a Web Worker, reporting progress. A change of
 * options while a run is busy ends that worker (a run is one synchronous computation) and
 * starts a fresh one, so the newest options always win and the page never waits on a stale
 * run. Without Worker support it computes on the main thread after a paint.
 */
export function useDashboardData(options: DashboardOptions): DashboardData {
  const [state, setState] = useState<RunState>({ phase: 'running', step: STEPS[0], index: 0 });
  const [results, setResults] = useState<DashboardResults | null>(null);
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const runId = useRef(0);
  const fallback = useRef<{ dataset: Dataset; results: DashboardResults } | null>(null);
  const pendingDeals = useRef(new Map<string, (deal: OpenedDeal | null) => void>());

  useEffect(() => {
    const run = ++runId.current;
    setState({ phase: 'running', step: STEPS[0], index: 0 });
    if (busy.current && worker.current !== null) {
      worker.current.terminate();
      worker.current = null;
    }
    if (worker.current === null) worker.current = startWorker();
    const current = worker.current;
    if (current === null) {
      const timer = setTimeout(() => {
        try {
          const done = computeDashboard(options);
          fallback.current = done;
          setResults(done.results);
          setState({ phase: 'ready' });
        } catch (error) {
          setState({ phase: 'error', message: String(error) });
        }
      }, 16);
      return () => clearTimeout(timer);
    }
    current.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'deal') {
        pendingDeals.current.get(`${message.run}:${message.dealId}`)?.(message.journey);
        pendingDeals.current.delete(`${message.run}:${message.dealId}`);
        return;
      }
      if (message.run !== runId.current) return;
      if (message.type === 'progress') {
        setState({ phase: 'running', step: message.step, index: message.index });
      } else if (message.type === 'done') {
        busy.current = false;
        setResults(message.results);
        setState({ phase: 'ready' });
      } else {
        busy.current = false;
        setState({ phase: 'error', message: message.message });
      }
    };
    current.onerror = (event) => {
      busy.current = false;
      setState({ phase: 'error', message: event.message || 'the compute worker failed' });
    };
    busy.current = true;
    current.postMessage({ type: 'run', run, options } satisfies ToWorker);
    return undefined;
  }, [options]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const openDeal = useCallback((dealId: string): Promise<OpenedDeal | null> => {
    const current = worker.current;
    if (current === null) {
      const done = fallback.current;
      return Promise.resolve(done === null ? null : openDealIn(done.dataset, done.results, dealId));
    }
    const run = runId.current;
    return new Promise((resolve) => {
      pendingDeals.current.set(`${run}:${dealId}`, resolve);
      current.postMessage({ type: 'deal', run, dealId } satisfies ToWorker);
    });
  }, []);

  return { state, results, openDeal };
}
