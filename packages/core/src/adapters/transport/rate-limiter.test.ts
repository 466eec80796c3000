import { describe, expect, it } from 'vitest';
import { manualClock } from './manual-clock';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('spaces sends to fit a configured rolling window', async () => {
    const clock = manualClock(0);
    const limiter = new RateLimiter({
      clock,
      windows: [{ name: 'search', limit: 2, windowMs: 1000 }],
    });
    const waits = [];
    for (let index = 0; index < 5; index++) waits.push(await limiter.acquire());
    expect(waits.map((decision) => (decision.ok ? decision.waitedMs : -1))).toEqual([
      0, 0, 1000, 0, 1000,
    ]);
  });

  it('learns a smaller remaining budget from headers (other apps share the account)', async () => {
    const clock = manualClock(0);
    const limiter = new RateLimiter({
      clock,
      windows: [{ name: 'interval', limit: 100, windowMs: 10_000 }],
    });
    await limiter.acquire();
    limiter.observe([{ name: 'interval', limit: 100, remaining: 1, windowMs: 10_000 }]);
    await expect(limiter.acquire()).resolves.toEqual({ ok: true, waitedMs: 0 });
    // 0 left now: wait for our first send to leave the window.
    await expect(limiter.acquire()).resolves.toEqual({ ok: true, waitedMs: 10_000 });
  });

  it('waits for a fixed window to reset and for a pause', async () => {
    const clock = manualClock(0);
    const limiter = new RateLimiter({ clock });
    limiter.observe([{ name: 'burst', limit: 20, remaining: 0, windowMs: 2000, resetAt: 1500 }]);
    await expect(limiter.acquire()).resolves.toEqual({ ok: true, waitedMs: 1500 });
    limiter.pauseUntil(clock.now() + 700);
    await expect(limiter.acquire()).resolves.toEqual({ ok: true, waitedMs: 700 });
  });

  it('reports a spent terminal budget instead of waiting', async () => {
    const limiter = new RateLimiter({ clock: manualClock(0) });
    limiter.observe([
      { name: 'daily', limit: 10, remaining: 0, windowMs: 86_400_000, terminal: true },
    ]);
    await expect(limiter.acquire()).resolves.toMatchObject({
      ok: false,
      window: { name: 'daily', terminal: true },
    });
  });
});
