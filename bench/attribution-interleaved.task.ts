import { DuckDBInstance } from '@duckdb/node-api';
import { attribute } from '../packages/core/src/attribution/index';
import { loadSample, sampleOptions } from './attribution.task';
import { appendRaw, BUILT, byChannel, CREDIT } from './attribution-duckdb.task';
import { floorColumns, plainJs, rawDeals, typedFloor } from './attribution-peers.task';
import { defineTask } from './lib/task';

/** The peers one round of {@link task} times, in its order. */
export const INTERLEAVED_PEERS = [
  'ours-again',
  'ours-summary',
  'ours-read',
  'duckdb-2',
  'duckdb-1',
  'plain-js',
  'typed-floor',
] as const;

/**
 * The repeatable peers of `attribution-peers` in ONE process, taking turns round after round
 * (`rounds`, default 7): ours again (full ledger, written when read), again with `detail:
 * 'summary'`, again reading every ledger line, DuckDB native on the raw tables with 2 threads
 * and with 1, the plain loop and the typed-array floor. Load from other processes then falls
 * on every peer alike, which separate processes at separate times cannot promise. Reports the
 * best time of each as JSON.
 */
export default defineTask({
  setup: async (args) => {
    const dataset = loadSample(Number(args.scale), args.deals);
    const query = String(args.query);
    const model = query === 'linear' ? 'linear' : 'position-based';
    const full = sampleOptions(model);
    const summary = { ...full, detail: 'summary' as const };
    const floor = floorColumns(attribute(dataset, full));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await appendRaw(connection, dataset);
    const sql = byChannel(CREDIT[query as keyof typeof CREDIT], BUILT);
    return {
      dataset,
      query,
      full,
      summary,
      floor,
      raw: rawDeals(dataset),
      connection,
      sql,
      rounds: Number(args.rounds ?? 7),
    };
  },
  run: async (s) => {
    const best = new Map<string, number>();
    const time = async (peer: string, work: () => unknown) => {
      const started = performance.now();
      await work();
      const took = performance.now() - started;
      best.set(peer, Math.min(best.get(peer) ?? Number.POSITIVE_INFINITY, took));
    };
    const duck = async (threads: number) => {
      await s.connection.run(`SET threads = ${threads}`);
      const started = performance.now();
      const reader = await s.connection.runAndReadAll(s.sql);
      reader.getRowObjectsJS();
      return performance.now() - started;
    };
    for (let r = 0; r < s.rounds; r++) {
      await time('ours-again', () => attribute(s.dataset, s.full));
      await time('ours-summary', () => attribute(s.dataset, s.summary));
      await time('ours-read', () => {
        let lines = 0;
        for (const deal of attribute(s.dataset, s.full).deals) {
          lines += deal.credits.length + deal.excluded.length;
        }
        return lines;
      });
      for (const threads of [2, 1]) {
        const took = await duck(threads);
        const peer = `duckdb-${threads}`;
        best.set(peer, Math.min(best.get(peer) ?? Number.POSITIVE_INFINITY, took));
      }
      await time('plain-js', () => plainJs(s.dataset, s.query, s.raw));
      await time('typed-floor', () => typedFloor(s.floor, s.query));
    }
    return JSON.stringify(Object.fromEntries(best));
  },
});
