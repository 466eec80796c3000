/// <reference lib="dom" />
// The widget fixtures it imports reach the widgets, which are typed against the DOM.
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { funnelFixture } from '../packages/react/src/funnel/funnel.fixtures';
import { flowData, largeFlow } from '../packages/react/src/handoff-flow/handoff-flow.fixtures';
import { manyOwners } from '../packages/react/src/response-times/response-times.fixtures';
import { printTable } from './lib/measure';

// `pnpm bench widgets`: HandoffFlow (60 nodes × 150 links), Funnel (12 stages × 2 slices)
// and ResponseTimes (50 owners) rendered in Chromium with React's production build; the
// medians of the first render, and of re-renders after a theme and a locale change, which
// must call no layout function (counted through instrumented copies of them). A script,
// not a test: figures move with the machine's load, printed beside them.
const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const { chromium } = require('playwright-core') as typeof import('playwright-core');
const RUNS = Number(process.env.RUNS ?? 30);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const WARMUP = 5;

// The functions that compute a widget's layout from its data: each call is counted.
const LAYOUTS: Record<string, string[]> = {
  'handoff-flow/flow-layout.ts': ['layoutFlow'],
  'handoff-flow/flow-episodes.ts': ['flowEpisodes'],
  'response-times/delay-bins.ts': ['binDelays'],
  'response-times/owner-multiples.ts': ['ownerMultiples'],
  'funnel/funnel-model.ts': ['funnelPanels'],
};

const countLayouts: Plugin = {
  name: 'count-layouts',
  setup(b) {
    b.onLoad({ filter: /packages\/react\/src\/.*\.ts$/ }, async (args) => {
      const key = Object.keys(LAYOUTS).find((file) => args.path.endsWith(file));
      if (!key) return undefined;
      const { readFile } = await import('node:fs/promises');
      let source = await readFile(args.path, 'utf8');
      for (const name of LAYOUTS[key] ?? []) {
        source = source.replace(`export function ${name}(`, `function __counted_${name}(`);
        source += `\nexport function ${name}(...args: any[]) { (globalThis as any).__clLayouts = ((globalThis as any).__clLayouts ?? 0) + 1; return (__counted_${name} as any)(...args); }\n`;
      }
      return { contents: source, loader: 'ts' };
    });
  },
};

/** The page: mounts a widget, renders it, re-renders after a theme and a locale change. */
const PAGE = `// The page of \`widgets-render.bench.ts\`, bundled with esbuild and run in Chromium: mounts
// a widget into a fresh root (React's production build), renders it, re-renders it after
// a theme and after a locale change, and counts the layout calls the bench instrumented.
import { createElement, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Funnel, HandoffFlow, ResponseTimes } from './index';

type Data = Record<string, unknown>;

interface Counters {
  __clLayouts?: number;
}

/** One case: the element for a locale and a theme class. */
const CASES: Record<string, (data: Data, locale: string, className: string) => ReactElement> = {
  HandoffFlow: (data, locale, className) =>
    createElement(HandoffFlow, {
      title: 'Hand-off',
      result: data.handoff as never,
      locale,
      className,
      width: 960,
    }),
  Funnel: (data, locale, className) =>
    createElement(Funnel, {
      title: 'Funnel',
      result: data.funnel as never,
      compare: [{ label: 'Previous', result: data.funnelPrevious as never }],
      locale,
      className,
      width: 960,
    }),
  ResponseTimes: (data, locale, className) =>
    createElement(ResponseTimes, {
      title: 'Response times',
      evaluation: data.evaluation as never,
      episodes: data.episodes as never,
      locale,
      className,
      width: 960,
    }),
};

/** Wall times of one step in ms, and the layout calls it made. */
interface Step {
  ms: number;
  /** With the forced style and layout of the new DOM (first render only). */
  toLayout: number;
  layouts: number;
  marks: number;
}

let host: HTMLDivElement | null = null;
let root: ReturnType<typeof createRoot> | null = null;
let current = '';
let payload: Data = {};

function step(locale: string, theme: string): Step {
  const make = CASES[current];
  if (!make || !root || !host) throw new Error(\`no case mounted (\${current})\`);
  const counters = globalThis as Counters;
  counters.__clLayouts = 0;
  host.dataset.theme = theme;
  const t = performance.now();
  const target = root;
  flushSync(() => target.render(make(payload, locale, theme)));
  const ms = performance.now() - t;
  host.getBoundingClientRect(); // style and layout of the new DOM
  return {
    ms,
    toLayout: performance.now() - t,
    layouts: counters.__clLayouts ?? 0,
    marks: host.querySelectorAll('[tabindex]').length,
  };
}

/** The steps the bench drives one at a time (so it can read the thread's CPU time between them). */
const bench = {
  data(data: Data) {
    payload = data;
  },
  mount(name: string) {
    current = name;
    host = document.createElement('div');
    host.style.width = '960px';
    document.body.append(host);
    root = createRoot(host);
  },
  /** First render, English, light. */
  first: () => step('en-US', 'light'),
  /** The app flips its theme (the widget's colours are CSS variables; its props change). */
  theme: () => step('en-US', 'dark'),
  /** Then the locale. */
  locale: () => step('de-DE', 'dark'),
  unmount() {
    root?.unmount();
    host?.remove();
    root = null;
    host = null;
  },
  noop: () => 0,
};

Object.assign(globalThis, { __bench: bench });
`;

