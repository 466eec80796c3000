import type { HandoffResult } from '@closedloop/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { StatesGrid } from '../kit/states-matrix.story';
import { HandoffFlow } from './handoff-flow';
import { flowData, largeFlow, sampleHandoff } from './handoff-flow.fixtures';

const meta = {
  title: 'Widgets/HandoffFlow',
  component: HandoffFlow,
  args: {
    title: 'What happened to Q1 MQLs',
    description: 'MQLs of 1 Jan–31 Mar 2026 by source, first outcome and deal, as of 15 May',
    onSelect: fn(),
  },
  loaders: [() => ({ result: sampleHandoff() })],
  render: (args, { loaded }) => (
    <HandoffFlow
      {...args}
      result={'result' in args ? args.result : (loaded.result as HandoffResult)}
    />
  ),
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 960 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof HandoffFlow>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The sample dataset's Q1 MQLs through `handoff`: the primary view. */
export const OnSampleData: Story = {};

/** Clicking a link hands its episodes to `onSelect`. */
export const SelectLink: Story = {
  play: async ({ canvas, args }) => {
    const link = canvas.getByRole('button', { name: /^Paid search → MQL: 74 MQLs/ });
    await userEvent.click(link);
    await expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'link', key: 'source:paid_search→mql', entity: 'episode' }),
    );
  },
};

/** Keyboard: Tab enters the flow, arrow keys walk nodes and links, the tooltip follows focus. */
export const KeyboardTooltip: Story = {
  play: async ({ canvas }) => {
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    const tooltip = await canvas.findByRole('tooltip', {}, { timeout: 2000 }).catch(() => null);
    // The tooltip is portalled to document.body, outside the canvas.
    await expect(tooltip ?? document.querySelector('[role="tooltip"]')).not.toBeNull();
  },
};

/** Ready, loading, empty and error at 320, 480, 768 and 1200px (the screenshot matrix). */
export const StatesMatrix: Story = {
  render: (args, { loaded }) => (
    <StatesGrid
      cell={({ state, width, props }) => (
        <HandoffFlow
          {...args}
          {...props}
          // Empty is derived from a flow with no MQLs, as an app would hit it.
          status={state === 'empty' ? undefined : props.status}
          result={
            state === 'ready'
              ? (loaded.result as HandoffResult)
              : state === 'empty'
                ? flowData({ nodes: [], links: [] })
                : undefined
          }
          showReasons={width > 480}
        />
      )}
    />
  ),
  decorators: [(Story) => <Story />],
};

/** While the data loads: the Sankey's shape in the track colour. */
export const Loading: Story = { args: { status: 'loading' } };

/** No MQLs in the period: the scope is named. */
export const Empty: Story = {
  args: {
    result: {
      ...flowData({ nodes: [], links: [] }),
      period: {
        start: '2026-07-01',
        end: '2026-09-30',
        timeZone: 'UTC',
        startsAt: '2026-07-01T00:00:00Z',
        endsAt: '2026-10-01T00:00:00Z',
      },
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('No MQLs Jul 1–Sep 30');
  },
};

/** Loading failed, with a retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorMessage: 'The CRM connection expired.', onRetry: fn() },
};

/** The app's dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A narrow container (360px): 100% bars per step instead of a Sankey. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: 360 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /^Paid search → MQL/ })).toBeInTheDocument();
  },
};

/** 60 nodes and 150 links (the performance case). */
export const LargeData: Story = {
  args: {
    result: flowData(largeFlow(7)),
    title: 'Large flow: 60 nodes, 150 links',
    description: undefined,
  },
};

/** German numbers and labels. */
export const German: Story = {
  args: {
    title: 'Was aus den MQLs im Q1 wurde',
    description: 'MQLs vom 1. Jan. bis 31. März 2026 nach Quelle, erstem Ergebnis und Deal',
    locale: 'de-DE',
    labels: {
      nodes: {
        mql: 'MQL',
        accepted: 'Angenommen',
        pending: 'Offen',
        never_worked: 'Nie bearbeitet',
        recycled: 'Zurück ins Nurturing',
        disqualified: 'Disqualifiziert',
        accepted_no_opportunity: 'Angenommen, noch keine Opportunity',
        opportunity: 'Opportunity',
        won: 'Gewonnen',
        lost: 'Verloren',
        open: 'Offen (Deal)',
      },
      channels: {
        paid_search: 'Bezahlte Suche',
        content: 'Inhalte',
        email: 'E-Mail',
        events: 'Events',
        organic_social: 'Organisch Social',
        outbound: 'Outbound',
        paid_social: 'Bezahlt Social',
        partner: 'Partner',
        webinar: 'Webinar',
      },
      mqls: (count) => `${count} MQLs`,
      shareOfMqls: 'Anteil aller MQLs',
      shareOf: (node) => `Anteil an ${node}`,
      reasonsTitle: 'Warum der Vertrieb MQLs abgelehnt hat',
      noReason: 'Kein Grund angegeben',
      recycled: 'Zurückgegeben',
      disqualified: 'Disqualifiziert',
      cameBack: 'Wieder MQL geworden',
      shareOfRejections: 'Anteil der Ablehnungen',
      from: 'Von',
      to: 'Nach',
      count: 'MQLs',
      showData: 'Daten anzeigen',
      flowName: (title) => `${title}: Übergabefluss`,
    },
  },
};

/** Hostile channel and reason names render as inert text; a missing reason is hatched. */
export const HostileAndMissingReasons: Story = {
  args: {
    result: flowData(
      {
        nodes: [
          {
            id: 'source:<img src=x onerror=alert(1)>',
            label: '<img src=x onerror=alert(1)>',
            layer: 0,
          },
          { id: 'source:javascript:alert(1)', label: 'javascript:alert(1)', layer: 0 },
          { id: 'mql', label: 'MQL', layer: 1 },
          { id: 'recycled', label: 'Recycled to nurture', layer: 2 },
          { id: 'disqualified', label: 'Disqualified', layer: 2 },
        ],
        links: [
          { source: 'source:<img src=x onerror=alert(1)>', target: 'mql', value: 30 },
          { source: 'source:javascript:alert(1)', target: 'mql', value: 12 },
          { source: 'mql', target: 'recycled', value: 25 },
          { source: 'mql', target: 'disqualified', value: 17 },
        ],
      },
      [
        { kind: 'recycled', reason: null, count: 25, share: 25 / 42, cameBackAsMql: 3 },
        {
          kind: 'disqualified',
          reason: '<script>alert(1)</script>',
          count: 17,
          share: 17 / 42,
          cameBackAsMql: 0,
        },
      ],
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script, img')).toBeNull();
  },
};

const shadcnCard: CSSProperties = {
  padding: 24,
  borderRadius: 12,
  border: '1px solid #e4e4e7',
  ['--chart-1' as string]: '#e76e50',
  ['--chart-2' as string]: '#2a9d90',
  ['--chart-3' as string]: '#274754',
  ['--chart-4' as string]: '#e8c468',
  ['--chart-5' as string]: '#f4a462',
};

/** In a shadcn-style card with the host's `--chart-1…5` colours. */
export const InShadcnCard: Story = {
  decorators: [
    (Story) => (
      <div style={shadcnCard}>
        <Story />
      </div>
    ),
  ],
};
