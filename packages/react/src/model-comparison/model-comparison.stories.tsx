import type { ModelComparison as ModelComparisonResult } from '@closedloop/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { WidgetStatus } from '../kit';
import { ModelComparison } from './model-comparison';
import { sampleComparison } from './model-comparison.fixtures';

const meta = {
  title: 'Widgets/ModelComparison',
  component: ModelComparison,
  args: {
    title: 'Revenue by channel under six models',
    description: 'Closed-won deals of the sample company, first touch as the baseline',
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 900 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'Each channel’s attributed revenue under several models from `compareModels`, as a dot plot against the baseline (the first model, a 2px tick). The muted line spans the models’ range; the delta column compares the model picked in the legend. Hover or focus a dot for the delta’s drivers in words: which anchor, middle-touch or recency rule moved the money. Every additive column sums to the same total, the “Not attributed” row included.',
      },
    },
  },
} satisfies Meta<typeof ModelComparison>;
export default meta;
type Story = StoryObj<typeof meta>;

const loaded = (comparison: unknown) => ({ comparison: comparison as ModelComparisonResult });

/** The sample company: `compareModels` with six models on its closed-won deals. */
export const Primary: Story = {
  loaders: [() => loaded(sampleComparison())],
  render: (args, { loaded: l }) => <ModelComparison {...args} comparison={l.comparison} />,
  args: { onSelect: fn() },
  play: async ({ canvas, args }) => {
    const dots = await canvas.findAllByRole('button', { name: /Content, First touch/ });
    await userEvent.click(dots[0] as Element);
    await expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ widget: 'model-comparison', kind: 'dot', entity: 'deal' }),
    );
  },
};

/** Keyboard: Tab reaches the first dot, arrows move, the tooltip explains the delta. */
export const KeyboardTooltip: Story = {
  loaders: [() => loaded(sampleComparison())],
  render: (args, { loaded: l }) => <ModelComparison {...args} comparison={l.comparison} />,
  play: async ({ canvas }) => {
    const first = canvas.getAllByRole('img', { name: /^Content, First touch/ })[0] as HTMLElement;
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(document.querySelector('[role="tooltip"]')).not.toBeNull());
    await expect(document.querySelector('[role="tooltip"]')?.textContent).toMatch(/Change vs/);
  },
};

/** Two models only: first touch against W-shaped. */
export const TwoModels: Story = {
  loaders: [() => loaded(sampleComparison({ models: ['first-touch', 'w-shaped'] }))],
  render: (args, { loaded: l }) => <ModelComparison {...args} comparison={l.comparison} />,
  args: { title: 'First touch vs W-shaped', description: undefined },
};

/** With participation, whose column does not add up: the footnote says so. */
export const WithParticipation: Story = {
  loaders: [
    () => loaded(sampleComparison({ models: ['linear', 'participation', 'u-shaped', 'j-shaped'] })),
  ],
  render: (args, { loaded: l }) => <ModelComparison {...args} comparison={l.comparison} />,
  args: { title: 'Linear vs participation, U and J', description: undefined },
};

/** Every state in light, as the designer's matrix. */
export const States: Story = {
  loaders: [() => loaded(sampleComparison({ scale: 0.3 }))],
  render: (args, { loaded: l }) => (
    <div style={{ display: 'grid', gap: 32 }}>
      {(['ready', 'loading', 'empty', 'error'] as WidgetStatus[]).map((status) => (
        <ModelComparison
          key={status}
          {...args}
          title={`State: ${status}`}
          status={status}
          comparison={status === 'ready' ? l.comparison : undefined}
          onRetry={status === 'error' ? () => undefined : undefined}
        />
      ))}
    </div>
  ),
};

export const Loading: Story = { args: { status: 'loading' } };
export const Empty: Story = { args: { status: 'empty' } };
export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', errorMessage: 'The CRM sync failed; try again later.', onRetry: fn() },
};

/** A narrow card (320px): compact deltas, shorter labels. */
export const Narrow: Story = {
  loaders: [() => loaded(sampleComparison())],
  render: (args, { loaded: l }) => (
    <div style={{ width: 320 }}>
      <ModelComparison {...args} comparison={l.comparison} />
    </div>
  ),
};

/** Large data: twice the sample (more deals, the same channels), seven models, table open. */
export const LargeData: Story = {
  loaders: [
    () =>
      loaded(
        sampleComparison({
          scale: 2,
          models: [
            'first-touch',
            'last-touch',
            'linear',
            'u-shaped',
            'w-shaped',
            'full-path',
            'time-decay',
          ],
        }),
      ),
  ],
  render: (args, { loaded: l }) => <ModelComparison {...args} comparison={l.comparison} />,
  args: { title: 'Seven models, twice the sample', showData: true },
};

/** German, in euros (the sample re-run with EUR as the reporting currency). */
export const GermanEuro: Story = {
  loaders: [() => loaded(sampleComparison({ currency: 'EUR' }))],
  render: (args, { loaded: l }) => <ModelComparison {...args} comparison={l.comparison} />,
  args: {
    locale: 'de-DE',
    title: 'Umsatz je Kanal unter sechs Modellen',
    description: 'Gewonnene Deals, Basis: erster Kontakt',
    labels: {
      unattributed: 'Nicht zugeordnet',
      baseline: 'Basis',
      channelHeader: 'Kanal',
      showData: 'Daten anzeigen',
      value: 'Wert',
      share: 'Anteil',
      versus: (b: string) => `Änderung ggü. ${b}`,
      pickModel: 'Vergleichen mit',
      total: 'Summe',
    },
  },
};

/** Hostile strings: a model label with markup renders as text. */
export const HostileStrings: Story = {
  loaders: [
    () =>
      loaded(
        sampleComparison({
          scale: 0.3,
          models: [
            'first-touch',
            { model: 'linear', label: '<img src=x onerror=alert(1)> Linear' },
          ],
        }),
      ),
  ],
  render: (args, { loaded: l }) => <ModelComparison {...args} comparison={l.comparison} />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.textContent).toContain('<img src=x onerror=alert(1)> Linear');
  },
};
