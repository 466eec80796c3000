import { isCrmError } from '../contract/crm-error';
import { CrmResponseError } from '../contract/crm-transport-errors';
import type { CrmTransport } from '../transport/crm-transport';
import type { SalesforceQueryPage, SalesforceRecord } from './salesforce-values';

/** Ids per `IN (…)` list: 200 ids of 18 characters keep a GET query near 5 kB. */
const IN_CHUNK = 200;

/**
 * The Salesforce REST endpoints the adapter calls: `query`/`queryAll` and their
 * `nextRecordsUrl` pages, on the shared transport. Shapes only; no mapping.
 */
export class SalesforceApi {
  readonly #transport: CrmTransport;
  readonly #version: string;
  readonly #signal: AbortSignal | undefined;

  constructor(transport: CrmTransport, version: string, signal?: AbortSignal) {
    this.#transport = transport;
    this.#version = version;
    this.#signal = signal;
  }

  async #get(path: string, searchParams?: Record<string, string>): Promise<SalesforceQueryPage> {
    const response = await this.#transport.request({
      path,
      ...(searchParams ? { searchParams } : {}),
      ...(this.#signal ? { signal: this.#signal } : {}),
    });
    const data = response.data as SalesforceQueryPage | null;
    if (!data || !Array.isArray(data.records) || typeof data.done !== 'boolean') {
      throw new CrmResponseError({
        crm: 'salesforce',
        endpoint: path,
        status: response.status,
        reason: 'unexpected_shape',
        detail: 'no "records" array or "done" flag',
        redactor: this.#transport.redactor,
      });
    }
    return data;
  }

  /**
   * The first page of a SOQL query (`GET /query?q=`), or of `queryAll` which also returns
   * deleted rows (https://developer.salesforce.com/docs/platform/api-rest/guide/resources-query.md).
   */
  query<R extends SalesforceRecord>(
    soql: string,
    options: { all?: boolean } = {},
  ): Promise<SalesforceQueryPage<R>> {
    const resource = options.all ? 'queryAll' : 'query';
    return this.#get(`/services/data/v${this.#version}/${resource}`, { q: soql }) as Promise<
      SalesforceQueryPage<R>
    >;
  }

  /** The next page: `GET {nextRecordsUrl}` with no parameters (guide §3.2). */
  queryMore<R extends SalesforceRecord>(nextRecordsUrl: string): Promise<SalesforceQueryPage<R>> {
    return this.#get(nextRecordsUrl) as Promise<SalesforceQueryPage<R>>;
  }

  /**
   * Every record of a query, following `nextRecordsUrl` to the end: no `maxFetch`-style
   * cap (jsforce's silent 10,000, guide §7.2); a lost locator restarts it (twice at most).
   * For bounded child queries only.
   */
  async queryAll<R extends SalesforceRecord>(soql: string): Promise<R[]> {
    // A bounded read: when its locator is lost midway, read it again from the start.
    for (let attempt = 0; ; attempt++) {
      const records: R[] = [];
      try {
        let page = await this.query<R>(soql);
        records.push(...page.records);
        while (!page.done && page.nextRecordsUrl) {
          page = await this.queryMore<R>(page.nextRecordsUrl);
          records.push(...page.records);
        }
        return records;
      } catch (error) {
        if (!isLostLocator(error) || attempt >= 2) throw error;
      }
    }
  }

  /** Child rows of many parents: `WHERE <field> IN (…)` in chunks, each read to the end. */
  async queryIn<R extends SalesforceRecord>(
    build: (inList: string) => string,
    ids: readonly string[],
  ): Promise<R[]> {
    const records: R[] = [];
    for (let index = 0; index < ids.length; index += IN_CHUNK) {
      const chunk = ids.slice(index, index + IN_CHUNK);
      records.push(...(await this.queryAll<R>(build(chunk.map((id) => `'${id}'`).join(',')))));
    }
    return records;
  }
}

/**
 * A query locator that Salesforce dropped (more than ten open per user) or expired
 * (`400 INVALID_QUERY_LOCATOR`, guide §3.2): the stream restarts from its last id instead.
 */
export function isLostLocator(error: unknown): boolean {
  return (
    isCrmError(error) && (error as { category?: unknown }).category === 'INVALID_QUERY_LOCATOR'
  );
}
