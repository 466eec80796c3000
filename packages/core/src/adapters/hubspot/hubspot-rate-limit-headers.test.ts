import { describe, expect, it } from 'vitest';
import observed from './__fixtures__/response-headers-ratelimit.json';
import { hubspotRateLimitHeaders } from './hubspot-rate-limit-headers';

describe('hubspotRateLimitHeaders', () => {
  it('reads the interval, secondly and daily windows of an observed response', () => {
    expect(hubspotRateLimitHeaders(new Headers(observed), 0)).toEqual([
      { name: 'interval', limit: 150, remaining: 149, windowMs: 10_000 },
      { name: 'secondly', limit: 15, remaining: 14, windowMs: 1000 },
      { name: 'daily', limit: 500_000, remaining: 498_677, windowMs: 86_400_000, terminal: true },
    ]);
  });

  it('omits what an OAuth response leaves out, and ignores garbage', () => {
    const headers = new Headers({
      'X-HubSpot-RateLimit-Max': '110',
      'X-HubSpot-RateLimit-Remaining': 'x',
    });
    expect(hubspotRateLimitHeaders(headers, 0)).toEqual([]);
  });
});
