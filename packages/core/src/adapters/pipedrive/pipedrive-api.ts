import { CrmResponseError } from '../contract/crm-transport-errors';
import type { CrmTransport } from '../transport/crm-transport';
import type { PipedriveChangelogEntry, PipedriveEnvelope } from './pipedrive-api-types';

type Params = Record<string, string | number | boolean | undefined>;

/** One v2 page: records and the cursor of the next (null at the end). */
export interface CursorPage<T> {
  readonly data: readonly T[];
  readonly nextCursor: string | null;
}

/** One v1 offset page. */
export interface OffsetPage<T> {
  readonly data: readonly T[];
  readonly nextStart: number | null;
}

/** Page size limit of every list, v1 and v2 (guide §4.3). */
export const PIPEDRIVE_MAX_LIMIT = 500;

/** The Pipedrive endpoints the adapter calls, on the shared transport. Shapes only; no mapping. */
export class PipedriveApi {
  readonly #transport: CrmTransport;
  readonly #signal: AbortSignal | undefined;

  constructor(transport: CrmTransport, signal?: AbortSignal) {
    this.#transport = transport;
    this.#signal = signal;
  }

  async #get<T>(path: string, searchParams: Params): Promise<PipedriveEnvelope<T>> {
    const response = await this.#transport.request<PipedriveEnvelope<T>>({
      path,
      searchParams,
      ...(this.#signal ? { signal: this.#signal } : {}),
    });
    const body = response.data as PipedriveEnvelope<unknown> | null;
    if (body?.success !== true || !('data' in body)) {
      throw new CrmResponseError({
        crm: 'pipedrive',
        endpoint: path,
        status: response.status,
        reason: 'unexpected_shape',
        detail: 'no {success:true, data} envelope',
        redactor: this.#transport.redactor,
      });
    }
    return response.data;
  }

  /** A v2 list page (`cursor`/`limit` → `additional_data.next_cursor`). */
  async cursorPage<T>(path: string, params: Params): Promise<CursorPage<T>> {
    const body = await this.#get<T[] | null>(path, params);
    return { data: body.data ?? [], nextCursor: body.additional_data?.next_cursor ?? null };
  }

  /**
   * A v1 list page. The current v1 spec puts `{start, limit, more_items_in_collection}`
   * flat in `additional_data` for leads and fields (pipedrive npm 33,
   * `GetFieldsResponseAllOfAdditionalData`), older endpoints nest it under `pagination` with
   * `next_start` (guide §4.3): both are read, the next start defaulting to start + page size.
   */
  async offsetPage<T>(path: string, params: Params): Promise<OffsetPage<T>> {
    const body = await this.#get<T[] | null>(path, params);
    const extra = (body.additional_data ?? {}) as Record<string, unknown>;
    const pagination = (extra.pagination ?? extra) as {
      more_items_in_collection?: unknown;
      next_start?: unknown;
    };
    const data = body.data ?? [];
    const start = typeof params.start === 'number' ? params.start : 0;
    const next =
      typeof pagination.next_start === 'number' ? pagination.next_start : start + data.length;
    return {
      data,
      nextStart: pagination.more_items_in_collection === true && data.length > 0 ? next : null,
    };
  }

  /** Every page of a v2 list. */
  async allCursor<T>(path: string, params: Params = {}): Promise<T[]> {
    const all: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.cursorPage<T>(path, {
        ...params,
        limit: PIPEDRIVE_MAX_LIMIT,
        cursor,
      });
      all.push(...page.data);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return all;
  }

  /** Every page of a v1 offset list (users, fields, lead labels). */
  async allOffset<T>(path: string, params: Params = {}): Promise<T[]> {
    const all: T[] = [];
    let start: number | null = 0;
    while (start !== null) {
      const page: OffsetPage<T> = await this.offsetPage<T>(path, {
        ...params,
        start,
        limit: PIPEDRIVE_MAX_LIMIT,
      });
      all.push(...page.data);
      start = page.nextStart;
    }
    return all;
  }

  /** A deal's whole changelog (v1, cursor paged). */
  dealChangelog(dealId: number): Promise<PipedriveChangelogEntry[]> {
    return this.allCursor<PipedriveChangelogEntry>(`/api/v1/deals/${dealId}/changelog`);
  }
}
