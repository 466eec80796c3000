import type { Clock } from '../contract/clock';

/** A manual clock for tests: `sleep` advances time at once and records the wait. */
export interface ManualClock extends Clock {
  /** Every wait requested, in order. */
  readonly sleeps: number[];
}

/** A clock starting at `start` (epoch ms) whose sleeps return immediately. */
export function manualClock(start = Date.parse('2026-09-01T00:00:00Z')): ManualClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
    },
  };
}
