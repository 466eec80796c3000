import type { FunnelResult } from '@closedloop/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { Funnel } from './funnel';
import { funnelFixture } from './funnel.fixtures';
import { sampleFunnel } from './funnel.sample';

const meta = {
  title: 'Widgets/Funnel',
  component: Funnel,
  args: {
    title: 'Lead funnel, last 12 months',
    description: 'People who became leads May 2025 – Apr 2026, all channels',
  },
  argTypes: {
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    status: { control: 'inline-radio', options: ['ready', 'loading', 'empty', 'error'] },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'ja-JP', 'hi-IN', 'ar-EG'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  loaders: [() => ({ result: sampleFunnel(), earlier: sampleFunnel('earlier') })],
  render: (args, { loaded }) => <Funnel result={loaded.result as FunnelResult} {...args} />,
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 720 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof Funnel>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The sample dataset's lead funnel (cohort method): counts, both rates, drop-off gaps, median time. */
export const OnSampleData: Story = {
  args: { onSelect: fn() },
  play: async ({ canvas, args }) => {
    const bars = canvas.getAllByRole('button');
    await expect(bars).toHaveLength(6);
    await userEvent.click(bars[1] as HTMLElement);
    await expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ widget: 'funnel', kind: 'stage', label: 'MQL' }),
    );
  },
};

/** Columns with connectors: bars at 75% of their column. */
export const Vertical: Story = { args: { orientation: 'vertical' } };

/** Two channels side by side on one scale. */
export const TwoGroups: Story = {
  args: {
    title: 'Paid search vs content',
    description: 'Same cohort, split by source channel',
    groups: ['paid_search', 'content'],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('group', { name: 'Paid search' })).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Content' })).toBeVisible();
  },
};

/** This period against the one before, on one scale. */
export const TwoPeriods: Story = {
  args: { title: 'Lead funnel: this year vs the half-year before', label: 'May 2025 – Apr 2026' },
  render: (args, { loaded }) => (
    <Funnel
      result={loaded.result as FunnelResult}
      {...args}
      compare={[{ label: 'Nov 2024 – Apr 2025', result: loaded.earlier as FunnelResult }]}
    />
  ),
};

/** Two periods, vertical. */
export const TwoPeriodsVertical: Story = {
  args: { ...TwoPeriods.args, orientation: 'vertical' },
  render: TwoPeriods.render,
};

/** Keyboard: Tab enters, arrows walk the stages, the tooltip matches hover, Escape closes it. */
export const KeyboardTooltip: Story = {
  play: async ({ canvas }) => {
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getAllByRole('img')[1]).toHaveFocus();
    await expect(document.querySelector('[role="tooltip"]')?.textContent).toContain('Dropped off');
  },
};

/** Every state: the title stays, the frame keeps the funnel's shape. */
export const StatesMatrix: Story = {
  render: (args, { loaded }) => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))',
        gap: 32,
      }}
    >
      <Funnel
        {...args}
        title="Ready"
        description={undefined}
        result={loaded.result as FunnelResult}
      />
      <Funnel {...args} title="Loading" description={undefined} status="loading" />
      <Funnel
        {...args}
        title="Empty"
        description={undefined}
        result={funnelFixture([
          ['Lead', 0],
          ['MQL', 0],
          ['SAL', 0],
        ])}
      />
      <Funnel
        {...args}
        title="Error"
        description={undefined}
        status="error"
        errorMessage="The CRM connection expired."
        onRetry={() => {}}
      />
      <Funnel
        {...args}
        title="Loading, vertical"
        description={undefined}
        status="loading"
        orientation="vertical"
      />
      <Funnel
        {...args}
        title="Error, vertical"
        description={undefined}
        status="error"
        orientation="vertical"
      />
    </div>
  ),
  decorators: [(Story) => <Story />],
};

