/** Data-shape quirks a test can switch on (guide §9.5 item 7). */
export interface PipedriveQuirks {
  /** Every record gains fields the adapter has never heard of. */
  unknownFields?: boolean;
  /** Fields that usually hold values come back null. */
  nullValues?: boolean;
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
