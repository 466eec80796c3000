import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter } from './concurrency-limiter';

describe('ConcurrencyLimiter', () => {
  it('hands slots to waiters in order and releases each slot once', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const first = await limiter.acquire();
    const order: number[] = [];
    const second = limiter.acquire().then((release) => {
      order.push(2);
      return release;
    });
    const third = limiter.acquire().then((release) => {
      order.push(3);
      release();
    });
    first();
    first();
    (await second)();
    await third;
    expect(order).toEqual([2, 3]);
  });

  it('drops an aborted waiter and rejects bad sizes', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const release = await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    release();
    await expect(limiter.acquire()).resolves.toBeTypeOf('function');
    expect(() => new ConcurrencyLimiter(0)).toThrow(RangeError);
  });
});
