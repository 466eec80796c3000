import type { AttributionResult, CampaignReturn } from '@closedloop/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { CampaignRevenue } from './campaign-revenue';
import { euroRevenue, sampleRevenue, smallCampaigns } from './campaign-revenue.fixtures';

const meta = {
  title: 'Widgets/CampaignRevenue',
  component: CampaignRevenue,
  args: { title: 'Revenue against cost', currency: 'USD' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 760 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'Attributed revenue (accent bar) against cost (hatched bar) per campaign or channel on one money axis, ROI = (revenue − cost) ÷ cost and ROAS = revenue ÷ cost at the end, under the model named in the subtitle. Campaigns without a cost say “No cost”. Past 15 rows it is a cost × revenue scatter with the ROAS = 1 line.',
      },
    },
  },
} satisfies Meta<typeof CampaignRevenue>;
export default meta;
type Story = StoryObj<typeof meta>;

type Loaded = { result: AttributionResult };
const fromResult: Story['render'] = (args, { loaded }) => {
  const { result } = loaded as Loaded;
  return (
    <CampaignRevenue
      {...args}
      campaigns={result.campaigns}
      currency={result.currency}
      model={result.label}
      deals={result.deals}
    />
  );
};

/** The sample company by channel under W-shaped: the question a CMO asks first. */
export const Primary: Story = {
  loaders: [() => ({ result: sampleRevenue() })],
  render: fromResult,
  args: { grouping: 'channel', title: 'Revenue against cost by channel', onSelect: fn() },
  play: async ({ canvas, args }) => {
    const rows = await canvas.findAllByRole('button');
    await userEvent.click(rows[0] as Element);
    await expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ widget: 'campaign-revenue', kind: 'channel', entity: 'deal' }),
    );
  },
};

/** Six campaigns: a loss, one without cost, one spending with nothing back. */
export const Campaigns: Story = {
  args: { campaigns: smallCampaigns() as CampaignReturn[], model: 'W-shaped' },
  play: async ({ canvas }) => {
    const rows = canvas.getAllByRole('img');
    (rows[0] as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.querySelector('[role="tooltip"]')).not.toBeNull());
  },
};

/** 59 campaigns: a cost × revenue scatter with the ROAS = 1 line. */
export const ManyCampaigns: Story = {
  loaders: [() => ({ result: sampleRevenue() })],
  render: fromResult,
  args: { title: 'Every campaign: revenue against cost' },
};

export const Loading: Story = { args: { status: 'loading' } };
export const Empty: Story = { args: { campaigns: [] } };
export const ErrorState: Story = { name: 'Error', args: { status: 'error', onRetry: fn() } };

/** A 320px column. */
export const Narrow: Story = {
  args: { campaigns: smallCampaigns() as CampaignReturn[], model: 'Linear' },
  decorators: [
    (Story) => (
      <div style={{ width: 320 }}>
        <Story />
      </div>
    ),
  ],
};

/** German, euros. */
export const German: Story = {
  loaders: [() => ({ result: euroRevenue() })],
  render: fromResult,
  args: {
    grouping: 'channel',
    locale: 'de-DE',
    title: 'Umsatz und Kosten je Kanal',
    labels: {
      revenue: 'Umsatz',
      cost: 'Kosten',
      channel: 'Kanal',
      noCost: 'Keine Kosten',
      model: (model: string) => `Zugeordneter Umsatz (${model})`,
    },
  },
};

/** In a dark card. */
export const DarkCard: Story = {
  args: { campaigns: smallCampaigns() as CampaignReturn[], model: 'W-shaped' },
  decorators: [
    (Story) => (
      <div data-theme="dark" style={{ background: '#111827', padding: 24, borderRadius: 12 }}>
        <Story />
      </div>
    ),
  ],
};
