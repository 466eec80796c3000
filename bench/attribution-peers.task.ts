import { SAMPLE_EXCHANGE_RATES } from '@closedloop/core/sample';
import { type AttributionResult, attribute } from '../packages/core/src/attribution/index';
import { NON_INTERACTION_TYPES } from '../packages/core/src/attribution/presets';
import type { Dataset } from '../packages/core/src/model/dataset';
import { loadSample, sampleOptions } from './attribution.task';
import { defineTask, repeated } from './lib/task';

/**
 * Linear and U-shaped (our `position-based`: first 40, last 40, middle 20; one touch 100, two
 * 50/50) credit per channel, the peers DuckDB is compared with in `attribution-peers.bench.ts`:
 *
 * - `ours-first`: `attribute` on a fresh dataset (columns, journeys, weights, splits, rollups);
 * - `ours-again` / `ours-summary`: a second call (prepared form remembered), full ledger or
 *   `detail: 'summary'`; `ours-read`: a second call that then reads every deal's credits and
 *   exclusions (the ledger written lazily, so this is what a full ledger costs when used);
 * - `plain-js`: a loop straight over the touch objects, no index: won deals by contact, each
 *   contact's touches filtered, ordered and weighed (the same rules as DuckDB's `raw` SQL);
 * - `typed-floor`: the same arithmetic on journeys already laid out as typed-array columns
 *   (deal offsets, channel codes, amounts): the floor any engine pays for the sums.
 */
type Mode = 'ours-first' | 'ours-again' | 'ours-summary' | 'ours-read' | 'plain-js' | 'typed-floor';

const SKIP = new Set<string>(NON_INTERACTION_TYPES);

function weight(query: string, pos: number, n: number): number {
  if (query === 'linear' || n === 1) return 1 / n;
  if (n === 2) return 0.5;
  return pos === 0 || pos === n - 1 ? 0.4 : 0.2 / (n - 2);
}

interface RawDeal {
  amount: number;
  at: number;
}

/** Won deals in USD with their close instant, and person → deal ordinals (as DuckDB's raw tables). */
export function rawDeals(dataset: Dataset): { deals: RawDeal[]; byPerson: Map<string, number[]> } {
  const rates: Record<string, string> = { ...SAMPLE_EXCHANGE_RATES };
  const deals: RawDeal[] = [];
  const byPerson = new Map<string, number[]>();
  for (const deal of dataset.deals) {
    const rate = deal.amount?.currency ? rates[deal.amount.currency] : undefined;
    if (deal.status !== 'won' || !deal.closedAt || deal.deletedAt || !deal.amount || !rate)
      continue;
    const d = deals.length;
    deals.push({
      amount: Number(deal.amount.amount) * Number(rate),
      at: Date.parse(deal.closedAt),
    });
    for (const contact of deal.contacts) {
      const list = byPerson.get(contact.personId);
      if (list) list.push(d);
      else byPerson.set(contact.personId, [d]);
    }
  }
  return { deals, byPerson };
}

/** The plain loop: one pass over the touch objects, then per deal sort and weigh. */
export function plainJs(dataset: Dataset, query: string, raw: ReturnType<typeof rawDeals>): string {
  const journeys: Array<Array<{ t: number; id: string; channel: string }>> = raw.deals.map(
    () => [],
  );
  for (const touch of dataset.touchpoints) {
    if (touch.personId === null || touch.deletedAt !== null || SKIP.has(touch.type)) continue;
    const deals = raw.byPerson.get(touch.personId);
    if (!deals) continue;
    const t = Date.parse(touch.occurredAt);
    for (const d of deals) {
      if (t <= (raw.deals[d] as RawDeal).at) {
        (journeys[d] as Array<{ t: number; id: string; channel: string }>).push({
          t,
          id: touch.id,
          channel: touch.channel,
        });
      }
    }
  }
  const sums = new Map<string, number>();
  let touches = 0;
  journeys.forEach((journey, d) => {
    journey.sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const amount = (raw.deals[d] as RawDeal).amount;
    journey.forEach((touch, pos) => {
      sums.set(
        touch.channel,
        (sums.get(touch.channel) ?? 0) + amount * weight(query, pos, journey.length),
      );
      touches += 1;
    });
  });
  const total = [...sums.values()].reduce((a, b) => a + b, 0);
  return `${touches} credited, Σ ${total.toFixed(2)}`;
}

/** Journeys as typed-array columns, laid out in setup from our result. */
interface Floor {
  start: Int32Array;
  channel: Int32Array;
  amount: Float64Array;
  channels: number;
}

export function floorColumns(result: AttributionResult): Floor {
  const codes = new Map<string, number>();
  const start = [0];
  const channel: number[] = [];
  const amount: number[] = [];
  for (const deal of result.deals) {
    if (deal.unattributed !== null || deal.reportingAmount === null) continue;
    for (const credit of deal.credits) {
      let code = codes.get(credit.channel);
      if (code === undefined) {
        code = codes.size;
        codes.set(credit.channel, code);
      }
      channel.push(code);
    }
    start.push(channel.length);
    amount.push(Number(deal.reportingAmount));
  }
  return {
    start: Int32Array.from(start),
    channel: Int32Array.from(channel),
    amount: Float64Array.from(amount),
    channels: codes.size,
  };
}

export function typedFloor(floor: Floor, query: string): string {
  const sums = new Float64Array(floor.channels);
  const { start, channel, amount } = floor;
  for (let d = 0; d < amount.length; d++) {
    const from = start[d] as number;
    const n = (start[d + 1] as number) - from;
    const a = amount[d] as number;
    for (let k = 0; k < n; k++) {
      const c = channel[from + k] as number;
      sums[c] = (sums[c] as number) + a * weight(query, k, n);
    }
  }
  return `${channel.length} credited, Σ ${sums.reduce((x, y) => x + y, 0).toFixed(2)}`;
}

export default defineTask({
  setup: (args) => {
    const dataset = loadSample(Number(args.scale), args.deals);
    const mode = String(args.mode) as Mode;
    const query = String(args.query);
    const model = query === 'linear' ? 'linear' : 'position-based';
    const options = {
      ...sampleOptions(model),
      ...(mode === 'ours-summary' ? { detail: 'summary' as const } : {}),
    };
    const warm = mode === 'ours-again' || mode === 'ours-summary' || mode === 'ours-read';
    const first = warm || mode === 'typed-floor' ? attribute(dataset, options) : null;
    return {
      dataset,
      mode,
      query,
      options,
      raw: mode === 'plain-js' ? rawDeals(dataset) : null,
      floor: mode === 'typed-floor' && first ? floorColumns(first) : null,
      repeat: Number(args.repeat ?? 1),
    };
  },
  // `repeat`: calls measured one after another (best and median reported); a first call is one.
  run: ({ dataset, mode, query, options, raw, floor, repeat }) =>
    repeated(mode === 'ours-first' ? 1 : repeat, () => {
      if (mode === 'plain-js' && raw) return plainJs(dataset, query, raw);
      if (mode === 'typed-floor' && floor) return typedFloor(floor, query);
      const result = attribute(dataset, options);
      let lines = 0;
      if (mode === 'ours-read') {
        for (const deal of result.deals) lines += deal.credits.length + deal.excluded.length;
      }
      const credited = result.rollups.byChannel.reduce((s, row) => s + row.touches, 0);
      return `${credited} credited${lines ? `, ${lines} ledger lines read` : ''}, Σ ${result.totals.attributedValue}`;
    }),
});
