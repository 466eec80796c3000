import type { GoalProgressReport } from '@closedloop/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { GoalMeter, type GoalMeterProps } from './goal-meter';
import { aheadFixture, euroFixture, progressFixture } from './goal-meter.fixtures';
import { sampleGoalReport, sampleGoalReports } from './goal-meter.sample';

const meta = {
  title: 'Widgets/GoalMeter',
  component: GoalMeter,
  args: {
    title: 'Q1 revenue goal',
    description: 'Closed-won revenue in Q1 2026, all regions',
    progress: progressFixture(),
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['bar', 'radial', 'kpi'] },
    status: { control: 'inline-radio', options: ['ready', 'loading', 'empty', 'error'] },
    locale: { control: 'select', options: ['en-US', 'de-DE', 'ja-JP', 'hi-IN', 'ar-EG'] },
    size: { control: { type: 'range', min: 120, max: 240, step: 8 } },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 640 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof GoalMeter>;
export default meta;
type Story = StoryObj<typeof meta>;

const revenue = () => sampleGoalReport('revenue');

/** End to end: the sample dataset through `goalProgress` into the meter: team segments, forecasts, status. */
export const OnSampleData: Story = {
  args: {
    title: 'Q2 2026 joint revenue',
    description: 'Closed-won revenue, marketing and sales',
    onSelect: fn(),
  },
  loaders: [() => ({ progress: revenue() })],
  render: (args, { loaded }) => (
    <GoalMeter {...args} progress={loaded.progress as GoalProgressReport} />
  ),
  play: async ({ canvas, args }) => {
    const meter = canvas.getByRole('meter', { name: 'Q2 2026 joint revenue' });
    await expect(meter).toHaveAttribute('aria-valuetext', expect.stringMatching(/^\$[\d,]+ of \$/));
    await expect(canvas.getAllByText('Behind')[0]).toBeVisible();
    const [marketing] = canvas.getAllByRole('button');
    await userEvent.click(marketing as HTMLElement);
    await expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ widget: 'goal-meter', kind: 'team', key: 'marketing' }),
    );
  },
};

/** The ring, with the same facts: hero percent and "of $1.3M" in the centre. */
export const Radial: Story = {
  args: { variant: 'radial', title: 'Q2 2026 joint revenue', description: undefined },
  loaders: [() => ({ progress: revenue() })],
  render: (args, { loaded }) => (
    <GoalMeter {...args} progress={loaded.progress as GoalProgressReport} />
  ),
};

/** A KPI row: every sample goal as a compact tile (label, hero number, context, micro-bullet). */
export const KpiRow: Story = {
  render: (args) => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
        gap: 24,
        width: 'min(100vw - 32px, 900px)',
      }}
    >
      {sampleGoalReports()
        .slice(0, 6)
        .map((report) => (
          <GoalMeter
            {...args}
            key={report.goalId}
            variant="kpi"
            title={report.name}
            description={undefined}
            progress={report}
          />
        ))}
    </div>
  ),
  decorators: [(Story) => <Story />],
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('meter')).toHaveLength(6);
  },
};

/** Ahead of pace: 65% won with half the quarter gone (a plain `GoalProgress`, no report extras). */
export const Ahead: Story = {
  args: { progress: aheadFixture() },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('meter')).toHaveAttribute(
      'aria-valuetext',
      '$780,000 of $1,200,000 (65%), expected $600,000 by Feb 15',
    );
  },
};

/** Keyboard: Tab reaches the actual, the tooltip shows the same facts as hover, Escape closes it. */
export const KeyboardTooltip: Story = {
  args: { title: 'Q2 2026 new pipeline', description: undefined },
  loaders: [() => ({ progress: sampleGoalReport('pipeline') })],
  render: (args, { loaded }) => (
    <GoalMeter {...args} progress={loaded.progress as GoalProgressReport} />
  ),
  play: async ({ canvas }) => {
    await userEvent.tab();
    const focused = canvas.getAllByRole('img')[0] as HTMLElement;
    await expect(focused).toHaveFocus();
    const tooltip = document.querySelector('[role="tooltip"]');
    await expect(tooltip?.textContent).toContain('Marketing');
  },
};

const states: GoalMeterProps['status'][] = ['ready', 'loading', 'empty', 'error'];

/** Every state in every variant: the title stays, the frame keeps its height. */
export const StatesMatrix: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 32 }}>
      {(['bar', 'radial', 'kpi'] as const).map((variant) => (
        <div
          key={variant}
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
            gap: 24,
          }}
        >
          {states.map((status) => (
            <GoalMeter
              {...args}
              key={status}
              variant={variant}
              status={status}
              title={`${variant} · ${status}`}
              description={undefined}
              progress={status === 'ready' ? sampleGoalReport('revenue') : undefined}
              errorMessage={status === 'error' ? 'The CRM connection expired.' : undefined}
              onRetry={status === 'error' ? () => {} : undefined}
              emptyMessage={status === 'empty' ? 'No revenue goal for Q2 2026' : undefined}
            />
          ))}
        </div>
      ))}
    </div>
  ),
  decorators: [(Story) => <Story />],
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('meter')).toHaveLength(3);
  },
};

