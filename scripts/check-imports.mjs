// Checks that importing one function from @closedloop/core pulls only what that function
// needs. For each size-limit entry that imports names from the core's ESM build, it bundles
// `import { name }` with esbuild (as an app's bundler would, honouring sideEffects: false) and
// fails when the bundle holds
//   - a module outside the static import closure of the module defining the function (what a
//     barrel, a side effect or a lost `sideEffects: false` would drag in), or
//   - a module of another analysis or entry point, or a package, that the function is not
//     allowed to need (FORBIDDEN below): the per-function budgets depend on it, or
//   - any part of zod beyond zod/mini, its core and the English messages (classic zod's
//     methods, JSON Schema code and locales cost ~15 kB brotli more).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { root as repoRoot } from './lib/pack.mjs';

// CHECK_IMPORTS_ROOT points the check at another tree (its tests use a fixture).
const root = process.env.CHECK_IMPORTS_ROOT ?? repoRoot;
const dist = join(root, 'packages/core/dist');
/** Areas of the core (first folder under dist) that are separate analyses or entry points. */
const ANALYSES = ['adapters', 'attribution', 'csv', 'funnel', 'goals', 'handoff', 'sample', 'sla'];
/** Packages only one area may need: the CSV parser, the HTTP client, the sample's PRNG. */
const AREA_PACKAGES = { papaparse: 'csv', ky: 'adapters', 'pure-rand': 'sample' };
/**
 * Known modules of another area that a function legitimately shares (function → modules).
 * goals reads a deal's value at a date through the funnel's helper, which would sit better in
 * a shared folder (lifecycle/ or money/).
 */
const SHARED = { goalProgress: ['funnel/deal-value.mjs'] };
/**
 * The record schemas of the Dataset (and the parser that runs them). The analyses take a parsed
 * Dataset and validate their options only, so they must not bundle these.
 */
const RECORD_SCHEMAS = [
  'model/dataset.mjs',
  'model/deals.mjs',
  'model/marketing.mjs',
  'model/parse-dataset.mjs',
  'model/people.mjs',
  'model/primitives.mjs',
  'model/sales.mjs',
];
/**
 * What a function must not pull beyond the other analyses: areas (first folder under dist),
 * dist modules or packages. Its `own` area is always allowed.
 */
const FORBIDDEN = {
  formatScaled: ['zod', 'model', 'options', 'time', 'lifecycle', 'lead-timeline'],
  goalProgress: RECORD_SCHEMAS,
  funnel: RECORD_SCHEMAS,
  handoff: RECORD_SCHEMAS,
  attribute: RECORD_SCHEMAS,
};
/** The parts of the zod package a bundle may hold. */
const ZOD_ALLOWED = /\/zod\/v4\/(?:core\/|mini\/|locales\/en\.js$)/;

const files = new Map();
/** Parses an esbuild ESM output file: imports, local export list, re-exports and `export *`. */
function parse(file) {
  if (files.has(file)) return files.get(file);
  const text = readFileSync(file, 'utf8');
  const info = {
    deps: [],
    imports: new Map(),
    exports: new Map(),
    reexports: new Map(),
    stars: [],
  };
  const target = (spec) => (spec.startsWith('.') ? resolve(dirname(file), spec) : spec);
  const names = (list) =>
    list
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [a, b] = part.split(/\s+as\s+/);
        return [a.trim(), (b ?? a).trim()];
      });
  for (const m of text.matchAll(/^import\s+(?:([\s\S]*?)\s+from\s+)?"([^"]+)";/gm)) {
    const from = target(m[2]);
    info.deps.push(from);
    const braces = /\{([\s\S]*)\}/.exec(m[1] ?? '');
    if (braces)
      for (const [imported, local] of names(braces[1])) info.imports.set(local, { from, imported });
  }
  for (const m of text.matchAll(/^export\s+\*\s+from\s+"([^"]+)";/gm)) {
    info.deps.push(target(m[1]));
    info.stars.push(target(m[1]));
  }
  for (const m of text.matchAll(/^export\s+\{([\s\S]*?)\}(?:\s+from\s+"([^"]+)")?;/gm)) {
    if (m[2]) {
      const from = target(m[2]);
      info.deps.push(from);
      for (const [imported, exported] of names(m[1]))
        info.reexports.set(exported, { from, imported });
    } else {
      for (const [local, exported] of names(m[1])) info.exports.set(exported, local);
    }
  }
  files.set(file, info);
  return info;
}

