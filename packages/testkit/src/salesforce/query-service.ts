import { randomBytes } from 'node:crypto';
import type { FakeResponse } from '../harness/fake-http-types';
import { salesforceErrors } from './salesforce-errors';
import { HAS_IS_DELETED, SALESFORCE_FIELDS } from './salesforce-schema';
import type { SalesforceQuirks, SalesforceStore } from './salesforce-store';
import { matches, type SalesforceRow, sortRows } from './soql-eval';
import { parseSoql, type SoqlQuery, SoqlSyntaxError } from './soql-parser';

/** How the fake pages query results. */
export interface SalesforceQueryOptions {
  /**
   * Largest batch the fake returns whatever `Sforce-Query-Options` asks: Salesforce shrinks
   * batches of "complex" records (e.g. to 250; guide §3.2), and a tiny value pages a tiny dataset.
   */
  readonly maxBatchSize?: number;
  /** Open locators per user before the oldest is dropped (guide §3.2: about ten). */
  readonly maxLocators?: number;
  /** Idle time after which a locator expires, fake ms (default 15 min). */
  readonly locatorTtlMs?: number;
}

interface Locator {
  readonly id: string;
  readonly rows: readonly SalesforceRow[];
  readonly fields: readonly string[];
  readonly object: string;
  readonly batch: number;
  offset: number;
  served: number;
  usedAt: number;
}

/** `Sforce-Query-Options: batchSize=N`: 200–2000, default 2000 (guide §3.2). */
function batchSizeOf(header: string | string[] | undefined): number {
  const value = /batchSize\s*=\s*(\d+)/i.exec(String(header ?? ''))?.[1];
  const asked = value ? Number(value) : 2000;
  return Math.min(2000, Math.max(200, asked));
}

/** SOQL over the store, with `nextRecordsUrl` locators that expire and are evicted. */
export class QueryService {
  readonly #store: SalesforceStore;
  readonly #options: SalesforceQueryOptions;
  readonly #locators = new Map<string, Locator>();
  /** Rows of unknown-field quirks, added at presentation. */
  quirks: SalesforceQuirks = {};

  constructor(store: SalesforceStore, options: SalesforceQueryOptions) {
    this.#store = store;
    this.#options = options;
  }

