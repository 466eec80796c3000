/** The opaque `after` cursor of list endpoints: base64 of the last id served (guide §9.2). */
export function encodeAfter(lastId: string): string {
  return Buffer.from(lastId).toString('base64url');
}

/** The last id served, from an `after` cursor; null when absent or unreadable. */
export function decodeAfter(after: string | null): string | null {
  if (!after) return null;
  const id = Buffer.from(after, 'base64url').toString();
  return /^\d+$/.test(id) ? id : null;
}

/** A `limit` query parameter within bounds, or an error message. */
export function readLimit(
  value: string | null,
  defaults: { readonly fallback: number; readonly max: number; readonly min?: number },
): number | string {
  if (value === null || value === '') return defaults.fallback;
  const limit = Number(value);
  const min = defaults.min ?? 1;
  if (!Number.isInteger(limit) || limit < min || limit > defaults.max) {
    return `limit must be an integer from ${min} to ${defaults.max}, got ${value}`;
  }
  return limit;
}

/** Index of the first numeric id greater than `after` in an ascending list (binary search). */
export function indexAfter(ids: readonly string[], after: string | null): number {
  if (after === null) return 0;
  const target = Number(after);
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (Number(ids[middle]) <= target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A `paging.next` block, or nothing on the last page (HubSpot omits `paging`). */
export function nextPaging(
  baseUrl: string,
  path: string,
  after: string | null,
): { paging?: unknown } {
  if (after === null) return {};
  return {
    paging: { next: { after, link: `${baseUrl}${path}?after=${encodeURIComponent(after)}` } },
  };
}
