import { SAMPLE_EXCHANGE_RATES } from '@closedloop/core/sample';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { attribute } from '../packages/core/src/attribution/index';
import { NON_INTERACTION_TYPES } from '../packages/core/src/attribution/presets';
import type { Dataset } from '../packages/core/src/model/dataset';
import { loadSample, sampleOptions } from './attribution.task';
import { defineTask, repeated } from './lib/task';

/**
 * Linear and U-shaped credit per channel in SQL over a `journeys` relation (deal_id, pos, n,
 * channel, amount). U-shaped is the position rule (first 40, last 40, middle 20 shared; one
 * touch 100; two touches 50/50), our `position-based` (Adobe, Amplitude and Mixpanel call it
 * U-shaped).
 */
export const CREDIT = {
  linear: 'amount / n',
  'u-shaped': `amount * CASE WHEN n = 1 THEN 1.0 WHEN n = 2 THEN 0.5
    WHEN pos = 1 OR pos = n THEN 0.4 ELSE 0.2 / (n - 2) END`,
} as const;

export const byChannel = (credit: string, journeys: string) => `
  SELECT channel, SUM(${credit}) AS credit, COUNT(*) AS touches
  FROM (${journeys}) GROUP BY channel ORDER BY channel`;

// Journeys handed over ready-made: our journey touches appended row by row.
const GIVEN = 'SELECT *, COUNT(*) OVER (PARTITION BY deal_id) AS n FROM touches';

// Journeys built by SQL from the raw tables with our default rules for this data: won deals at
// `closedAt`, their contacts' touches at or before it, deleted and non-interaction types left
// out, ordered by (time, id). (The sample has no duplicate touches and no touch shared by two
// contacts, so these journeys are ours exactly: the printed sums and touch counts agree.)
export const BUILT = `
  SELECT d.deal_id, d.amount, t.channel,
    ROW_NUMBER() OVER (PARTITION BY d.deal_id ORDER BY t.occurred_at, t.id) AS pos,
    COUNT(*) OVER (PARTITION BY d.deal_id) AS n
  FROM deals d
  JOIN contacts c ON c.deal_id = d.deal_id
  JOIN raw_touches t ON t.person_id = c.person_id
  WHERE t.occurred_at <= d.converted_at AND NOT t.deleted
    AND t.type NOT IN (${NON_INTERACTION_TYPES.map((type) => `'${type}'`).join(', ')})`;

/** Appends our journeys (one row per credited touch) to `touches`. */
async function appendJourneys(connection: DuckDBConnection, dataset: Dataset): Promise<number> {
  const result = attribute(dataset, sampleOptions('linear'));
  await connection.run(
    'CREATE TABLE touches (deal_id VARCHAR, pos INTEGER, channel VARCHAR, amount DOUBLE)',
  );
  const appender = await connection.createAppender('touches');
  let rows = 0;
  for (const deal of result.deals) {
    if (deal.unattributed !== null || deal.reportingAmount === null) continue;
    const amount = Number(deal.reportingAmount);
    deal.credits.forEach((credit, k) => {
      appender.appendVarchar(deal.dealId);
      appender.appendInteger(k + 1);
      appender.appendVarchar(credit.channel);
      appender.appendDouble(amount);
      appender.endRow();
      rows += 1;
    });
  }
  appender.closeSync();
  return rows;
}

/**
 * Loads the dataset's touchpoints, won deals (in USD) and deal contacts as they are, instants
 * as epoch ms (the appender's text-to-TIMESTAMPTZ cast drops UTC offsets such as `-05:00`).
 */
export async function appendRaw(connection: DuckDBConnection, dataset: Dataset): Promise<number> {
  await connection.run(`CREATE TABLE raw_touches (id VARCHAR, person_id VARCHAR, channel VARCHAR,
    type VARCHAR, occurred_at BIGINT, deleted BOOLEAN)`);
  await connection.run('CREATE TABLE deals (deal_id VARCHAR, amount DOUBLE, converted_at BIGINT)');
  await connection.run('CREATE TABLE contacts (deal_id VARCHAR, person_id VARCHAR)');
  const touches = await connection.createAppender('raw_touches');
  for (const t of dataset.touchpoints) {
    touches.appendVarchar(t.id);
    if (t.personId === null) touches.appendNull();
    else touches.appendVarchar(t.personId);
    touches.appendVarchar(t.channel);
    touches.appendVarchar(t.type);
    touches.appendBigInt(BigInt(Date.parse(t.occurredAt)));
    touches.appendBoolean(t.deletedAt !== null);
    touches.endRow();
  }
  touches.closeSync();
  const deals = await connection.createAppender('deals');
  const contacts = await connection.createAppender('contacts');
  const rates: Record<string, string> = { ...SAMPLE_EXCHANGE_RATES };
  for (const deal of dataset.deals) {
    const rate = deal.amount?.currency ? rates[deal.amount.currency] : undefined;
    if (deal.status !== 'won' || !deal.closedAt || deal.deletedAt || !deal.amount || !rate) {
      continue;
    }
    deals.appendVarchar(deal.id);
    deals.appendDouble(Number(deal.amount.amount) * Number(rate));
    deals.appendBigInt(BigInt(Date.parse(deal.closedAt)));
    deals.endRow();
    for (const contact of deal.contacts) {
      contacts.appendVarchar(deal.id);
      contacts.appendVarchar(contact.personId);
      contacts.endRow();
    }
  }
  deals.closeSync();
  contacts.closeSync();
  return dataset.touchpoints.length;
}

// DuckDB on the same data, only the query timed. `input: 'journeys'`: our journeys appended
// beforehand, the query only weighs and sums. `input: 'raw'`: touchpoints, won deals and
// contacts loaded as they are, the query builds the journeys too (join, filter, order).
export default defineTask({
  setup: async (args) => {
    const dataset = loadSample(Number(args.scale), args.deals);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    // `threads`: DuckDB's worker threads (default: one per core).
    if (args.threads !== undefined) await connection.run(`SET threads = ${Number(args.threads)}`);
    const raw = args.input === 'raw';
    const rows = raw
      ? await appendRaw(connection, dataset)
      : await appendJourneys(connection, dataset);
    const credit = CREDIT[String(args.query) as keyof typeof CREDIT];
    const repeat = Number(args.repeat ?? 1);
    return { connection, rows, raw, repeat, sql: byChannel(credit, raw ? BUILT : GIVEN) };
  },
  run: ({ connection, rows, raw, sql, repeat }) =>
    repeated(repeat, async () => {
      const reader = await connection.runAndReadAll(sql);
      const credits = reader.getRowObjectsJS();
      const total = credits.reduce((s, r) => s + Number(r.credit), 0);
      const touches = credits.reduce((s, r) => s + Number(r.touches), 0);
      return `${rows} ${raw ? 'raw touchpoints' : 'journey rows'} → ${touches} credited, Σ ${total.toFixed(2)}`;
    }),
});
