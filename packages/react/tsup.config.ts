import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  external: ['react', 'react-dom', '@closedloop/core'],
  // Keep 'use client' at the top of the bundle for React Server Components.
  banner: { js: "'use client';" },
  // The theme stylesheet ships as is (`@closedloop/react/styles.css`).
  onSuccess: 'cp src/styles.css dist/styles.css',
});
