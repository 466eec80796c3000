import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildSync, type Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const outputName = (file: string) => file.replace(/^src\//, '').replace(/\.ts$/, '');

/**
 * The public entry points: the source files of package.json's development `exports`. dist
 * mirrors src, so `publishConfig.exports` must point each at the mirrored path
 * (`./src/adapters/hubspot/index.ts` → `./dist/adapters/hubspot/index.mjs`); checked here.
 */
function publicSources(): string[] {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const sources: string[] = [];
  for (const [subpath, source] of Object.entries<string>(manifest.exports)) {
    if (!source.endsWith('.ts')) continue; // ./package.json
    const file = source.replace(/^\.\//, '');
    const mirrored = `./dist/${outputName(file)}`;
    const published = manifest.publishConfig.exports[subpath];
    const paths = [
      published?.import?.types,
      published?.import?.default,
      published?.require?.types,
      published?.require?.default,
    ];
    if (paths.some((path) => typeof path !== 'string' || !path.startsWith(`${mirrored}.`))) {
      throw new Error(
        `package.json publishConfig.exports["${subpath}"] must point at ${mirrored}.{mjs,d.mts,js,d.ts} (dist mirrors src)`,
      );
    }
    sources.push(file);
  }
  return sources;
}
const PUBLIC_SOURCES = publicSources();
const byOutputName = (files: string[]) => Object.fromEntries(files.map((f) => [outputName(f), f]));

/** Every source module the public entries reach: each becomes its own output file. */
function shippedModules(): string[] {
  const { metafile } = buildSync({
    entryPoints: PUBLIC_SOURCES,
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    platform: 'neutral',
    format: 'esm',
    outdir: 'out',
    logLevel: 'silent',
  });
  return Object.keys(metafile.inputs).filter((file) => /^src\/.*\.ts$/.test(file));
}

/**
 * Per-module output: every relative import stays an import of the sibling output file
 * (`./options` → `./options.mjs`), so each source module is one file in dist and a bundler
 * keeps only the modules a caller's imports reach (with `sideEffects: false`). Otherwise a
 * root import would carry every module-level schema of the package.
 */
function perModule(extension: '.mjs' | '.js'): Plugin {
  return {
    name: 'closedloop-per-module',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const target = resolve(args.resolveDir, args.path);
        const file = [`${target}.ts`, join(target, 'index.ts')].find(existsSync);
        if (!file) return undefined;
        let path = relative(args.resolveDir, file).replace(/\.ts$/, extension);
        if (!path.startsWith('.')) path = `./${path}`;
        return { path, external: true };
      });
    },
  };
}

const shared: Options = {
  entry: byOutputName(shippedModules()),
  outDir: 'dist',
  sourcemap: true,
  target: 'es2022',
  splitting: false,
  treeshake: false,
  dts: false,
  clean: false,
  // Hundreds of entries: list them only on failure.
  silent: true,
};

export default defineConfig([
  { ...shared, format: 'esm', esbuildPlugins: [perModule('.mjs')] },
  { ...shared, format: 'cjs', esbuildPlugins: [perModule('.js')] },
  // Types stay bundled per public entry (shared declarations in chunks).
  {
    entry: byOutputName(PUBLIC_SOURCES),
    outDir: 'dist',
    format: ['esm', 'cjs'],
    dts: { only: true, compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: false,
  },
]);
