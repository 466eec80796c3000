import { DuckDBInstance } from '@duckdb/node-api';
import { attribute } from '../packages/core/src/attribution/index';
import { loadSample, sampleOptions } from './attribution.task';
import { defineTask } from './lib/task';

/**
 * Linear and U-shaped attribution as SQL, per channel. U-shaped here is the position rule
 * (first 40, last 40, middle 20 shared; one touch 100; two touches 50/50), which is our
 * `position-based` (Adobe, Amplitude and Mixpanel call it U-shaped).
 */
export const QUERIES = {
  linear: `
    SELECT channel, SUM(amount / n) AS credit
    FROM (SELECT channel, amount, COUNT(*) OVER (PARTITION BY deal_id) AS n FROM touches)
    GROUP BY channel ORDER BY channel`,
  'u-shaped': `
    SELECT channel, SUM(amount * CASE
        WHEN n = 1 THEN 1.0
        WHEN n = 2 THEN 0.5
        WHEN pos = 1 OR pos = n THEN 0.4
        ELSE 0.2 / (n - 2) END) AS credit
    FROM (SELECT channel, amount, pos, COUNT(*) OVER (PARTITION BY deal_id) AS n FROM touches)
    GROUP BY channel ORDER BY channel`,
} as const;

// DuckDB on the same journeys: setup runs our journey building once (linear, full ledger) and
// appends every journey touch (deal, position, channel, deal amount in USD) to an in-memory
// table with the appender; only the query is timed.
export default defineTask({
  setup: async (args) => {
    const dataset = loadSample(Number(args.scale));
    const result = attribute(dataset, sampleOptions('linear'));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
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
    return { connection, rows, sql: QUERIES[String(args.query) as keyof typeof QUERIES] };
  },
  run: async ({ connection, rows, sql }) => {
    const reader = await connection.runAndReadAll(sql);
    const credits = reader.getRowObjectsJS();
    const total = credits.reduce((s, r) => s + Number(r.credit), 0);
    return `${rows} touches, ${credits.length} channels, Σ ${total.toFixed(2)}`;
  },
});
