/** Data-shape quirks a test can switch on (guide §9.5 item 7). */
export interface PipedriveQuirks {
  /** Every record gains fields the adapter has never heard of. */
  unknownFields?: boolean;
  /** Fields that usually hold values come back null. */
  nullValues?: boolean;
  /** The person with the greatest id on a v2 page comes without `add_time`. */
  missingField?: boolean;
  /** The last person of every v2 page comes without `id`. */
  missingId?: boolean;
  /** The first deal of every v2 page comes with `person_id` and `org_id` null. */
  emptyRelations?: boolean;
}

/** Odd data on a v2 list page (issue 16), in Pipedrive's terms; `path` names the list. */
export function applyPageQuirks(
  path: string,
  rows: readonly unknown[],
  quirks: PipedriveQuirks,
): unknown[] {
  const page = rows.map((row) =>
    typeof row === 'object' && row !== null ? { ...(row as Record<string, unknown>) } : row,
  ) as Record<string, unknown>[];
  if (/\/api\/v2\/persons$/.test(path) && page.length > 0) {
    if (quirks.missingField) {
      const last = page.reduce((max, row) => (Number(row.id) > Number(max.id) ? row : max));
      delete last.add_time;
    }
    if (quirks.missingId) delete (page.at(-1) as Record<string, unknown>).id;
  }
  if (quirks.emptyRelations && /\/api\/v2\/deals$/.test(path) && page[0]) {
    page[0].person_id = null;
    page[0].org_id = null;
  }
  return page;
}

const NULLABLE = [
  'label_ids',
  'custom_fields',
  'job_title',
  'channel',
  'channel_id',
  'lost_reason',
  'expected_close_date',
  'participants',
  'emails',
  'value',
];

/** A record as the quirks make it. */
export function applyQuirks(row: unknown, quirks: PipedriveQuirks): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  let result = row as Record<string, unknown>;
  if (quirks.unknownFields)
    result = {
      ...result,
      smart_insights_2027: { score: 0.7, tags: ['new'] },
      is_shared_with_ai: false,
    };
  if (quirks.nullValues)
    result = Object.fromEntries(
      Object.entries(result).map(([key, value]) => [key, NULLABLE.includes(key) ? null : value]),
    );
  return result;
}