/** Stress: 1000 : 4, 12 stages, 60-character stage names, one record, a 320px container. */
export const EdgeData: Story = {
  render: (args, { loaded }) => (
    <div style={{ display: 'grid', gap: 32 }}>
      <Funnel
        {...args}
        title="1000 : 4"
        description="Linear scale, no tapering; the 4 still gets 2px"
        result={funnelFixture([
          ['Visitors', 1000],
          ['Signups', 120],
          ['Demos', 31],
          ['Won', 4],
        ])}
      />
      <Funnel
        {...args}
        title="12 stages"
        description={undefined}
        result={funnelFixture(
          Array.from(
            { length: 12 },
            (_, i) => [`Stage ${i + 1}`, Math.round(5000 * 0.78 ** i)] as [string, number],
          ),
        )}
      />
      <Funnel
        {...args}
        title="Long stage names"
        description={undefined}
        result={funnelFixture([
          ['Marketing qualified lead (fit score ≥ 60 and engagement ≥ 40)', 840],
          ['Sales accepted lead after the SDR discovery call was logged', 402],
          ['Opportunity created with amount and close date', 97],
        ])}
      />
      <Funnel
        {...args}
        title="One record"
        description={undefined}
        result={funnelFixture([
          ['Lead', 1],
          ['MQL', 1],
          ['SAL', 0],
        ])}
      />
      <div style={{ width: 320 }}>
        <Funnel
          {...args}
          title="A 320px container"
          description="The time column folds into the tooltip"
          result={loaded.result as FunnelResult}
        />
      </div>
    </div>
  ),
};

/** German numbers and words, with a 60-character hostile-looking stage name rendered inert. */
export const German: Story = {
  args: {
    title: 'Lead-Funnel',
    description: 'Kohorte Mai 2025 – April 2026',
    locale: 'de-DE',
    labels: {
      stage: 'Phase',
      reached: 'Erreicht',
      dropped: 'Abgesprungen',
      fromPrevious: 'Von vorheriger',
      fromStart: 'Vom Start',
      medianTime: 'Median Verweildauer',
      p90Time: 'P90 Verweildauer',
      stillInStage: 'Noch in Phase',
      skipped: 'Übersprungen',
      movedBack: 'Zurückgestuft',
      showData: 'Daten anzeigen',
      rates: (previous, start) => `↓ ${previous} der vorherigen · ${start} vom Start`,
      time: (median, p90, advanced) => `Median ${median} · P90 ${p90} (${advanced} weiter)`,
      censored: (count, age) => `${count} noch in Phase, Median-Alter ${age}`,
      countingRule: () =>
        'Kohortenmethode: Personen, die im Zeitraum Lead wurden, und welche Phasen sie bis zum Stichtag erreichten.',
      notCounted: (count) => `${count} Datensätze markiert oder ausgelassen.`,
    },
  },
};

/** Japanese and an Arabic right-to-left funnel with Arabic-Indic digits. */
export const Locales: Story = {
  render: (args, { loaded }) => (
    <div style={{ display: 'grid', gap: 32 }}>
      <Funnel
        {...args}
        title="リードファネル"
        description={undefined}
        locale="ja-JP"
        result={loaded.result as FunnelResult}
      />
      <div dir="rtl">
        <Funnel
          {...args}
          title="مسار العملاء"
          description={undefined}
          locale="ar-EG"
          dir="rtl"
          result={loaded.result as FunnelResult}
        />
      </div>
    </div>
  ),
};

/** Hostile stage names render as text. */
export const HostileNames: Story = {
  render: (args) => (
    <Funnel
      {...args}
      title="<img src=x onerror=alert(1)>"
      result={funnelFixture([
        ['<script>alert(1)</script>', 100],
        ['javascript:alert(2)', 40],
      ])}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script, img')).toBeNull();
  },
};

/** Dark theme, both orientations. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: (args, { loaded }) => (
    <div style={{ display: 'grid', gap: 32 }}>
      <Funnel {...args} result={loaded.result as FunnelResult} />
      <Funnel {...args} orientation="vertical" result={loaded.result as FunnelResult} />
    </div>
  ),
};
