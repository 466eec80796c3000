import { CrmResponseError } from '../contract/crm-transport-errors';
import type { CrmTransport } from '../transport/crm-transport';
import type {
  HubSpotAssociationResult,
  HubSpotCampaign,
  HubSpotEmailEventPage,
  HubSpotForm,
  HubSpotObject,
  HubSpotOwner,
  HubSpotPage,
  HubSpotPipeline,
  HubSpotSubmission,
} from './hubspot-api-types';
import type { HubSpotObjectType, HubSpotPaths } from './hubspot-paths';
import { type AssociationLink, linksOf } from './read-associations';

/** Bounds of one search page (see `HubSpotApi.searchPage`). */
export interface SearchWindow {
  /** Only ids greater than this. */
  readonly afterId: string | null;
  /** Only ids up to this (re-reading a page that was half emitted). */
  readonly throughId: string | null;
  /** Modified at or after (ISO), or null for a full pass. */
  readonly since: string | null;
  /** Modified at or before (ISO): the pass's upper bound. */
  readonly until: string;
  readonly properties: readonly string[];
  readonly limit: number;
}

/**
 * HubSpot rejects a search request body longer than 3,000 characters with a 400 (search
 * guide, "Limitations": https://developers.hubspot.com/docs/api-reference/2026-03/crm/search-the-crm).
 */
export const SEARCH_BODY_LIMIT = 3000;

/** Contacts carry `lastmodifieddate`, other objects `hs_lastmodifieddate` (supaglue PR #478, guide §2.4). */
const MODIFIED: Readonly<Record<HubSpotObjectType, string>> = {
  contacts: 'lastmodifieddate',
  companies: 'hs_lastmodifieddate',
  deals: 'hs_lastmodifieddate',
};

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size)
    result.push(items.slice(index, index + size));
  return result;
}

/** The HubSpot endpoints the adapter calls, on the shared transport. Shapes only; no mapping. */
export class HubSpotApi {
  readonly #transport: CrmTransport;
  readonly #paths: HubSpotPaths;
  readonly #signal: AbortSignal | undefined;

  constructor(transport: CrmTransport, paths: HubSpotPaths, signal?: AbortSignal) {
    this.#transport = transport;
    this.#paths = paths;
    this.#signal = signal;
  }

