import { defineConfig } from 'tsup';

// ESM only: the conformance suite imports vitest, which cannot be require()d. CommonJS callers
// on Node 22+ still get the fakes through require(esm).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
});
