import type { Clock } from '@closedloop/core';

/**
 * A controllable clock shared by a fake server and the adapter under test. `sleep`
 * advances time at once instead of waiting, so rate-limit windows, token expiry and
 * backoff run in compressed time; concurrent sleepers do not add up (time moves to the
 * latest wake-up, not the sum).
 */
export class FakeClock implements Clock {
  #now: number;
  /** Total milliseconds slept through, for asserting that waits happened. */
  sleptMs = 0;

  /** @param start - the initial instant, epoch ms or ISO-8601. */
  constructor(start: number | string = '2026-09-01T00:00:00Z') {
    this.#now = typeof start === 'number' ? start : Date.parse(start);
  }

  /** Current fake time, epoch ms. */
  now(): number {
    return this.#now;
  }

  /** Current fake time as ISO-8601. */
  iso(): string {
    return new Date(this.#now).toISOString();
  }

  /** Moves time forward. */
  advance(ms: number): void {
    if (ms < 0) throw new RangeError(`cannot move a clock back (${ms} ms)`);
    this.#now += ms;
  }

  /** Resolves on the next tick with time moved `ms` past the moment of the call. */
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const wakeAt = this.#now + Math.max(0, ms);
    await new Promise<void>((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    if (wakeAt > this.#now) {
      this.sleptMs += wakeAt - this.#now;
      this.#now = wakeAt;
    }
  }
}