/** Wall times of one page step in ms, and the layout calls it made. */
interface Step {
  ms: number;
  toLayout: number;
  layouts: number;
  marks: number;
}
type Page = Record<'data' | 'mount' | 'first' | 'theme' | 'locale' | 'unmount' | 'noop', unknown>;

const bundle = await build({
  stdin: { contents: PAGE, resolveDir: join(root, 'packages/react/src'), loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  nodePaths: [join(root, 'packages/react/node_modules')],
  plugins: [countLayouts],
  logLevel: 'error',
});

const stages = (n: number, top: number) =>
  Array.from({ length: n }, (_, i): [string, number] => [
    `Stage ${i + 1}`,
    Math.round(top * 0.8 ** i),
  ]);
const response = manyOwners(50);
const data = {
  handoff: flowData(largeFlow(7)),
  funnel: funnelFixture(stages(12, 12_000)),
  funnelPrevious: funnelFixture(stages(12, 10_500)),
  evaluation: response.evaluation,
  episodes: response.handoff.ledger,
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
interface Row {
  name: string;
  marks: number;
  wall: number;
  toLayout: number;
  cpu: number;
  /** The least CPU time of the runs: the figure a quiet machine approaches. */
  best: number;
  theme: number;
  themeCpu: number;
  themeLayouts: number;
  locale: number;
  localeCpu: number;
  localeLayouts: number;
}
const results: Row[] = [];
const version = browser.version();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  const call = <T>(method: keyof Page, arg?: unknown) =>
    page.evaluate(
      ([method, arg]) =>
        (globalThis as unknown as { __bench: Record<string, (a?: unknown) => unknown> }).__bench[
          method
        ]?.(arg),
      [method, arg] as const,
    ) as Promise<T>;
  await call('data', data);
  // The main thread's CPU time (CDP Performance.getMetrics "ThreadTime"), which a loaded
  // machine does not inflate the way it inflates wall time; a no-op call is subtracted.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
  const cpuOf = async <T>(method: keyof Page) => {
    const before = await threadMs();
    const value = await call<T>(method);
    return { value, cpu: (await threadMs()) - before };
  };
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) idle.push((await cpuOf<number>('noop')).cpu);
  const overhead = median(idle);
  // WIDGETS=ResponseTimes,Funnel measures only those (to compare a change on a busy machine).
  const only = process.env.WIDGETS?.split(',');
  const names = ['HandoffFlow', 'Funnel', 'ResponseTimes'].filter((n) => !only || only.includes(n));
  for (const name of names) {
    const runs: Omit<Row, 'name'>[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      await call('mount', name);
      const first = await cpuOf<Step>('first');
      const theme = await cpuOf<Step>('theme');
      const locale = await cpuOf<Step>('locale');
      await call('unmount');
      if (i < WARMUP) continue;
      runs.push({
        best: 0,
        marks: first.value.marks,
        wall: first.value.ms,
        toLayout: first.value.toLayout,
        cpu: first.cpu - overhead,
        theme: theme.value.ms,
        themeCpu: theme.cpu - overhead,
        themeLayouts: theme.value.layouts,
        locale: locale.value.ms,
        localeCpu: locale.cpu - overhead,
        localeLayouts: locale.value.layouts,
      });
    }
    const mid = (pick: (run: Omit<Row, 'name'>) => number) => median(runs.map(pick));
    results.push({
      name,
      marks: runs[0]?.marks ?? 0,
      wall: mid((r) => r.wall),
      toLayout: mid((r) => r.toLayout),
      cpu: mid((r) => r.cpu),
      best: Math.min(...runs.map((r) => r.cpu)),
      theme: mid((r) => r.theme),
      themeCpu: mid((r) => r.themeCpu),
      themeLayouts: Math.max(...runs.map((r) => r.themeLayouts)),
      locale: mid((r) => r.locale),
      localeCpu: mid((r) => r.localeCpu),
      localeLayouts: Math.max(...runs.map((r) => r.localeLayouts)),
    });
  }
} finally {
  await browser.close();
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const [one, five, fifteen] = loadavg().map((value) => value.toFixed(2));
printTable(
  `Widgets in Chromium ${version} (React production build, 960px), medians of ${RUNS} mounts after ${WARMUP} warm-up; load average ${one} / ${five} / ${fifteen} on ${cpus().length} CPUs`,
  [
    'widget',
    'marks',
    'render',
    '+ layout',
    'CPU',
    'best CPU',
    'theme re-render (CPU)',
    'layouts',
    'locale re-render (CPU)',
    'layouts',
    '< 16 ms CPU',
  ],
  results.map((r) => [
    r.name,
    String(r.marks),
    ms(r.wall),
    ms(r.toLayout),
    ms(r.cpu),
    ms(r.best),
    `${ms(r.theme)} (${ms(r.themeCpu)})`,
    String(r.themeLayouts),
    `${ms(r.locale)} (${ms(r.localeCpu)})`,
    String(r.localeLayouts),
    r.cpu < 16 ? 'yes' : 'no',
  ]),
);
