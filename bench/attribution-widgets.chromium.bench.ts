import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { printTable } from './lib/measure';

// `pnpm bench attribution-widgets`: AttributionTable in Chromium with React's production
// build, on 10,000 campaign rows × 3 models (synthetic, `largeComparison`): the first mount,
// a re-sort by another model's revenue, and opening the campaign credited by 500 deals. Each
// run mounts a fresh table (no drill-down cache); medians of RUNS runs, printed with the
// machine's load. A script, not a test: the figures move with the load.
const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const { chromium } = require('playwright-core') as typeof import('playwright-core');
const RUNS = Number(process.env.RUNS ?? 9);
const WARMUP = 2;
const CAMPAIGNS = 10_000;
const MODELS = 3;
const DEALS_OF_FIRST = 500;
const OTHER_DEALS = Number(process.env.OTHER_DEALS ?? 20_000);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** The page: builds the data once, then mounts, re-sorts and opens a row on demand. */
const PAGE = `
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { AttributionTable } from './index';
import { largeComparison } from './attribution-table/attribution-table.large';

let data = null;
let host = null;
let root = null;

/** Wall time of a synchronous React update, and with the style and layout of its DOM. */
function timed(update) {
  const t = performance.now();
  flushSync(update);
  const ms = performance.now() - t;
  host.getBoundingClientRect();
  return { ms, toLayout: performance.now() - t };
}

globalThis.__bench = {
  setup(options) {
    data = largeComparison(options);
    return {
      rows: data.results[0].rollups.byCampaign.length,
      credits: data.results.reduce((n, r) => n + r.deals.reduce((m, d) => m + d.credits.length, 0), 0),
    };
  },
  mount() {
    host = document.createElement('div');
    host.style.width = '1100px';
    document.body.append(host);
    root = createRoot(host);
    const step = timed(() =>
      root.render(createElement(AttributionTable, { title: 'Campaigns', data, height: 600 })),
    );
    return { ...step, rendered: host.querySelectorAll('tbody tr').length };
  },
  /** Sort by the second model's revenue (header cell row 1, column 4). */
  resort() {
    const header = host.querySelector('[data-cell="1:4"]');
    const step = timed(() => header.click());
    return { ...step, sorted: header.getAttribute('aria-sort') };
  },
  /** Open the campaign credited by the 500 deals (back to the first model's order first). */
  expand() {
    const row = [...host.querySelectorAll('th[scope="row"]')].find((cell) =>
      (cell.textContent || '').includes('Campaign 0 —'),
    );
    if (!row) throw new Error('campaign 0 is not in view: ' + [...host.querySelectorAll('th[scope="row"]')].slice(0, 3).map((c) => c.textContent).join(' / '));
    const step = timed(() => row.click());
    const deals = host.querySelector('tr[data-kind="deal"]');
    return { ...step, deals: Number(deals ? deals.getAttribute('aria-setsize') : 0) };
  },
  unmount() {
    root.unmount();
    host.remove();
  },
  noop: () => 0,
};
`;

const bundle = await build({
  stdin: { contents: PAGE, resolveDir: join(root, 'packages/react/src'), loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  target: 'es2022',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  nodePaths: [join(root, 'packages/react/node_modules')],
  logLevel: 'error',
});

const loadBefore = loadavg();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  const size = (await page.evaluate(
    (options) =>
      (globalThis as unknown as { __bench: { setup: (o: unknown) => unknown } }).__bench.setup(
        options,
      ),
    { campaigns: CAMPAIGNS, models: MODELS, dealsOfFirst: DEALS_OF_FIRST, otherDeals: OTHER_DEALS },
  )) as { rows: number; credits: number };

  type Step = { ms: number; toLayout: number; cpu: number } & Record<string, unknown>;
  // The main thread's CPU time (CDP Performance.getMetrics "ThreadTime"): on a loaded machine
  // the wall time mostly measures waiting for a core, the CPU time what the step costs.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
  const invoke = (name: string) =>
    page.evaluate(
      (step) =>
        (globalThis as unknown as { __bench: Record<string, () => unknown> }).__bench[step]?.(),
      name,
    );
  const idle: number[] = [];
  for (let i = 0; i < 15; i++) {
    const before = await threadMs();
    await invoke('noop');
    idle.push((await threadMs()) - before);
  }
  const overhead = median(idle);
  const call = async (name: string): Promise<Step> => {
    const before = await threadMs();
    const value = (await invoke(name)) as Step;
    return { ...value, cpu: (await threadMs()) - before - overhead };
  };
  const runs: Record<'mount' | 'resort' | 'expand', Step[]> = { mount: [], resort: [], expand: [] };
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const mount = await call('mount');
    const resort = await call('resort');
    await call('unmount');
    const fresh = await call('mount');
    const expand = await call('expand');
    await call('unmount');
    if (run < WARMUP) continue;
    runs.mount.push(mount, fresh);
    runs.resort.push(resort);
    runs.expand.push(expand);
  }
  const budgets = { mount: 100, resort: 50, expand: 50 };
  const rows = (['mount', 'resort', 'expand'] as const).map((step) => {
    const cpu = runs[step].map((s) => s.cpu);
    const extra =
      step === 'mount'
        ? `${runs.mount[0]?.rendered} rows rendered`
        : step === 'expand'
          ? `${runs.expand[0]?.deals} deals`
          : `aria-sort ${runs.resort[0]?.sorted}`;
    return [
      step,
      median(runs[step].map((s) => s.ms)).toFixed(1),
      median(runs[step].map((s) => s.toLayout)).toFixed(1),
      median(cpu).toFixed(1),
      Math.min(...cpu).toFixed(1),
      `< ${budgets[step]}`,
      median(cpu) < budgets[step] ? 'yes' : 'NO',
      extra,
    ];
  });
  const version = browser.version();
  printTable(
    `AttributionTable in Chromium ${version}, ${size.rows.toLocaleString('en-US')} campaign rows × ${MODELS} models, ${size.credits.toLocaleString('en-US')} credits (React production; medians of ${runs.mount.length}/${RUNS}/${RUNS} runs after ${WARMUP} warm-up)`,
    ['step', 'wall ms', 'wall+layout ms', 'CPU ms', 'CPU min', 'budget', 'CPU within', 'what'],
    rows,
  );
} finally {
  await browser.close();
}
const loadAfter = loadavg();
console.log(
  `load average (1/5/15 min) before ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' / ')} on ${cpus().length} CPUs`,
);
