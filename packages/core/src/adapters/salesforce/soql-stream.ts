import type { EntityName } from '../../model/dataset';
import { recordIssue } from '../../model/rejection';
import type { JsonValue } from '../contract/crm-adapter-v1';
import type { StreamPart } from '../contract/run-streams';
import { type CrmFinding, type CrmRejection, crmFindings } from '../contract/sync-findings';
import { isLostLocator } from './salesforce-api';
import { salesforceId } from './salesforce-mapping-context';
import type { SalesforceStream, SalesforceSyncContext } from './salesforce-sync-context';
import { type SalesforceQueryPage, type SalesforceRecord, soqlDateTime } from './salesforce-values';

/** The records (or deletions) a page yields, one group per entity, in emission order. */
export type PageGroups = {
  readonly entity: EntityName;
  readonly records: readonly unknown[];
  readonly deleted?: readonly string[];
  readonly findings?: readonly CrmFinding[];
}[];

/** How one object is queried and mapped, page by page. */
export interface SoqlStreamSpec {
  readonly object: string;
  /** The entity of the final empty batch. */
  readonly entity: EntityName;
  fields(context: SalesforceSyncContext): readonly string[];
  /** Extra conditions (e.g. `Type = 'Queue'`). */
  readonly where?: readonly string[];
  /** Read through `queryAll` for `IsDeleted = true` rows only (a deletion stream). */
  readonly deleted?: boolean;
  /** Whether the object has `SystemModstamp` to window on; default true. */
  readonly windowed?: boolean;
  /**
   * Fields every row of the object carries (`CreatedDate`); a row without one is kept and
   * reported as `value_missing`.
   */
  readonly documented?: readonly string[];
  map(context: SalesforceSyncContext, records: readonly SalesforceRecord[]): Promise<PageGroups>;
}

/**
 * Where a stream stands: every id up to `after` is emitted; when a page was cut short by a
 * crash, `through` is its last id and `emitted` how many of its groups were handed out.
 * Never a `nextRecordsUrl`: locators expire and are capped at ten per user (guide §3.2).
 */
interface SoqlPosition {
  readonly after: string | null;
  readonly through: string | null;
  readonly emitted: number;
}

function readPosition(position: JsonValue | undefined): SoqlPosition {
  const value = (position ?? {}) as { after?: unknown; through?: unknown; emitted?: unknown };
  return {
    after: typeof value.after === 'string' ? value.after : null,
    through: typeof value.through === 'string' ? value.through : null,
    emitted: typeof value.emitted === 'number' ? value.emitted : 0,
  };
}

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/**
 * Splits a page's rows: rows without a Salesforce `Id` become rejections (they cannot be
 * named, referenced or paged past), rows without a documented field are kept with a
 * `value_missing` finding. Returns the greatest id on the page for id paging.
 */
export function checkRows(
  spec: Pick<SoqlStreamSpec, 'object' | 'entity' | 'documented'>,
  rows: readonly SalesforceRecord[],
): {
  rows: SalesforceRecord[];
  rejected: CrmRejection[];
  findings: CrmFinding[];
  lastId: string | null;
} {
  const kept: SalesforceRecord[] = [];
  const rejected: CrmRejection[] = [];
  const findings = crmFindings();
  let lastId: string | null = null;
  rows.forEach((row, index) => {
    const id: unknown = (row as { Id?: unknown } | null)?.Id;
    if (typeof id !== 'string' || !SALESFORCE_ID.test(id)) {
      rejected.push({
        entity: spec.entity,
        id: null,
        origin: `salesforce ${spec.object} (no Id)`,
        issues: [recordIssue('schema', ['Id'], `Salesforce ${spec.object} row ${index} has no Id`)],
        record: row,
      });
      return;
    }
    if (lastId === null || id > lastId) lastId = id;
    if ((spec.documented ?? []).some((field) => !(field in row)))
      findings.add('value_missing', salesforceId(spec.object, id));
    kept.push(row);
  });
  return { rows: kept, rejected, findings: findings.list(), lastId };
}

/**
 * The SOQL of a stream: its window on `SystemModstamp` (guide §3.3: it also moves on system
 * updates), past `after`, up to `through`, in `Id` order so any page can resume from an id.
 */
export function streamSoql(
  spec: SoqlStreamSpec,
  context: SalesforceSyncContext,
  after: string | null,
  through: string | null,
): string {
  const conditions = [...(spec.where ?? [])];
  if (spec.deleted) conditions.push('IsDeleted = true');
  if (spec.windowed !== false) {
    if (context.since !== null) conditions.push(`SystemModstamp > ${soqlDateTime(context.since)}`);
    conditions.push(`SystemModstamp <= ${soqlDateTime(context.until, true)}`);
  }
  if (after !== null) conditions.push(`Id > '${after}'`);
  if (through !== null) conditions.push(`Id <= '${through}'`);
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  return `SELECT ${spec.fields(context).join(', ')} FROM ${spec.object}${where} ORDER BY Id`;
}

/**
 * A stream over one object: a SOQL query in the pass window followed through its
 * `nextRecordsUrl` pages (so no 2,000-row or 10,000-row ceiling), each page mapped into
 * groups and handed out with an id position. A lost locator restarts the query after the last
 * id; a resumed cut page is re-read bounded by its last id and its handed-out groups skipped.
 */
export function soqlStream(spec: SoqlStreamSpec): SalesforceStream {
  return async function* (context, position) {
    let { after, through, emitted } = readPosition(position);
    const query = (bound: string | null) =>
      context.api.query(streamSoql(spec, context, after, bound), { all: spec.deleted === true });
    async function* emit(
      page: readonly SalesforceRecord[],
      cutEnd: string | null,
    ): AsyncGenerator<StreamPart> {
      if (page.length === 0) return;
      const { rows: records, rejected, findings, lastId } = checkRows(spec, page);
      const pageEnd = cutEnd ?? lastId ?? after;
      const groups =
        records.length > 0
          ? await spec.map(context, records)
          : [{ entity: spec.entity, records: [] as unknown[] }];
      for (const [index, group] of groups.entries()) {
        if (index < emitted) continue;
        const final = index === groups.length - 1;
        yield {
          entity: group.entity,
          records: group.records,
          ...(index === 0 && rejected.length > 0 ? { rejected } : {}),
          ...(index === 0 || group.findings
            ? {
                findings: [...(index === 0 ? findings : []), ...(group.findings ?? [])],
              }
            : {}),
          ...(group.deleted ? { deleted: group.deleted } : {}),
          // A page of rows without ids leaves `after` as it was: SOQL pages by locator, not id.
          position:
            final || pageEnd === null
              ? { after: pageEnd }
              : { after, through: pageEnd, emitted: index + 1 },
          done: false,
        };
      }
      after = pageEnd;
      emitted = 0;
    }
    if (through !== null) {
      // The cut page, whole: it held at most one batch, so it comes back as one.
      const records: SalesforceRecord[] = [];
      let page = await query(through);
      records.push(...page.records);
      while (!page.done && page.nextRecordsUrl) {
        page = await context.api.queryMore(page.nextRecordsUrl);
        records.push(...page.records);
      }
      yield* emit(records, through);
      through = null;
    }
    let page: SalesforceQueryPage = await query(null);
    for (;;) {
      yield* emit(page.records, null);
      if (page.done || !page.nextRecordsUrl) break;
      try {
        page = await context.api.queryMore(page.nextRecordsUrl);
      } catch (error) {
        if (!isLostLocator(error)) throw error;
        page = await query(null);
      }
    }
    yield { entity: spec.entity, records: [], position: { after }, done: true };
  };
}
