import type { FakeRequest, FakeResponse } from '../harness/fake-http-types';
import { pipedriveErrors } from './pipedrive-errors';

/** Page size limits of every list (guide §4.3). */
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;

/** The v2 cursor: base64 JSON `{field, fieldValue, sortDirection, id}` (guide §4.3), opaque to clients. */
interface Cursor {
  readonly field: string;
  readonly fieldValue: unknown;
  readonly sortDirection: 'asc' | 'desc';
  readonly id: number | string;
}

/** `limit` as Pipedrive reads it, or a 400 past 500. */
export function readLimit(request: FakeRequest): number | FakeResponse {
  const raw = request.query.get('limit');
  if (raw === null || raw === '') return DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    return pipedriveErrors.validation(`limit: must be an integer from 1 to ${MAX_LIMIT}`);
  return limit;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''));
}

/**
 * One page of a v2 list, keyset-paged like Pipedrive's cursor: sorted by `sort_by`
 * (`id`, `update_time`, `add_time`) then id, the cursor naming the last row given, so rows
 * changed between pages move as they would in the real API.
 */
export function cursorPage(
  request: FakeRequest,
  rows: readonly Record<string, unknown>[],
  extra: Record<string, unknown> = {},
): FakeResponse {
  const limit = readLimit(request);
  if (typeof limit !== 'number') return limit;
  const field = request.query.get('sort_by') ?? 'id';
  if (!['id', 'update_time', 'add_time', 'due_date'].includes(field))
    return pipedriveErrors.validation(`sort_by: must be one of id, update_time, add_time`);
  const direction = request.query.get('sort_direction') === 'desc' ? -1 : 1;
  const order = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    direction * (compare(a[field], b[field]) || compare(a.id, b.id));
  let sorted = [...rows].sort(order);
  const token = request.query.get('cursor');
  if (token) {
    let cursor: Cursor;
    try {
      cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Cursor;
    } catch {
      return pipedriveErrors.validation('cursor: invalid cursor');
    }
    const after = { [field]: cursor.fieldValue, id: cursor.id };
    sorted = sorted.filter((row) => order(row, after) > 0);
  }
  const data = sorted.slice(0, limit);
  const last = data.at(-1);
  const next =
    sorted.length > limit && last
      ? Buffer.from(
          JSON.stringify({
            field,
            fieldValue: last[field],
            sortDirection: direction === 1 ? 'asc' : 'desc',
            id: last.id as number | string,
          } satisfies Cursor),
        ).toString('base64url')
      : null;
  return {
    status: 200,
    body: { success: true, data, additional_data: { next_cursor: next, ...extra } },
  };
}

/**
 * One page of a v1 list by `start`/`limit`. Leads and fields answer as the current v1 spec
 * types them (pipedrive npm 33 `GetFieldsResponseAllOfAdditionalData`):
 * `additional_data: {start, limit, more_items_in_collection}`; `nested` gives the older
 * `additional_data.pagination` shape with `next_start` (guide §4.3).
 */
export function offsetPage(
  request: FakeRequest,
  rows: readonly unknown[],
  nested = false,
): FakeResponse {
  const limit = readLimit(request);
  if (typeof limit !== 'number') return limit;
  const start = Math.max(0, Number(request.query.get('start') ?? 0) || 0);
  const data = rows.slice(start, start + limit);
  const more = start + limit < rows.length;
  const page = { start, limit, more_items_in_collection: more };
  return {
    status: 200,
    body: {
      success: true,
      data,
      additional_data: nested
        ? { pagination: { ...page, ...(more ? { next_start: start + limit } : {}) } }
        : page,
    },
  };
}
