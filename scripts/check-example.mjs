// apps/example as a user would have it: the packed @closedloop tarballs installed with npm
// (not workspace links) into a copy of the app, type-checked, built with Vite (client and
// SSR), and opened in Chromium under React 19 and React 18: the client-rendered page and the
// server-rendered page that hydrates. Fails on a console error or warning, a recoverable
// (hydration) error, missing widgets, an engine warning, or a bundle over its budget.
// --keep leaves the installed app in place (to run `npm run dev` there); --screenshots DIR
// saves a PNG of each page.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { nodeRuntimes, npmCli } from './lib/node-runtimes.mjs';
import { pack, root } from './lib/pack.mjs';

const argv = process.argv.slice(2);
const keep = argv.includes('--keep');
const screenshots = argv.includes('--screenshots') ? argv[argv.indexOf('--screenshots') + 1] : null;
const REACT_VERSIONS = ['19.3.1', '18.3.1'];
const started = performance.now();
const source = join(root, 'apps/example');
const budget = JSON.parse(readFileSync(join(source, 'budget.json'), 'utf8'));
const node = nodeRuntimes().find((runtime) => runtime.major === 24);
const work = mkdtempSync(join(tmpdir(), 'closedloop-example-'));
const app = join(work, 'app');

function npm(args) {
  const result = spawnSync(
    node.bin,
    [npmCli(), ...args, '--no-audit', '--no-fund', '--loglevel=warn'],
    {
      cwd: app,
      encoding: 'utf8',
    },
  );
  process.stderr.write(result.stderr);
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed`);
  if (/EBADENGINE|Unsupported engine|ERESOLVE/.test(result.stderr)) {
    throw new Error(
      `npm ${args[0]} on Node ${node.version} warned of an engine or peer conflict (above)`,
    );
  }
}
const run = (args) =>
  execFileSync(node.bin, args, { cwd: app, stdio: ['ignore', 'inherit', 'inherit'] });

/** Brotli and gzip sizes of the built client JavaScript. */
function bundleSize() {
  const dir = join(app, 'dist/assets');
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes).length;
  }
  const kb = (n) => Number((n / 1024).toFixed(1));
  return { raw: kb(raw), gzip: kb(gzip), brotli: kb(brotli) };
}

/** Starts server.mjs on a free port under Node 24 and returns its base URL and process. */
function startServer() {
  const child = spawn(node.bin, ['server.mjs'], {
    cwd: app,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+?)\/ /.exec(out);
      if (match) resolve({ url: match[1], child });
    });
    child.on('exit', (code) => reject(new Error(`server.mjs exited with ${code}: ${out}`)));
  });
}

/** Opens a page, waits for React to commit, and returns what it found. */
async function openPage(browser, url, label) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
  const meters = await page.locator('[role="meter"]').count();
  const expected = Number(await page.locator('main').getAttribute('data-widgets'));
  // Each widget panel drew something: an SVG chart or a table, with text.
  const panels = await page.locator('[data-testid^="widget-"]').evaluateAll((sections) =>
    sections.map((section) => ({
      id: section.getAttribute('data-testid'),
      drawn: section.querySelector('svg, table') !== null && section.textContent.trim().length > 20,
    })),
  );
  const recoverable = await page.evaluate(() => window.__recoverableErrors ?? ['missing']);
  if (screenshots)
    await page.screenshot({ path: join(screenshots, `${label}.png`), fullPage: true });
  await page.close();
  const empty = panels.filter((panel) => !panel.drawn).map((panel) => `${panel.id} drew nothing`);
  if (panels.length !== expected)
    empty.push(`${panels.length} widget panels, expected ${expected}`);
  return {
    meters,
    widgets: panels.length,
    problems: [...problems, ...empty, ...recoverable.map((e) => `recoverable: ${e}`)],
  };
}

const failures = [];
const report = [];
let server = null;
let browser = null;
try {
  const tarballs = {
    core: pack('core', join(work, 'tarballs')),
    react: pack('react', join(work, 'tarballs')),
  };
  cpSync(source, app, {
    recursive: true,
    filter: (path) => !/\/(node_modules|dist|dist-server)(\/|$)/.test(path.slice(source.length)),
  });
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  manifest.dependencies['@closedloop/core'] = `file:${tarballs.core}`;
  manifest.dependencies['@closedloop/react'] = `file:${tarballs.react}`;
  manifest.overrides = { '@closedloop/core': `file:${tarballs.core}` };
  writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  npm(['install']);
  run(['node_modules/typescript/bin/tsc', '--noEmit']);
  console.log(`example: installed from the tarballs with npm on Node ${node.version}; tsc ok`);

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  for (const react of REACT_VERSIONS) {
    if (react !== manifest.dependencies.react) {
      // As a user on React 18 would: pin it in package.json and install.
      manifest.dependencies.react = react;
      manifest.dependencies['react-dom'] = react;
      writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
      // A fresh resolution, so npm does not weigh the React 19 tree it is replacing.
      rmSync(join(app, 'package-lock.json'));
      for (const name of ['react', 'react-dom']) {
        rmSync(join(app, 'node_modules', name), { recursive: true, force: true });
      }
      npm(['install']);
    }
    run([npmCli(), 'run', 'build', '--silent']);
    const size = bundleSize();
    report.push(
      `React ${react}: client JS ${size.raw} kB, ${size.gzip} kB gzip, ${size.brotli} kB brotli (budget ${budget.jsBrotliKb} kB)`,
    );
    if (size.brotli > budget.jsBrotliKb) {
      failures.push(
        `React ${react}: bundle ${size.brotli} kB brotli over the ${budget.jsBrotliKb} kB budget`,
      );
    }
    server = await startServer();
    const html = await (await fetch(`${server.url}/ssr`)).text();
    if (!html.includes('role="meter"') || !html.includes('id="closedloop-data"')) {
      failures.push(`React ${react}: /ssr was not rendered on the server`);
    }
    for (const [path, label] of [
      ['/', 'client'],
      ['/ssr', 'ssr'],
    ]) {
      const result = await openPage(browser, `${server.url}${path}`, `react-${react}-${label}`);
      const line = `React ${react} ${label === 'ssr' ? 'server-rendered, hydrated' : 'client-rendered'}: ${result.widgets} widget panels, ${result.meters} meters`;
      report.push(
        line +
          (result.problems.length
            ? `, ${result.problems.length} problem(s)`
            : ', no console errors'),
      );
      if (result.meters < 4) failures.push(`${line}: expected a meter per goal (4)`);
      for (const problem of result.problems) failures.push(`React ${react} ${path}: ${problem}`);
    }
    server.child.kill();
    server = null;
  }
} finally {
  server?.child.kill();
  await browser?.close();
  if (keep) console.log(`example app kept in ${app}`);
  else rmSync(work, { recursive: true, force: true });
}
for (const line of report) console.log(`  ${line}`);
if (failures.length > 0) {
  for (const failure of failures) console.error(`  ✖ ${failure}`);
  process.exit(1);
}
console.log(`example: ok in ${((performance.now() - started) / 1000).toFixed(1)} s`);
