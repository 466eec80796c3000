import { defineConfig } from 'vitest/config';

// Property tests are CPU-bound and the machines are shared: allow for a loaded box.
const testTimeout = 30_000;

// Unit tests: the core in Node, the widgets in jsdom. Browser tests live in
// vitest.browser.config.ts; benchmarks are scripts, never tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          root: './packages/core',
          environment: 'node',
          testTimeout,
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'testkit',
          root: './packages/testkit',
          environment: 'node',
          testTimeout,
          include: ['src/**/*.test.ts'],
          passWithNoTests: true,
        },
      },
      {
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'react',
          root: './packages/react',
          environment: 'jsdom',
          testTimeout,
          include: ['src/**/*.test.tsx'],
          exclude: ['src/**/*.ssr.test.tsx'],
        },
      },
      {
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'react-ssr',
          root: './packages/react',
          environment: 'node',
          testTimeout,
          include: ['src/**/*.ssr.test.tsx'],
        },
      },
    ],
  },
});
