// Bundle size of closedloop's widgets beside the closest Recharts and Nivo equivalents, built
// the same way: esbuild (bundle, minify, ESM, browser, tree-shaken), React and React DOM left
// out, brotli at quality 11. A script, not a test:  node bench/bundle-compare.mjs

import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const bench = fileURLToPath(new URL('.', import.meta.url));
const ours = fileURLToPath(new URL('../packages/react/src/index.ts', import.meta.url));
const external = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

/** Brotli bytes of a minified bundle that imports `names` from `from` and keeps them alive. */
async function size(from, names) {
  const contents = `import { ${names.join(', ')} } from ${JSON.stringify(from)};\nexport default [${names.join(', ')}];\n`;
  const result = await build({
    stdin: { contents, resolveDir: bench, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    external,
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0].contents;
  return brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Our widget for a row, or null when it is not exported (yet). */
async function oursOrNull(names) {
  try {
    return await size(ours, names);
  } catch {
    return null;
  }
}

const rows = [
  {
    chart: 'funnel',
    ours: ['Funnel'],
    recharts: ['FunnelChart', 'Funnel', 'Tooltip', 'LabelList'],
    nivo: ['@nivo/funnel', ['ResponsiveFunnel']],
  },
  {
    chart: 'sankey',
    ours: ['HandoffFlow'],
    recharts: ['Sankey', 'Tooltip'],
    nivo: ['@nivo/sankey', ['ResponsiveSankey']],
  },
  {
    chart: 'bar',
    ours: ['ResponseTimes'],
    recharts: [
      'BarChart',
      'Bar',
      'XAxis',
      'YAxis',
      'CartesianGrid',
      'Tooltip',
      'ResponsiveContainer',
    ],
    nivo: ['@nivo/bar', ['ResponsiveBar']],
  },
  { chart: 'goal meter (bullet)', ours: ['GoalMeter'], recharts: null, nivo: null },
];

const kB = (bytes) => (bytes === null ? 'n/a' : `${(bytes / 1000).toFixed(1)} kB`);
const ratio = (theirs, mine) =>
  theirs === null || mine === null ? '' : `${(theirs / mine).toFixed(1)}×`;

console.log('brotli, minified ESM, React excluded (esbuild)\n');
const header = ['chart', 'closedloop', 'Recharts 3', 'ratio', 'Nivo 0.99', 'ratio'];
const table = [header];
for (const row of rows) {
  const mine = await oursOrNull(row.ours);
  const recharts = row.recharts ? await size('recharts', row.recharts) : null;
  const nivo = row.nivo ? await size(row.nivo[0], row.nivo[1]) : null;
  table.push([
    `${row.chart} (${row.ours.join(', ')})`,
    kB(mine),
    kB(recharts),
    ratio(recharts, mine),
    kB(nivo),
    ratio(nivo, mine),
  ]);
}
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const r of table) console.log(r.map((cell, i) => cell.padEnd(widths[i])).join('  '));