/** The file that defines `name` as exported from `file`, following re-exports. */
function definingModule(file, name) {
  const info = parse(file);
  const reexport = info.reexports.get(name);
  if (reexport) return definingModule(reexport.from, reexport.imported);
  if (info.exports.has(name)) {
    const imported = info.imports.get(info.exports.get(name));
    return imported ? definingModule(imported.from, imported.imported) : file;
  }
  for (const star of info.stars) {
    const found = definingModule(star, name);
    if (found) return found;
  }
  return null;
}

/** Every dist file and package reachable from `file` through static imports. */
function closure(file) {
  const seen = new Set();
  const walk = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    if (f.startsWith('/')) for (const dep of parse(f).deps) walk(dep);
  };
  walk(file);
  return seen;
}

const packageOf = (input) => {
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
  return m ? m[1] : null;
};
const area = (file) => relative(dist, file).split('/')[0];

const entries = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8')).filter(
  (entry) => entry.import && resolve(root, entry.path).startsWith(`${dist}/`),
);
if (entries.length === 0) throw new Error('no size-limit entry imports from packages/core/dist');
readdirSync(dist); // fails early, with a clear error, when the core is not built

const failures = [];
for (const entry of entries) {
  const path = resolve(root, entry.path);
  const imported = [...entry.import.matchAll(/\w+/g)].map((m) => m[0]);
  const result = await build({
    stdin: { contents: `export { ${imported.join(', ')} } from '${path}';`, resolveDir: root },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    outfile: 'out.js',
    logLevel: 'silent',
  });
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([input]) => resolve(root, input));
  const modules = inputs.filter((input) => input.startsWith(`${dist}/`));
  const packages = [...new Set(inputs.map(packageOf).filter(Boolean))];

  for (const name of imported) {
    const defining = definingModule(path, name);
    if (!defining) {
      failures.push(`${name}: not exported by ${relative(root, path)}`);
      continue;
    }
    const reach = closure(defining);
    const own = area(defining);
    const forbidden = new Set([
      ...ANALYSES.filter((a) => a !== own),
      ...Object.keys(AREA_PACKAGES).filter((pkg) => AREA_PACKAGES[pkg] !== own),
      ...(FORBIDDEN[name] ?? []),
    ]);
    const shared = new Set(SHARED[name] ?? []);
    const pulled = [];
    for (const module of modules) {
      const file = relative(dist, module);
      if (!reach.has(module)) pulled.push(`${file} (not imported by ${relative(dist, defining)})`);
      else if (forbidden.has(file)) pulled.push(`${file} (forbidden for ${name})`);
      else if (forbidden.has(area(module)) && !shared.has(file))
        pulled.push(`${file} (${area(module)})`);
    }
    for (const input of inputs) {
      if (packageOf(input) === 'zod' && !ZOD_ALLOWED.test(input))
        pulled.push(`${input.replace(/^.*\/node_modules\//, '')} (zod beyond zod/mini)`);
    }
    for (const pkg of packages) {
      const allowed = [...reach].some((dep) => dep === pkg || dep.startsWith(`${pkg}/`));
      if (!allowed || forbidden.has(pkg)) pulled.push(`package ${pkg}`);
    }
    const summary = `${name} (${relative(dist, defining)}): ${modules.length} modules${packages.length ? `, ${packages.join(', ')}` : ''}`;
    if (pulled.length > 0) failures.push(`${summary}; unrelated: ${pulled.join(', ')}`);
    else console.log(`  ${summary}`);
  }
}
if (failures.length > 0) {
  for (const failure of failures) console.error(`  ✖ ${failure}`);
  process.exit(1);
}
console.log(`imports: ${entries.length} entries pull only what they need`);
