import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { AlignmentDashboard } from './dashboard';

/**
 * The alignment dashboard on the sample dataset: the first page `pnpm start` opens. Change
 * the controls to recompute in a Web Worker; select a channel or a deal in one widget to
 * filter or open the others.
 */
const meta = {
  title: 'Dashboard/Alignment',
  component: AlignmentDashboard,
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof AlignmentDashboard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Alignment: Story = {
  name: 'Alignment dashboard',
  // The story is finished once the worker's first run is on screen, so screenshots and the
  // browser tests see the numbers, not the progress bar.
  play: async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(canvasElement.querySelector('[data-testid="dashboard"]')).toHaveAttribute(
          'data-state',
          'ready',
        ),
      { timeout: 60_000 },
    );
  },
};