/** Stress: 140% attainment, billions, all zeros, one record, a count goal, 60-character titles, 240px wide. */
export const EdgeData: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <GoalMeter
        {...args}
        title="140% attainment"
        progress={progressFixture({
          actual: '1680000.00',
          attainment: 1.4,
          runRateForecast: '3360000.00',
        })}
      />
      <GoalMeter
        {...args}
        variant="radial"
        title="140% attainment, radial"
        progress={progressFixture({ actual: '1680000.00', attainment: 1.4 })}
      />
      <GoalMeter
        {...args}
        title="Billions"
        progress={progressFixture({
          target: '48000000000.00',
          actual: '31234567890.12',
          attainment: 31234567890.12 / 48000000000,
          expectedToDate: '24000000000.00',
          runRateForecast: '62469135780.24',
        })}
      />
      <GoalMeter
        {...args}
        title="All zeros"
        progress={progressFixture({ actual: '0.00', attainment: 0, runRateForecast: '0.00' })}
      />
      <GoalMeter
        {...args}
        title="One deal won"
        progress={progressFixture({
          metric: 'deals_won',
          currency: null,
          target: '1',
          actual: '1',
          attainment: 1,
          expectedToDate: '0.5',
          runRateForecast: '2',
        })}
      />
      <div style={{ width: 240 }}>
        <GoalMeter
          {...args}
          title="Enterprise EMEA and North America new-business revenue, Q1"
          description="A 240px container"
          progress={revenue()}
        />
      </div>
    </div>
  ),
};

/** German number and date formats, EUR amounts and German words. */
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
      runRate: 'Hochrechnung',
      measure: 'Kennzahl',
      value: 'Wert',
      share: 'Anteil',
      showData: 'Daten anzeigen',
      paceDelta: (points, direction) =>
        direction === 'on'
          ? 'im Plan'
          : `${points} Pkt. ${direction === 'over' ? 'über' : 'unter'} Plan`,
      elapsed: (day, total) => `Tag ${day} von ${total}`,
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

/** Japanese yen (compact ￥1230万 style) and an Arabic right-to-left ring with Arabic-Indic digits. */
export const Locales: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 32 }}>
      <GoalMeter
        {...args}
        title="売上目標 Q1"
        description={undefined}
        locale="ja-JP"
        variant="radial"
        progress={progressFixture({
          currency: 'JPY',
          target: '150000000',
          actual: '52300000',
          attainment: 52300000 / 150000000,
          expectedToDate: '75000000',
          runRateForecast: '104600000',
        })}
      />
      <GoalMeter
        {...args}
        title="هدف الإيرادات"
        description={undefined}
        locale="ar-EG"
        dir="rtl"
        variant="radial"
        progress={progressFixture({ currency: 'EGP' })}
      />
      <GoalMeter
        {...args}
        title="राजस्व लक्ष्य"
        description={undefined}
        locale="hi-IN"
        progress={progressFixture({
          currency: 'INR',
          target: '12300000.00',
          actual: '4200000.00',
          attainment: 4200000 / 12300000,
        })}
        variant="kpi"
      />
    </div>
  ),
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
  loaders: [() => ({ progress: revenue() })],
  render: (args, { loaded }) => (
    <div style={{ display: 'grid', gap: 32 }}>
      <GoalMeter
        {...args}
        title="Q2 2026 joint revenue"
        progress={loaded.progress as GoalProgressReport}
      />
      <GoalMeter
        {...args}
        variant="radial"
        title="Q2 2026 joint revenue"
        progress={loaded.progress as GoalProgressReport}
      />
    </div>
  ),
};

/**
 * Inside a shadcn-style card that maps its own tokens (a light card, `data-theme="light"`,
 * even on a dark page; brand accent violet).
 */
export const InHostCard: Story = {
  render: (args) => (
    <div
      data-theme="light"
      style={{
        border: '1px solid #e4e4e7',
        borderRadius: 12,
        padding: 24,
        background: '#ffffff',
        ['--cl-color-accent' as string]: '#7c3aed',
        ['--cl-color-text' as string]: '#09090b',
        ['--cl-color-text-muted' as string]: '#52525b',
        ['--cl-color-track' as string]: '#f4f4f5',
        ['--cl-color-surface' as string]: '#ffffff',
        ['--cl-color-grid' as string]: '#e4e4e7',
      }}
    >
      <GoalMeter {...args} title="Q2 2026 new pipeline" progress={sampleGoalReport('pipeline')} />
    </div>
  ),
};