  /** `GET /query` or `/queryAll`: the first batch and a locator for the rest. */
  query(
    version: string,
    soql: string,
    context: {
      all: boolean;
      now: number;
      batchHeader: string | string[] | undefined;
    },
  ): FakeResponse {
    let query: SoqlQuery;
    try {
      query = parseSoql(soql);
    } catch (error) {
      if (error instanceof SoqlSyntaxError)
        return salesforceErrors.malformedQuery(
          `\n${soql}\n^\nERROR at Row:1:Column:1\n${error.message}`,
        );
      throw error;
    }
    const known = SALESFORCE_FIELDS[query.object];
    if (!known) return salesforceErrors.invalidType(query.object);
    const fields = [
      ...known,
      ...(query.object === 'Lead' || query.object === 'Contact'
        ? [this.#store.lifecycleField]
        : []),
    ];
    const referenced = [
      ...query.fields,
      ...query.orderBy.map((order) => order.field),
      ...conditionFields(query),
    ];
    const unknown = referenced.find(
      (field) => !fields.some((name) => name.toLowerCase() === field.toLowerCase()),
    );
    if (unknown) return salesforceErrors.invalidField(unknown, query.object);
    const table = this.#store.tables.get(query.object) ?? new Map<string, SalesforceRow>();
    const visible = [...table.values()].filter(
      (row) =>
        (context.all || !HAS_IS_DELETED.has(query.object) || row.IsDeleted !== true) &&
        matches(row, query.where),
    );
    let rows = sortRows(visible, query);
    if (query.offset) rows = rows.slice(query.offset);
    if (query.limit !== null) rows = rows.slice(0, query.limit);
    const batch = Math.min(batchSizeOf(context.batchHeader), this.#options.maxBatchSize ?? 2000);
    const locator: Locator = {
      id: `01g5g00000${randomBytes(4).toString('hex').toUpperCase()}`,
      rows,
      fields: query.fields,
      object: query.object,
      batch,
      offset: 0,
      served: 0,
      usedAt: context.now,
    };
    return this.#page(version, locator);
  }

  /**
   * `GET /query/{locator}-{offset}`: the batch at that offset, or 400 `INVALID_QUERY_LOCATOR`
   * for an evicted or expired locator. Locators belong to the user, not the session (a
   * refreshed session keeps paging), and a live locator serves any offset again: the URL
   * names it (`…-2000`), so a retried `GET` whose answer was lost gets the same batch.
   */
  more(version: string, locatorId: string, offset: number, now: number): FakeResponse {
    const locator = this.#locators.get(locatorId);
    const ttl = this.#options.locatorTtlMs ?? 15 * 60_000;
    if (!locator || offset > locator.rows.length || now - locator.usedAt > ttl) {
      this.#locators.delete(locatorId);
      return salesforceErrors.invalidLocator();
    }
    locator.usedAt = now;
    locator.offset = offset;
    return this.#page(version, locator);
  }

  #page(version: string, locator: Locator): FakeResponse {
    const slice = locator.rows.slice(locator.offset, locator.offset + locator.batch);
    const next = locator.offset + slice.length;
    const done = next >= locator.rows.length;
    locator.served = Math.max(locator.served, next);
    // Most recently used last: eviction drops from the front.
    this.#locators.delete(locator.id);
    this.#locators.set(locator.id, locator);
    const all = [...this.#locators.values()];
    const open = all.filter((candidate) => candidate.served < candidate.rows.length);
    // About ten open cursors per user: the oldest is dropped (guide §3.2).
    const max = this.#options.maxLocators ?? 10;
    for (const stale of open.slice(0, Math.max(0, open.length - max)))
      this.#locators.delete(stale.id);
    // Finished ones are kept a little while, for a retried last page.
    const finished = all.filter((candidate) => candidate.served >= candidate.rows.length);
    for (const stale of finished.slice(0, Math.max(0, finished.length - 20)))
      this.#locators.delete(stale.id);
    return {
      status: 200,
      body: {
        totalSize: locator.rows.length,
        done,
        ...(done
          ? {}
          : { nextRecordsUrl: `/services/data/v${version}/query/${locator.id}-${next}` }),
        records: this.#odd(
          locator,
          slice.map((row) => this.#present(version, locator, row)),
        ),
        ...(this.quirks.unknownFields ? { queryPlanHints: [] } : {}),
      },
    };
  }

  /** Odd data on request (issue 16), in Salesforce's terms. */
  #odd(locator: Locator, records: Record<string, unknown>[]): Record<string, unknown>[] {
    const person = locator.object === 'Contact' || locator.object === 'Lead';
    if (this.quirks.missingField && person) {
      const last = locator.rows
        .map((row) => String(row.Id))
        .sort()
        .at(-1);
      for (const record of records) if (record.Id === last) delete record.CreatedDate;
    }
    if (this.quirks.missingId && locator.object === 'Contact' && records.length > 0)
      delete (records.at(-1) as Record<string, unknown>).Id;
    if (this.quirks.emptyRelations && locator.object === 'OpportunityContactRole' && records[0])
      records[0].ContactId = null;
    return records;
  }

  #present(version: string, locator: Locator, row: SalesforceRow): Record<string, unknown> {
    const record: Record<string, unknown> = {
      attributes: {
        type: locator.object,
        url: `/services/data/v${version}/sobjects/${locator.object}/${String(row.Id)}`,
      },
    };
    for (const field of locator.fields) {
      const name =
        Object.keys(row).find((key) => key.toLowerCase() === field.toLowerCase()) ?? field;
      record[field] = row[name] ?? null;
    }
    if (this.quirks.nullValues)
      for (const field of NULLED) if (field in record) record[field] = null;
    if (this.quirks.unknownFields) record.Einstein_Score__c = 87;
    return record;
  }
}

/** Fields the `nullValues` quirk empties where present. */
const NULLED = [
  'FirstName',
  'Title',
  'Website',
  'Industry',
  'Amount',
  'LeadSource',
  'CloseDate',
  'Email',
  'Department',
];

function conditionFields(query: SoqlQuery): string[] {
  const fields: string[] = [];
  const visit = (condition: SoqlQuery['where']) => {
    if (!condition) return;
    if (condition.kind === 'not') visit(condition.part);
    else if (condition.kind === 'compare' || condition.kind === 'in') fields.push(condition.field);
    else for (const part of condition.parts) visit(part);
  };
  visit(query.where);
  return fields;
}
