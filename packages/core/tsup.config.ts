import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'sample/index': 'src/sample/index.ts',
    'hubspot/index': 'src/adapters/hubspot/index.ts',
    'salesforce/index': 'src/adapters/salesforce/index.ts',
    'pipedrive/index': 'src/adapters/pipedrive/index.ts',
    'csv/index': 'src/csv/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
});
