import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, fullJitterDelay, parseRetryAfter } from './backoff';

describe('fullJitterDelay', () => {
  it('draws between 0 and a cap that doubles up to maxDelayMs', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((retry) => fullJitterDelay(retry, policy, () => 0.999))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(fullJitterDelay(3, policy, () => 0)).toBe(0);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-09-01T00:00:00Z');
  it('reads delay seconds and HTTP-dates', () => {
    expect(parseRetryAfter('10', now)).toBe(10_000);
    expect(parseRetryAfter('0.25', now)).toBe(250);
    expect(parseRetryAfter('Tue, 01 Sep 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 31 Aug 2026 23:00:00 GMT', now)).toBe(0);
  });
  it('returns null when absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
