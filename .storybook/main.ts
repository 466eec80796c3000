import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { StorybookConfig } from '@storybook/react-vite';

// Storybook and its addons are dependencies of apps/docs; this config folder sits at the
// repo root (the design card's layout), so resolve them from the docs app.
const require = createRequire(new URL('../apps/docs/package.json', import.meta.url));
const resolvePackage = (name: string) => dirname(require.resolve(`${name}/package.json`));

const config: StorybookConfig = {
  framework: resolvePackage('@storybook/react-vite') as '@storybook/react-vite',
  // The alignment dashboard comes first: it is the page `pnpm start` lands on.
  stories: [
    '../apps/docs/src/dashboard/*.stories.tsx',
    '../apps/docs/src/**/*.mdx',
    '../packages/react/src/**/*.stories.tsx',
  ],
  addons: [resolvePackage('@storybook/addon-docs'), resolvePackage('@storybook/addon-a11y')],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  // The preview iframe has no icon of its own; without one browsers ask for /favicon.ico.
  previewHead: (head) => `${head}<link rel="icon" type="image/svg+xml" href="./favicon.svg" />`,
};
export default config;
