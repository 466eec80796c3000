import type { RateLimitHeaderParser, RateLimitWindow } from '../transport/rate-limit-window';

const DAY_MS = 86_400_000;
/** Pipedrive's burst window is a rolling two seconds (guide §4.7). */
const BURST_WINDOW_MS = 2000;

function numberHeader(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/**
 * Pipedrive's rate-limit headers as windows: the per-token burst window
 * (`x-ratelimit-limit`/`-remaining` over 2 s, `-reset` in seconds until it frees) and the
 * company's daily budget (`x-daily-requests-left`, sent for api_token requests only; a spent
 * budget lasts until midnight, so it is terminal). Header names: guide §4.7 and
 * https://pipedrive.readme.io/docs/core-api-concepts-rate-limiting.
 * The daily header carries no limit, so the window's limit is what is left (at least 1).
 */
export const pipedriveRateLimitHeaders: RateLimitHeaderParser = (headers, now) => {
  const windows: RateLimitWindow[] = [];
  const limit = numberHeader(headers, 'x-ratelimit-limit');
  const remaining = numberHeader(headers, 'x-ratelimit-remaining');
  if (limit !== null && remaining !== null) {
    const reset = numberHeader(headers, 'x-ratelimit-reset');
    windows.push({
      name: 'burst',
      limit,
      remaining,
      windowMs: BURST_WINDOW_MS,
      ...(reset !== null ? { resetAt: now + reset * 1000 } : {}),
    });
  }
  const dailyLeft = numberHeader(headers, 'x-daily-requests-left');
  if (dailyLeft !== null) {
    windows.push({
      name: 'daily',
      limit: Math.max(dailyLeft, 1),
      remaining: dailyLeft,
      windowMs: DAY_MS,
      terminal: true,
    });
  }
  return windows;
};
