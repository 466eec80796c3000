import { describe, expect, it } from 'vitest';
import headers from './__fixtures__/built-response-headers-ratelimit.json';
import { pipedriveRateLimitHeaders } from './pipedrive-rate-limit-headers';

const NOW = Date.parse('2026-09-01T00:00:00Z');

describe('pipedriveRateLimitHeaders', () => {
  it('reads the 2 s burst window with its reset and the daily budget as terminal', () => {
    expect(pipedriveRateLimitHeaders(new Headers(headers), NOW)).toEqual([
      { name: 'burst', limit: 20, remaining: 17, windowMs: 2000, resetAt: NOW + 2000 },
      { name: 'daily', limit: 29750, remaining: 29750, windowMs: 86_400_000, terminal: true },
    ]);
  });

  it('reads a spent daily budget, OAuth responses without it, and nothing from other headers', () => {
    const spent = pipedriveRateLimitHeaders(new Headers({ 'x-daily-requests-left': '0' }), NOW);
    expect(spent).toEqual([
      { name: 'daily', limit: 1, remaining: 0, windowMs: 86_400_000, terminal: true },
    ]);
    const oauth = pipedriveRateLimitHeaders(
      new Headers({ 'x-ratelimit-limit': '80', 'x-ratelimit-remaining': '79' }),
      NOW,
    );
    expect(oauth).toEqual([{ name: 'burst', limit: 80, remaining: 79, windowMs: 2000 }]);
    expect(pipedriveRateLimitHeaders(new Headers({ 'x-ratelimit-limit': 'many' }), NOW)).toEqual(
      [],
    );
  });
});
