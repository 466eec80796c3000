import type { RateLimitHeaderParser, RateLimitWindow } from '../transport/rate-limit-window';

const DAY_MS = 86_400_000;

/**
 * Salesforce's `Sforce-Limit-Info` header as windows: `api-usage=N/M` is the org's rolling
 * 24-hour API allocation (terminal: waiting does not refill it within a sync), and the
 * `api-bursts=a/b` part that release 264 previews add is read as a one-second burst window.
 * Parts are `;`- or `,`-separated and unknown parts are ignored, so a new component does not
 * break the parser (guide §3.6;
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_api_usage.htm).
 */
export const salesforceRateLimitHeaders: RateLimitHeaderParser = (headers) => {
  const value = headers.get('sforce-limit-info');
  if (value === null) return [];
  const windows: RateLimitWindow[] = [];
  for (const part of value.split(/[;,]/)) {
    const match = /^\s*([a-z-]+)\s*=\s*(\d+)\s*\/\s*(\d+)\s*$/i.exec(part);
    if (!match) continue;
    const [, name = '', used = '0', max = '0'] = match;
    const limit = Number(max);
    const remaining = Math.max(0, limit - Number(used));
    const key = name.toLowerCase();
    if (key === 'api-usage')
      windows.push({ name: 'api-usage', limit, remaining, windowMs: DAY_MS, terminal: true });
    else if (key === 'api-bursts')
      windows.push({ name: 'api-bursts', limit, remaining, windowMs: 1000 });
  }
  return windows;
};
