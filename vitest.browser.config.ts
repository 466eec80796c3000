import { defineConfig } from 'vitest/config';

// Browser tests: Chromium (Debian's, via playwright-core) against the built Storybook.
export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['apps/docs/tests/**/*.browser.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
