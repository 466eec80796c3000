import type { RateLimitHeaderParser, RateLimitWindow } from '../transport/rate-limit-window';

const DAY_MS = 86_400_000;

function numberHeader(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * HubSpot's `X-HubSpot-RateLimit-*` headers as windows: the rolling interval
 * (`-Max`/`-Remaining` over `-Interval-Milliseconds`, 10 s), the secondly limit
 * (`-Secondly`/`-Secondly-Remaining`) and the daily budget (`-Daily`/`-Daily-Remaining`,
 * terminal; OAuth calls omit it). Header names and example values: guide §2.10 and
 * https://developers.hubspot.com/docs/api/usage-details (fixture `response-headers-ratelimit.json`).
 */
export const hubspotRateLimitHeaders: RateLimitHeaderParser = (headers) => {
  const windows: RateLimitWindow[] = [];
  const max = numberHeader(headers, 'x-hubspot-ratelimit-max');
  const remaining = numberHeader(headers, 'x-hubspot-ratelimit-remaining');
  if (max !== null && remaining !== null) {
    const windowMs = numberHeader(headers, 'x-hubspot-ratelimit-interval-milliseconds') ?? 10_000;
    windows.push({ name: 'interval', limit: max, remaining, windowMs });
  }
  const secondly = numberHeader(headers, 'x-hubspot-ratelimit-secondly');
  const secondlyRemaining = numberHeader(headers, 'x-hubspot-ratelimit-secondly-remaining');
  if (secondly !== null && secondlyRemaining !== null) {
    windows.push({
      name: 'secondly',
      limit: secondly,
      remaining: secondlyRemaining,
      windowMs: 1000,
    });
  }
  const daily = numberHeader(headers, 'x-hubspot-ratelimit-daily');
  const dailyRemaining = numberHeader(headers, 'x-hubspot-ratelimit-daily-remaining');
  if (daily !== null && dailyRemaining !== null) {
    windows.push({
      name: 'daily',
      limit: daily,
      remaining: dailyRemaining,
      windowMs: DAY_MS,
      terminal: true,
    });
  }
  return windows;
};
