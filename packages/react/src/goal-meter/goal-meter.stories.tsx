import { type GoalProgress, goalProgress } from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
} from '@closedloop/core/sample';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { GoalMeter } from './goal-meter';
import { aheadFixture, euroFixture, progressFixture } from './goal-meter.fixtures';

const meta = {
  title: 'Widgets/GoalMeter',
  component: GoalMeter,
  args: {
    title: 'Q1 revenue goal',
    description: 'Closed-won revenue in Q1 2026, all regions',
    progress: progressFixture(),
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 560 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof GoalMeter>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The revenue goal of the sample dataset, measured with `goalProgress` at `SAMPLE_AS_OF`. */
function sampleRevenueProgress(): GoalProgress {
  const dataset = generateSampleDataset();
  const goal = dataset.goals.find((candidate) => candidate.metric === 'revenue');
  if (!goal) throw new Error('the sample dataset has no revenue goal');
  return goalProgress(dataset, goal, {
    asOf: SAMPLE_AS_OF,
    exchangeRates: SAMPLE_EXCHANGE_RATES,
  });
}

/** End to end: the generated sample dataset through `goalProgress` into the meter. */
export const OnSampleData: Story = {
  args: { title: 'Revenue goal (sample data)', description: undefined },
  loaders: [() => ({ progress: sampleRevenueProgress() })],
  render: (args, { loaded }) => <GoalMeter {...args} progress={loaded.progress as GoalProgress} />,
  play: async ({ canvas }) => {
    const meter = canvas.getByRole('meter', { name: 'Revenue goal (sample data)' });
    await expect(meter).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^\$[\d,.]+ of \$/),
    );
  },
};

/** Ahead of pace: 65% won with half the quarter gone. */
export const Ahead: Story = {
  args: { progress: aheadFixture() },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('meter')).toHaveAttribute(
      'aria-valuetext',
      '$780,000 of $1,200,000 (65%), expected $600,000 by Feb 15',
    );
  },
};

/** Behind pace: 34% won with half the quarter gone. */
export const Behind: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('meter')).toHaveAttribute('aria-valuenow', '412500');
    await expect(canvas.getByText('34%')).toBeVisible();
  },
};

/** While the data loads. */
export const Loading: Story = {
  args: { status: 'loading', progress: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading goal progress…');
  },
};

/** No data yet. */
export const Empty: Story = {
  args: { status: 'empty', progress: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('No data for this goal yet.');
  },
};

/** Loading failed, with the app's message. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    status: 'error',
    progress: undefined,
    errorMessage: 'The CRM connection expired. Reconnect HubSpot to refresh this goal.',
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('The CRM connection expired');
  },
};

/** A long title and description wrap instead of overflowing. */
export const LongTitle: Story = {
  args: {
    title:
      'Joint marketing and sales new-business revenue goal for the enterprise segment in EMEA and North America, first quarter of fiscal year 2026, including renewals with expansion',
    description:
      'Closed-won new-business revenue from deals whose primary account is in the enterprise segment; partner-sourced deals count toward the goal once the partner agreement is countersigned.',
  },
};

/** German number and date formats with EUR amounts, and German labels. */
export const German: Story = {
  args: {
    title: 'Umsatzziel Q1',
    description: 'Gewonnene Deals im ersten Quartal 2026',
    locale: 'de-DE',
    progress: euroFixture(),
    labels: {
      loading: 'Zielfortschritt wird geladen …',
      empty: 'Noch keine Daten für dieses Ziel.',
      error: 'Zielfortschritt konnte nicht geladen werden.',
      actual: 'Ist',
      expectedBy: (date) => `Soll bis ${date}`,
      target: 'Ziel',
      measure: 'Kennzahl',
      value: 'Wert',
      showData: 'Daten anzeigen',
      notCounted: (count) =>
        `${count} ${count === 1 ? 'Datensatz wurde' : 'Datensätze wurden'} wegen fehlender Daten nicht gezählt.`,
      summary: ({ actual, target }) => `${actual} von ${target}`,
      valueText: ({ actual, target, percent, expected, asOfDate }) =>
        `${actual} von ${target} (${percent}), Soll bis ${asOfDate}: ${expected}`,
    },
  },
  play: async ({ canvas }) => {
    const text = (canvas.getByRole('meter').getAttribute('aria-valuetext') ?? '').replace(
      /[\u00a0\u202f]/g,
      ' ',
    );
    await expect(text).toBe('301.234 € von 950.000 € (32 %), Soll bis 15. Feb.: 475.000 €');
  },
};

/** A title that looks like markup renders as plain text. */
export const HostileTitle: Story = {
  args: {
    title: '<script>alert(1)</script><img src=x onerror=alert(2)>',
    description: '"><svg onload=alert(3)>',
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(
      canvas.getByRole('meter', { name: '<script>alert(1)</script><img src=x onerror=alert(2)>' }),
    ).toBeInTheDocument();
    await expect(canvasElement.querySelector('script, img')).toBeNull();
  },
};

/** The app's dark theme: the widget only reads the CSS custom properties the app sets. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** Several states side by side: tiny width, huge amounts, over target, a count goal. */
export const StatesMatrix: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      <div style={{ width: 160 }}>
        <GoalMeter {...args} title="Tiny" description={undefined} />
      </div>
      <GoalMeter
        {...args}
        title="Huge amounts"
        progress={progressFixture({
          target: '48000000000.00',
          actual: '31234567890.12',
          attainment: 31234567890.12 / 48000000000,
          expectedToDate: '24000000000.00',
        })}
      />
      <GoalMeter
        {...args}
        title="Over target"
        progress={progressFixture({ actual: '1500000.00', attainment: 1.25 })}
      />
      <GoalMeter
        {...args}
        title="Deals won"
        description="Count goal"
        progress={progressFixture({
          metric: 'deals_won',
          currency: null,
          target: '40',
          actual: '7',
          attainment: 0.175,
          expectedToDate: '20',
        })}
      />
      <GoalMeter {...args} title="Loading" status="loading" />
      <GoalMeter {...args} title="Empty" status="empty" />
      <GoalMeter {...args} title="Error" status="error" />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('meter')).toHaveLength(4);
    await expect(canvas.getAllByRole('status')).toHaveLength(3);
  },
};
