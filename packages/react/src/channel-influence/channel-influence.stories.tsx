import type { AttributionResult, PathAttribution } from '@closedloop/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { WidgetStatus } from '../kit';
import { ChannelInfluence } from './channel-influence';
import { pathFit, sampleDataDriven, THREE_PATHS, widePaths } from './channel-influence.fixtures';

const meta = {
  title: 'Widgets/ChannelInfluence',
  component: ChannelInfluence,
  args: {
    title: 'Which channels move deals to closed-won',
    description: 'Markov removal effects on the sample company’s won and lost deals',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 880 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'A data-driven fit (`attributePaths`, or `attribute` with `markov` / `shapley` and `bootstrap`): each channel’s share of conversions with its bootstrap interval as an error bar — hatched when the interval reaches zero or the channel rests on few conversions — the fit’s sample-size warnings in words, and for Markov the transition matrix as a heatmap.',
      },
    },
  },
} satisfies Meta<typeof ChannelInfluence>;
export default meta;
type Story = StoryObj<typeof meta>;

type Loaded = { result: PathAttribution | AttributionResult };
const render: Story['render'] = (args, { loaded }) => (
  <ChannelInfluence {...args} result={(loaded as Loaded).result} />
);

/** The sample company: Markov on its won and lost deals, 200 bootstrap replicates. */
export const Primary: Story = {
  loaders: [() => ({ result: sampleDataDriven({ model: 'markov' }) })],
  render,
  args: { onSelect: fn() },
  play: async ({ canvas, args }) => {
    const bars = await canvas.findAllByRole('button', { name: /Content:/ });
    await userEvent.click(bars[0] as Element);
    await expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'channel', entity: 'deal' }),
    );
  },
};

/** Shapley values (conversions value function) on the same deals. */
export const Shapley: Story = {
  loaders: [() => ({ result: sampleDataDriven({ model: 'shapley' }) })],
  render,
  args: { description: 'Shapley values on the sample company’s deals' },
};

/** Plenty of journeys: narrow intervals, no warning. */
export const ManyJourneys: Story = {
  loaders: [() => ({ result: pathFit(widePaths()) })],
  render,
  args: { title: 'Channel influence on 6,500 journeys', description: undefined },
};

/** The guide's three journeys: everything uncertain, the warning in words. */
export const SmallSample: Story = {
  loaders: [() => ({ result: pathFit(THREE_PATHS) })],
  render,
  args: { title: 'Three journeys', description: 'analyzecore’s worked example' },
};

/** Keyboard: Tab to the bars, arrow to the next, the tooltip shows the interval. */
export const KeyboardTooltip: Story = {
  loaders: [() => ({ result: pathFit(widePaths()) })],
  render,
  play: async () => {
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.querySelector('[role="tooltip"]')).not.toBeNull());
    await expect(document.querySelector('[role="tooltip"]')?.textContent).toMatch(/CI/);
  },
};

/** Credited value in money, second-order chain. */
export const ValueOrderTwo: Story = {
  loaders: [
    () => ({
      result: sampleDataDriven({ model: 'markov', samples: 50, order: 2 }),
    }),
  ],
  render,
  args: { measure: 'value', title: 'Credited revenue by channel' },
};

/** Every state. */
export const States: Story = {
  loaders: [() => ({ result: pathFit(widePaths()) })],
  render: (args, { loaded }) => (
    <div style={{ display: 'grid', gap: 32 }}>
      {(['ready', 'loading', 'empty', 'error'] as WidgetStatus[]).map((status) => (
        <ChannelInfluence
          key={status}
          {...args}
          title={`State: ${status}`}
          status={status}
          showTransitions={false}
          result={status === 'ready' ? (loaded as Loaded).result : undefined}
        />
      ))}
    </div>
  ),
};

export const Loading: Story = { args: { status: 'loading' } };
export const Empty: Story = { args: { status: 'empty' } };
export const ErrorState: Story = { name: 'Error', args: { status: 'error', onRetry: fn() } };

/** A narrow card (320px). */
export const Narrow: Story = {
  loaders: [() => ({ result: sampleDataDriven({ model: 'markov' }) })],
  render: (args, ctx) => <div style={{ width: 320 }}>{render(args, ctx)}</div>,
};

/** Japanese, credited value in yen (a path fit has no currency of its own). */
export const JapaneseYen: Story = {
  loaders: [() => ({ result: pathFit(widePaths()) })],
  render,
  args: {
    locale: 'ja-JP',
    currency: 'JPY',
    measure: 'value',
    title: 'チャネル別の貢献',
    description: undefined,
    labels: { showData: 'データを表示', start: '開始', conversion: '成約', noConversion: '未成約' },
  },
};
