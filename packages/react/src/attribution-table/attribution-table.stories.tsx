import type { AttributionResult, ModelComparison } from '@closedloop/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AttributionTable } from './attribution-table';
import {
  eurResult,
  hostileComparison,
  sampleComparison,
  sampleResult,
} from './attribution-table.fixtures';
import { largeComparison } from './attribution-table.large';

const meta = {
  title: 'Widgets/AttributionTable',
  component: AttributionTable,
  args: {
    title: 'Closed-won revenue by campaign',
    description: 'Sample company, three models side by side, 60-day lookback',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 1100 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'Attributed revenue from `attribute` (one model) or `compareModels` (several side by side) as a grid: campaigns, channels, touch types, content or teams as rows; revenue, share, fractional deals, touches, cost, ROI and ROAS as columns. Every row opens to its deals, every deal to the touches that earned the credit with the sentence that credited it. The “Not attributed” row (unattributed deals and pending shares) is always there and the total is pinned, so each column adds up to the result’s total. Export CSV writes what is shown with the exact decimal strings.',
      },
    },
  },
} satisfies Meta<typeof AttributionTable>;
export default meta;
type Story = StoryObj<typeof meta>;

type Loaded = { data: AttributionResult | ModelComparison };
const loaded = (data: AttributionResult | ModelComparison): Loaded => ({ data });
const render: Story['render'] = (args, { loaded: l }) => (
  <AttributionTable {...args} data={(l as Loaded).data} />
);

/** The sample company: W-shaped, full path (pending kept) and linear on closed-won deals. */
export const Primary: Story = {
  loaders: [() => loaded(sampleComparison())],
  render,
  args: { onSelect: fn() },
  play: async ({ canvas, args }) => {
    const grid = await canvas.findByRole('treegrid');
    const blog = within(grid).getByRole('rowheader', { name: /Blog/ });
    await userEvent.click(blog);
    await waitFor(() => expect(blog.closest('tr')).toHaveAttribute('aria-expanded', 'true'));
    const cells = within(blog.closest('tr') as HTMLElement).getAllByRole('gridcell');
    await userEvent.click(cells[1] as HTMLElement);
    await expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ widget: 'attribution-table', kind: 'row', entity: 'deal' }),
    );
  },
};

/** One model: cost, ROI and ROAS per campaign, campaigns that spent without return included. */
export const SingleModel: Story = {
  loaders: [() => loaded(sampleResult())],
  render,
  args: {
    title: 'W-shaped revenue by campaign',
    description: 'Cost from each campaign’s actual cost',
  },
};

/** Campaigns under their channel, each group summed exactly. */
export const GroupedByChannel: Story = {
  loaders: [() => loaded(sampleComparison())],
  render,
  args: { defaultGroupByChannel: true },
};

/** Channels as rows; a row opened to its deals and a deal to its credited touches. */
export const OpenedToTouches: Story = {
  loaders: [() => loaded(sampleComparison())],
  render,
  args: { defaultDimension: 'channel', title: 'Revenue by channel' },
  play: async ({ canvas }) => {
    const grid = await canvas.findByRole('treegrid');
    const content = within(grid).getByRole('rowheader', { name: /^Content/ });
    content.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(grid.querySelector('[data-kind="touch"]')).not.toBeNull());
    await expect(grid.textContent).toMatch(/W-shaped: /);
  },
};

/** Keyboard: header sorting with Enter; the live region says what happened. */
export const KeyboardSort: Story = {
  loaders: [() => loaded(sampleResult())],
  render,
  play: async ({ canvas }) => {
    const grid = await canvas.findByRole('treegrid');
    const header = within(grid).getByRole('columnheader', { name: /Touches/ });
    header.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'descending'));
  },
};

/** While the data loads: the skeleton keeps the table's height. */
export const Loading: Story = { args: { status: 'loading' } };

/** No converted deals in scope. */
export const Empty: Story = { args: { status: 'empty' } };

/** The result could not be computed; a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', onRetry: fn() },
};

/** A 360px column: the name column stays sticky, numbers scroll sideways. */
export const Narrow: Story = {
  loaders: [() => loaded(sampleComparison())],
  render,
  decorators: [
    (Story) => (
      <div style={{ width: 360 }}>
        <Story />
      </div>
    ),
  ],
};

/** Compact rows and full money. */
export const CompactFullNumbers: Story = {
  loaders: [() => loaded(sampleResult())],
  render,
  args: { density: 'compact', notation: 'full' },
};

/** 10,000 campaigns × 3 models: only the rows in view are rendered. */
export const LargeData: Story = {
  loaders: [
    () =>
      loaded(
        largeComparison({ campaigns: 10_000, models: 3, dealsOfFirst: 500, otherDeals: 6_000 }),
      ),
  ],
  render,
  args: { title: '10,000 campaigns', description: 'Synthetic data, three models' },
};

/** German, euros: the sample reported in EUR. */
export const German: Story = {
  loaders: [() => loaded(eurResult())],
  render,
  args: {
    locale: 'de-DE',
    title: 'Umsatz nach Kampagne (W-förmig)',
    description: 'Berichtswährung EUR',
    labels: {
      rowsLabel: 'Zeilen',
      search: 'Zeilen filtern',
      searchPlaceholder: 'Filtern…',
      columns: 'Spalten',
      exportCsv: 'CSV exportieren',
      notAttributed: 'Nicht zugeordnet',
      total: 'Summe',
      groupByChannel: 'Nach Kanal gruppieren',
      dimensions: {
        campaign: 'Kampagnen',
        channel: 'Kanäle',
        touchType: 'Kontaktarten',
        content: 'Inhalte',
        team: 'Teams',
      },
      rowHeader: {
        campaign: 'Kampagne',
        channel: 'Kanal',
        touchType: 'Kontaktart',
        content: 'Inhalt',
        team: 'Team',
      },
      reconciled: (total: string) =>
        `Jede Spalte ergibt ${total}, nicht Zugeordnetes eingeschlossen.`,
      metrics: {
        value: 'Umsatz',
        share: 'Anteil',
        credit: 'Deals',
        deals: 'Deals berührt',
        touches: 'Kontakte',
        cost: 'Kosten',
        roi: 'ROI',
        roas: 'ROAS',
      },
    },
  },
};

/** Hostile names (markup, `javascript:` URLs, spreadsheet formulas) render as inert text. */
export const HostileNames: Story = {
  loaders: [() => loaded(hostileComparison())],
  render,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('a[href^="javascript"]')).toBeNull();
    await expect(canvasElement.textContent).toContain('javascript:alert(1)');
  },
};

/** In a dark card scoped by `data-theme`, whatever the page's theme. */
export const DarkCard: Story = {
  loaders: [() => loaded(sampleComparison())],
  render,
  decorators: [
    (Story) => (
      <div data-theme="dark" style={{ background: '#111827', padding: 24, borderRadius: 12 }}>
        <Story />
      </div>
    ),
  ],
};
