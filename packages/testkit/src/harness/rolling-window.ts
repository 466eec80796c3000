/**
 * Server-side accounting of a rolling rate-limit window: a request is allowed when fewer
 * than `limit` requests were allowed in the last `windowMs`. Rejected requests do not count.
 */
export class RollingWindow {
  readonly limit: number;
  readonly windowMs: number;
  readonly #times: number[] = [];

  constructor(limit: number, windowMs: number) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  #prune(now: number): void {
    while (this.#times.length > 0 && (this.#times[0] as number) <= now - this.windowMs) {
      this.#times.shift();
    }
  }

  /** Counts a request if the window allows it. */
  tryTake(now: number): boolean {
    this.#prune(now);
    if (this.#times.length >= this.limit) return false;
    this.#times.push(now);
    return true;
  }

  /** Requests left in the window now. */
  remaining(now: number): number {
    this.#prune(now);
    return this.limit - this.#times.length;
  }

  /** When the oldest counted request leaves the window (epoch ms), or now when empty. */
  freesAt(now: number): number {
    this.#prune(now);
    const oldest = this.#times[0];
    return oldest === undefined ? now : oldest + this.windowMs;
  }
}