  async #get<T>(
    path: string,
    searchParams: Record<string, string | number | boolean | undefined>,
  ): Promise<T> {
    const response = await this.#transport.request<T>({
      path,
      searchParams,
      ...this.#signalOption(),
    });
    return response.data;
  }

  async #read<T>(path: string, json: unknown, group?: string): Promise<T> {
    // Search and batch reads are POSTs that change nothing: safe to retry.
    const response = await this.#transport.request<T>({
      method: 'POST',
      path,
      json,
      idempotent: true,
      ...(group ? { group } : {}),
      ...this.#signalOption(),
    });
    return response.data;
  }

  /** The transport's redactor, for errors raised outside a request. */
  get redactor() {
    return this.#transport.redactor;
  }

  #signalOption(): { signal?: AbortSignal } {
    return this.#signal ? { signal: this.#signal } : {};
  }

  /** Fails clearly when a 2xx body is not the documented list shape. */
  #page<T>(data: unknown, path: string, key = 'results'): T {
    const list = (data as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(list)) {
      throw new CrmResponseError({
        crm: 'hubspot',
        endpoint: path,
        status: 200,
        reason: 'unexpected_shape',
        detail: `no "${key}" array`,
        redactor: this.#transport.redactor,
      });
    }
    return data as T;
  }

  /**
   * One page of records in id order inside a modification window: a fresh search per page
   * (`hs_object_id GT <last id>`, sorted by `hs_object_id`), so paging never reaches the
   * 10,000-result cap and every page can be resumed from an id (airbytehq/airbyte#44899).
   */
  async searchPage(type: HubSpotObjectType, window: SearchWindow): Promise<unknown[]> {
    const modified = MODIFIED[type];
    const filters = [
      ...(window.afterId
        ? [{ propertyName: 'hs_object_id', operator: 'GT', value: window.afterId }]
        : []),
      ...(window.throughId
        ? [{ propertyName: 'hs_object_id', operator: 'LTE', value: window.throughId }]
        : []),
      ...(window.since
        ? [{ propertyName: modified, operator: 'GTE', value: String(Date.parse(window.since)) }]
        : []),
      { propertyName: modified, operator: 'LTE', value: String(Date.parse(window.until)) },
    ];
    const path = `${this.#paths.objects(type)}/search`;
    const body = {
      filterGroups: [{ filters }],
      sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
      properties: window.properties,
      limit: window.limit,
    };
    if (JSON.stringify(body).length <= SEARCH_BODY_LIMIT) {
      // Results unchecked: `checkObjects` turns malformed ones into rejections.
      return [
        ...this.#page<HubSpotPage<unknown>>(await this.#read(path, body, 'search'), path).results,
      ];
    }
    // Too many properties for one search body (each mapped stage adds date-entered
    // properties): search for the ids alone, then batch-read the properties (a POST body
    // without that limit, ≤100 ids each). A record archived in between is missing from the
    // batch read and left out here: the next incremental pass reports it deleted.
    const idsOnly = { ...body, properties: ['hs_object_id'] };
    const found = this.#page<HubSpotPage<unknown>>(
      await this.#read(path, idsOnly, 'search'),
      path,
    ).results;
    const idOf = (result: unknown) => {
      const id = (result as { id?: unknown } | null)?.id;
      return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
    };
    const ids = found.flatMap((result) => idOf(result) ?? []);
    const read = await this.batchRead(type, ids, { properties: window.properties, chunkSize: 100 });
    const byId = new Map(read.map((object) => [idOf(object), object]));
    return found.flatMap((result) => {
      const id = idOf(result);
      if (id === null) return [result];
      const object = byId.get(id);
      return object ? [object] : [];
    });
  }

  /** Records by id (or another unique property), in chunks of `chunkSize` read in parallel. */
  async batchRead(
    type: HubSpotObjectType,
    ids: readonly string[],
    options: {
      properties?: readonly string[];
      propertiesWithHistory?: readonly string[];
      idProperty?: string;
      chunkSize: number;
    },
  ): Promise<HubSpotObject[]> {
    const path = `${this.#paths.objects(type)}/batch/read`;
    const pages = await Promise.all(
      chunks(ids, options.chunkSize).map(async (chunk) => {
        const body = {
          inputs: chunk.map((id) => ({ id })),
          properties: options.properties ?? [],
          propertiesWithHistory: options.propertiesWithHistory ?? [],
          ...(options.idProperty ? { idProperty: options.idProperty } : {}),
        };
        // A 207 lists missing ids in `errors`: they were deleted in between, nothing to read.
        return this.#page<HubSpotPage<HubSpotObject>>(await this.#read(path, body), path).results;
      }),
    );
    return pages.flat();
  }

  /**
   * Associations v4 of many records (≤1,000 ids per request), following per-record paging.
   * Ids of results without a readable `to` list are pushed onto `missing`.
   */
  async associations(
    from: HubSpotObjectType,
    to: HubSpotObjectType,
    ids: readonly string[],
    missing: string[] = [],
  ): Promise<Map<string, AssociationLink[]>> {
    const path = this.#paths.associationsBatchRead(from, to);
    const all = new Map<string, AssociationLink[]>();
    let inputs: { id: string; after?: string }[] = ids.map((id) => ({ id }));
    while (inputs.length > 0) {
      const pages = await Promise.all(
        chunks(inputs, 1000).map(
          async (chunk) =>
            this.#page<{ results: HubSpotAssociationResult[] }>(
              await this.#read(path, { inputs: chunk }),
              path,
            ).results,
        ),
      );
      const results = pages.flat();
      for (const [id, links] of linksOf(results, missing))
        all.set(id, [...(all.get(id) ?? []), ...links]);
      inputs = results.flatMap((result) =>
        result?.from?.id && result.paging?.next?.after
          ? [{ id: String(result.from.id), after: result.paging.next.after }]
          : [],
      );
    }
    return all;
  }

  /** Every page of a cursor list. */
  async #all<T>(
    path: string,
    params: Record<string, string | number | boolean | undefined>,
  ): Promise<T[]> {
    const items: T[] = [];
    let after: string | undefined;
    do {
      const page = this.#page<HubSpotPage<T>>(await this.#get(path, { ...params, after }), path);
      items.push(...page.results);
      after = page.paging?.next?.after;
    } while (after);
    return items;
  }

  /** Active and archived owners (records still reference archived ones). Limit 500 per page. */
  async owners(): Promise<HubSpotOwner[]> {
    const path = this.#paths.owners();
    const [active, archived] = await Promise.all([
      this.#all<HubSpotOwner>(path, { limit: 500 }),
      this.#all<HubSpotOwner>(path, { limit: 500, archived: true }),
    ]);
    return [...active, ...archived.map((owner) => ({ ...owner, archived: true }))];
  }

  /** Deal pipelines with their stages. */
  async pipelines(): Promise<HubSpotPipeline[]> {
    const path = this.#paths.pipelines('deals');
    return [...this.#page<HubSpotPage<HubSpotPipeline>>(await this.#get(path, {}), path).results];
  }

  /** Every campaign with the given properties. */
  campaigns(properties: readonly string[]): Promise<HubSpotCampaign[]> {
    return this.#all(this.#paths.campaigns(), { limit: 100, properties: properties.join(',') });
  }

  /** Every form. */
  forms(): Promise<HubSpotForm[]> {
    return this.#all(this.#paths.forms(), { limit: 50 });
  }

  /** A page of a form's submissions, newest first. */
  async submissions(
    formId: string,
    after: string | undefined,
  ): Promise<HubSpotPage<HubSpotSubmission>> {
    const path = this.#paths.formSubmissions(formId);
    return this.#page(await this.#get(path, { limit: 50, after }), path);
  }

  /** A page of marketing email events between two instants (inclusive, epoch ms), newest first. */
  async emailEvents(window: {
    start: number | null;
    end: number;
    offset?: string;
    limit: number;
  }): Promise<HubSpotEmailEventPage> {
    const path = this.#paths.emailEvents();
    const params = {
      startTimestamp: window.start ?? undefined,
      endTimestamp: window.end,
      limit: window.limit,
      offset: window.offset,
    };
    return this.#page(await this.#get(path, params), path, 'events');
  }

  /** A page of archived (deleted) records, in id order. */
  async archived(
    type: HubSpotObjectType,
    after: string | undefined,
  ): Promise<HubSpotPage<HubSpotObject>> {
    const path = this.#paths.objects(type);
    return this.#page(
      await this.#get(path, { limit: 100, archived: true, after, properties: 'hs_object_id' }),
      path,
    );
  }
}
