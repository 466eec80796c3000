// Chromium timings of the attribution widgets (a script, not a test: figures vary with the
// machine's load, printed beside them). DealJourney's budget (issue 13): 40 contacts × 300
// touches render in under 50 ms. Each case mounts the widget into a fresh container with
// flushSync (React's render and commit, the DOM built), then forces style and layout; the
// median of the measured runs is printed after warm-up runs, in wall time and in the main
// thread's CPU time (which a loaded machine does not inflate). React runs its production build.
//
//   pnpm bench journey-widgets        (needs Chromium: /usr/bin/chromium or CHROMIUM_PATH)
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../apps/docs/tests/chromium';
import { attributePaths } from '../packages/core/src/attribution/paths/index';
import { printTable } from './lib/measure';

const reactSrc = fileURLToPath(new URL('../packages/react/src/', import.meta.url));
// esbuild is a bench dependency; React resolves from the react package's own dependencies.
const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');

const WARMUP = 3;
const RUNS = Number(process.env.RUNS ?? 15);

/** The page script: builds the data in the page and exposes one timing function per case. */
const page = `
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { DealJourney } from './deal-journey/deal-journey';
import { largeJourney } from './deal-journey/deal-journey.fixtures';
import { ChannelInfluence } from './channel-influence/channel-influence';
import { ModelComparison } from './model-comparison/model-comparison';

const big = largeJourney(40, 300);
const cases = {
  'DealJourney 40 × 300 (8 lanes, rest folded)': () =>
    createElement(DealJourney, { title: 'Deal', deal: big.deal, contacts: big.contacts, touches: big.touches, width: 960 }),
  'DealJourney 40 × 300 (all 40 lanes)': () =>
    createElement(DealJourney, { title: 'Deal', deal: big.deal, contacts: big.contacts, touches: big.touches, width: 960, maxLanes: Infinity }),
  'ChannelInfluence (Data.csv-like fit, 12 channels + heatmap)': () =>
    createElement(ChannelInfluence, { title: 'Influence', result: window.__fit, width: 960 }),
  'ModelComparison (12 channels × 6 models)': () =>
    createElement(ModelComparison, { title: 'Models', comparison: window.__comparison, width: 960 }),
};

window.__cases = Object.keys(cases);
window.__time = (name) => {
  const container = document.createElement('div');
  container.style.width = '960px';
  document.body.append(container);
  const root = createRoot(container);
  const t0 = performance.now();
  flushSync(() => root.render(cases[name]()));
  const t1 = performance.now();
  container.getBoundingClientRect();
  document.body.offsetHeight;
  const t2 = performance.now();
  const nodes = container.querySelectorAll('*').length;
  window.__cleanup = () => {
    root.unmount();
    container.remove();
  };
  return { render: t1 - t0, layout: t2 - t0, nodes };
};
`;

/** A 12-channel fit with a bootstrap, built in Node (the widget only draws it). */
function channelFit() {
  const channels = [
    'paid_search',
    'email',
    'content',
    'webinar',
    'events',
    'paid_social',
    'organic_search',
    'partner',
    'outbound',
    'display',
    'referral',
    'direct',
  ];
  let seed = 3;
  const random = () => {
    seed = (Math.imul(seed, 48271) >>> 0) % 2147483647;
    return seed / 2147483647;
  };
  const rows = Array.from({ length: 400 }, () => {
    const length = 1 + Math.floor(random() * 5);
    const path = Array.from(
      { length },
      () => channels[Math.floor(random() * channels.length)] as string,
    );
    const conversions = Math.floor(random() * 20);
    return { path, conversions, value: conversions * 1000, nulls: Math.floor(random() * 60) };
  });
  return attributePaths(rows, { model: 'markov', bootstrap: { samples: 50, seed: 1 } });
}

/** A 12-channel, 6-model comparison shaped like core's (deltas without drivers' deals). */
function comparison() {
  const models = ['First touch', 'Last touch', 'Linear', 'W-shaped', 'Time decay', 'Markov'];
  const channels = Array.from({ length: 12 }, (_, i) => `channel_${i}`);
  const values = channels.map((_, c) =>
    models.map((_, m) => ((c * 7 + m * 13) % 17) * 10_000 + 5_000),
  );
  const totals = models.map((_, m) => values.reduce((s, row) => s + (row[m] ?? 0), 0));
  return {
    currency: 'USD',
    total: (totals[0] ?? 0).toFixed(2),
    models: models.map((label, m) => ({
      label,
      model: 'linear',
      preset: null,
      additive: true,
      total: (totals[m] ?? 0).toFixed(2),
      attributed: (totals[m] ?? 0).toFixed(2),
      unattributed: '0.00',
      reconciles: true,
    })),
    channels: channels.map((channel, c) => ({
      channel,
      values: (values[c] ?? []).map((v) => v.toFixed(2)),
      shares: (values[c] ?? []).map((v, m) => v / (totals[m] ?? 1)),
      deltas: (values[c] ?? []).map((v) => (v - (values[c]?.[0] ?? 0)).toFixed(2)),
    })),
    deltas: [],
    results: [],
  };
}

const bundle = await esbuild.build({
  stdin: { contents: page, resolveDir: reactSrc, loader: 'tsx' },
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  write: false,
  logLevel: 'error',
});
const script = bundle.outputFiles[0]?.text ?? '';

const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.setContent('<!doctype html><html><body></body></html>');
  await tab.evaluate(
    ([fit, comp]) => {
      Object.assign(globalThis, { __fit: fit, __comparison: comp });
    },
    [channelFit(), comparison()] as const,
  );
  await tab.addScriptTag({ content: script });
  if (errors.length > 0) throw new Error(errors.join('\n'));
  const names = await tab.evaluate(() => (globalThis as unknown as { __cases: string[] }).__cases);
  // The main thread's CPU time (CDP Performance.getMetrics "ThreadTime") around each mount:
  // unlike wall time, it does not grow while the shared machine runs something else.
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Performance.enable');
  const threadTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
  const rows: string[][] = [];
  for (const name of names) {
    const runs: { render: number; layout: number; nodes: number; cpu: number }[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const before = await threadTime();
      const run = await tab.evaluate(
        (n) =>
          (
            globalThis as unknown as {
              __time: (n: string) => { render: number; layout: number; nodes: number };
            }
          ).__time(n),
        name,
      );
      const cpu = (await threadTime()) - before;
      await tab.evaluate(() => (globalThis as unknown as { __cleanup: () => void }).__cleanup());
      if (i >= WARMUP) runs.push({ ...run, cpu });
    }
    const median = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const mid = s.length >> 1;
      return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
    };
    rows.push([
      name,
      `${median(runs.map((r) => r.render)).toFixed(1)} ms`,
      `${median(runs.map((r) => r.layout)).toFixed(1)} ms`,
      `${Math.min(...runs.map((r) => r.layout)).toFixed(1)} ms`,
      `${median(runs.map((r) => r.cpu)).toFixed(1)} ms`,
      String(runs[0]?.nodes ?? 0),
    ]);
  }
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  printTable(
    `Attribution widgets in Chromium (${await browser.version()}), median of ${RUNS} mounts after ${WARMUP} warm-up; load average ${load}`,
    ['case', 'render + commit', '+ style & layout', 'best', 'main-thread CPU', 'DOM nodes'],
    rows,
  );
} finally {
  await browser.close();
}
