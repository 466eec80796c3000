// API reports: one Markdown report per public entry point (api-extractor, on the built
// declarations), committed under packages/<name>/api/, so a change to the public surface
// shows in review. `pnpm api:check` (in pnpm test) fails when the built surface differs from
// the committed report; `pnpm api:update` rewrites the reports after `pnpm build`.
// Exports without TSDoc are marked in the reports (ae-undocumented) and counted here.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { root } from './lib/pack.mjs';

const update = process.argv.includes('--update');

/** Public entry points: package folder, subpath, and the built CommonJS declaration file. */
function entryPoints() {
  const entries = [];
  for (const pkg of ['core', 'react', 'testkit']) {
    const dir = join(root, 'packages', pkg);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const [subpath, target] of Object.entries(manifest.publishConfig.exports)) {
      if (typeof target === 'string') continue; // ./package.json, CSS
      const types = target.require?.types ?? target.types;
      if (!types) continue;
      const name = subpath === '.' ? 'index' : subpath.slice(2).replaceAll('/', '-');
      entries.push({ pkg, dir, subpath, name, types: join(dir, types) });
    }
  }
  return entries;
}

/** `paths` sending each `@closedloop/core` subpath to its built CommonJS declarations. */
function coreTypePaths(packageDir) {
  const dir = join(packageDir, 'node_modules', '@closedloop', 'core');
  if (!existsSync(dir)) return {}; // core itself
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const paths = {};
  for (const [subpath, target] of Object.entries(manifest.publishConfig.exports)) {
    const types = typeof target === 'string' ? undefined : (target.require?.types ?? target.types);
    if (types) paths[`@closedloop/core${subpath.slice(1)}`] = [join(dir, types)];
  }
  return paths;
}

const temp = mkdtempSync(join(tmpdir(), 'closedloop-api-'));
const problems = [];
const lines = [];
const undocumentedExports = [];
try {
  for (const entry of entryPoints()) {
    if (!existsSync(entry.types))
      throw new Error(`${entry.types} is missing: run pnpm build first`);
    const reportFolder = join(entry.dir, 'api');
    mkdirSync(reportFolder, { recursive: true });
    const config = ExtractorConfig.prepare({
      configObjectFullPath: join(entry.dir, 'api-extractor.json'),
      packageJsonFullPath: join(entry.dir, 'package.json'),
      configObject: {
        projectFolder: entry.dir,
        newlineKind: 'lf',
        mainEntryPointFilePath: entry.types,
        compiler: {
          overrideTsconfig: {
            compilerOptions: {
              target: 'ES2022',
              module: 'ESNext',
              moduleResolution: 'bundler',
              lib: ['ES2022', 'DOM'],
              jsx: 'react-jsx',
              strict: true,
              skipLibCheck: true,
              types: [],
              // In the workspace @closedloop/core resolves to its sources; the reports read
              // its built declarations, through node_modules so it stays an external package.
              paths: coreTypePaths(entry.dir),
              preserveSymlinks: true,
            },
            files: [entry.types],
          },
        },
        apiReport: {
          enabled: true,
          reportFileName: `${entry.name}.api.md`,
          reportFolder,
          reportTempFolder: temp,
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          compilerMessageReporting: { default: { logLevel: 'warning' } },
          extractorMessageReporting: {
            default: { logLevel: 'none', addToApiReportFile: true },
            'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
            // Marked inline as "(undocumented)"; a footer would list dist line numbers,
            // which any TSDoc edit moves.
            'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
            // The declaration bundler moves the entry's @packageDocumentation comment below
            // the inlined declarations; the report has no use for it.
            'ae-misplaced-package-tag': { logLevel: 'none', addToApiReportFile: false },
          },
          tsdocMessageReporting: { default: { logLevel: 'none' } },
        },
      },
    });
    const result = Extractor.invoke(config, {
      localBuild: update,
      showVerboseMessages: false,
      messageCallback: (message) => {
        // Console messages narrate the report comparison, which the result below reports.
        if (message.messageId.startsWith('console-')) message.handled = true;
        else if (message.logLevel === 'warning' || message.logLevel === 'error') {
          problems.push(`${entry.pkg}${entry.subpath.slice(1)}: ${message.text}`);
          message.handled = true;
        }
      },
    });
    const label = `@closedloop/${entry.pkg}${entry.subpath === '.' ? '' : entry.subpath.slice(1)}`;
    const report = `packages/${entry.pkg}/api/${entry.name}.api.md`;
    if (!result.succeeded && !update) {
      problems.push(
        `${label}: the public API differs from ${report}. If intended, run pnpm api:update and commit the report (and a changeset).`,
      );
    }
    // Top-level exports without TSDoc, as the report marks them (members are not counted).
    const text = existsSync(join(root, report)) ? readFileSync(join(root, report), 'utf8') : '';
    const bare = [
      ...text.matchAll(/\/\/ @\w+ \(undocumented\)\r?\n(?:export )?(?:declare )?\w+ (\w+)/g),
    ].map((m) => m[1]);
    undocumentedExports.push(...bare.map((name) => `${label}: ${name}`));
    lines.push(
      `  ${label.padEnd(32)} ${report}  ${bare.length} of its exports without TSDoc (${text.split('(undocumented)').length - 1} items with members)`,
    );
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
console.log(lines.join('\n'));
if (process.argv.includes('--list-undocumented')) console.log(undocumentedExports.join('\n'));
if (problems.length > 0) {
  for (const problem of problems) console.error(`  ✖ ${problem}`);
  process.exit(1);
}
console.log(update ? 'api: reports written' : 'api: every entry matches its committed report');
