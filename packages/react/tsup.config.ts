import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One ESM entry per widget folder (src/<name>/<name>.tsx) beside the index, so the build
// splits into per-widget chunks: `import { GoalMeter }` from the index then pulls only the
// GoalMeter and kit chunks, not every widget in one undivisible file.
const widgets = Object.fromEntries(
  readdirSync('src', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`src/${entry.name}/${entry.name}.tsx`))
    .map((entry) => [`widgets/${entry.name}`, `src/${entry.name}/${entry.name}.tsx`]),
);

export default defineConfig([
  {
    entry: { index: 'src/index.ts', ...widgets },
    format: ['esm'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: true,
    sourcemap: true,
    target: 'es2022',
    external: ['react', 'react-dom', '@closedloop/core'],
    // Keep 'use client' at the top of every file for React Server Components.
    banner: { js: "'use client';" },
    // The theme stylesheet ships as is (`@closedloop/react/styles.css`).
    onSuccess: 'cp src/styles.css dist/styles.css',
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
    external: ['react', 'react-dom', '@closedloop/core'],
    banner: { js: "'use client';" },
  },
]);
