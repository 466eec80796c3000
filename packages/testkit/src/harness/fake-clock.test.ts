import { describe, expect, it } from 'vitest';
import { FakeClock } from './fake-clock';
import { RollingWindow } from './rolling-window';

describe('FakeClock', () => {
  it('advances on sleep without waiting, and concurrent sleeps do not add up', async () => {
    const clock = new FakeClock('2026-09-01T00:00:00Z');
    await clock.sleep(10_000);
    expect(clock.iso()).toBe('2026-09-01T00:00:10.000Z');
    await Promise.all([clock.sleep(1000), clock.sleep(3000), clock.sleep(2000)]);
    expect(clock.iso()).toBe('2026-09-01T00:00:13.000Z');
    expect(clock.sleptMs).toBe(13_000);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it('rejects a sleep whose signal is aborted', async () => {
    await expect(new FakeClock().sleep(5, AbortSignal.abort(new Error('stop')))).rejects.toThrow(
      'stop',
    );
  });
});

describe('RollingWindow', () => {
  it('allows `limit` requests per rolling window and says when a slot frees', () => {
    const window = new RollingWindow(2, 10_000);
    expect([window.tryTake(0), window.tryTake(4000), window.tryTake(5000)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(window.remaining(5000)).toBe(0);
    expect(window.freesAt(5000)).toBe(10_000);
    expect(window.tryTake(10_000)).toBe(true);
    expect(window.remaining(14_000)).toBe(1);
  });
});
