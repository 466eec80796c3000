import { readFileSync } from 'node:fs';
import {
  attributePaths,
  type PathModelName,
  type PathRow,
  readChannelAttributionCsv,
} from '../packages/core/src/attribution/paths/index';
import { defineTask } from './lib/task';

const DATA = new URL(
  '../packages/core/src/attribution/paths/__fixtures__/channel-attribution-data.csv',
  import.meta.url,
);

/** 1M single journeys drawn (seeded) from Data.csv's paths: each converts with its row's rate. */
function millionJourneys(rows: readonly PathRow[]): PathRow[] {
  let state = 1;
  const random = () => {
    state = (Math.imul(state, 48271) >>> 0) % 2147483647;
    return state / 2147483647;
  };
  const out: PathRow[] = new Array(1_000_000);
  for (let i = 0; i < out.length; i++) {
    const row = rows[Math.floor(random() * rows.length)] as PathRow;
    const rate = row.conversions / (row.conversions + row.nulls || 1);
    const converts = random() < rate;
    const value = converts ? row.value / (row.conversions || 1) : 0;
    out[i] = { path: row.path, conversions: converts ? 1 : 0, value, nulls: converts ? 0 : 1 };
  }
  return out;
}

// A path-level model on ChannelAttribution's Data.csv (10,000 aggregated paths, 88,387
// journeys) or on 1M single journeys; the CSV is read in setup (not timed). With `warm`, one
// unmeasured run first (JIT compiled), as in a long-running server.
export default defineTask({
  setup: (args) => {
    const rows = readChannelAttributionCsv(readFileSync(DATA, 'utf8'));
    const state = {
      rows: args.input === 'million' ? millionJourneys(rows) : rows,
      model: String(args.model) as PathModelName,
      order: Number(args.order ?? 1),
    };
    if (args.warm)
      attributePaths(state.rows, { model: state.model, markov: { order: state.order } });
    return state;
  },
  run: ({ rows, model, order }) => {
    const result = attributePaths(rows, { model, markov: { order } });
    const top = result.channels[0];
    return `${rows.length} rows, top ${top?.channel} ${top?.conversions.toFixed(1)}`;
  },
});
