import type { Preview } from '@storybook/react-vite';
import './theme.css';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Every story is an accessibility test: violations fail the Storybook tests.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    theme: {
      description: 'Colour theme of the widgets',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (Story, context) => {
      // The app owns the theme: widgets only read CSS custom properties. The dark theme is
      // data-theme on <html>, so portalled tooltips (in <body>) get it too.
      document.documentElement.dataset.theme = context.globals.theme === 'dark' ? 'dark' : 'light';
      return Story();
    },
  ],
};
export default preview;
