#!/usr/bin/env node
// Regenerates data/sample/<entity>.csv (seed 1, scale 1) from the TypeScript sources:
// `pnpm --filter @closedloop/core sample:csv`. The sources are bundled with the esbuild that
// tsup already depends on, so the script needs no extra dev dependency.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pkgDir = dirname(dirname(fileURLToPath(import.meta.url)));
const outDir = join(pkgDir, '..', '..', 'data', 'sample');
const require = createRequire(import.meta.url);
const esbuild = createRequire(require.resolve('tsup'))('esbuild');

const result = await esbuild.build({
  stdin: {
    contents: "export { sampleCsvFiles } from './src/sample/csv-files.ts';",
    resolveDir: pkgDir,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  write: false,
  logLevel: 'warning',
});
// Imported from inside the package so the bare imports (zod, papaparse) resolve.
const cacheDir = join(pkgDir, 'node_modules', '.cache', 'sample-csv');
const bundle = join(cacheDir, `bundle-${process.pid}.mjs`);
await mkdir(cacheDir, { recursive: true });
await writeFile(bundle, result.outputFiles[0].text);
try {
  const { sampleCsvFiles } = await import(pathToFileURL(bundle).href);
  await mkdir(outDir, { recursive: true });
  let total = 0;
  for (const [name, text] of Object.entries(sampleCsvFiles())) {
    await writeFile(join(outDir, name), text);
    const bytes = Buffer.byteLength(text);
    total += bytes;
    console.log(`${relative(process.cwd(), join(outDir, name))}  ${(bytes / 1024).toFixed(0)} KiB`);
  }
  console.log(`total ${(total / 1024 / 1024).toFixed(2)} MiB`);
} finally {
  await rm(bundle, { force: true });
}
