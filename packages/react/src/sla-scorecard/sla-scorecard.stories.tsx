import { evaluateSla, type SlaEvaluation } from '@closedloop/core';
import { generateSampleDataset, SAMPLE_AS_OF, SAMPLE_SEGMENTS } from '@closedloop/core/sample';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { StatesGrid } from '../kit/states-matrix.story';
import { sampleSla } from '../response-times/response-times.fixtures';
import { SlaScorecard } from './sla-scorecard';

/** The sample's SLA at `SAMPLE_AS_OF` (Q2 2026, half-way). */
function sampleEvaluation(
  options: { period?: 'current' | 'previous'; scoped?: boolean } = {},
): SlaEvaluation {
  const dataset = generateSampleDataset();
  const sla = sampleSla();
  const marketing = options.scoped
    ? SAMPLE_SEGMENTS.map((segment, i) => ({
        metric: 'mqls' as const,
        target: [90, 60, 30][i] ?? 30,
        per: 'quarter' as const,
        segment,
      }))
    : sla.marketing;
  return evaluateSla(dataset, { ...sla, marketing }, { asOf: SAMPLE_AS_OF, cycle: options.period });
}

const meta = {
  title: 'Widgets/SlaScorecard',
  component: SlaScorecard,
  args: {
    title: 'Marketing ↔ sales SLA',
    description: 'Q2 2026 as of 15 May',
    onSelect: fn(),
  },
  loaders: [() => ({ evaluation: sampleEvaluation() })],
  render: (args, { loaded }) => (
    <SlaScorecard
      {...args}
      evaluation={'evaluation' in args ? args.evaluation : (loaded.evaluation as SlaEvaluation)}
    />
  ),
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 900 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof SlaScorecard>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The sample's SLA evaluation: the primary view. */
export const OnSampleData: Story = {};

/** Sorting the breaches and opening an owner's breaches. */
export const SortAndSelect: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: /^Owner/ }));
    await expect(canvas.getByRole('columnheader', { name: /Owner/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const owner = canvas.getAllByRole('button', { name: /^Breaches of / })[0] as HTMLElement;
    await userEvent.click(owner);
    await expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'owner', entity: 'episode' }),
    );
  },
};

/** Marketing's commitment split by segment. */
export const PerSegment: Story = {
  loaders: [() => ({ evaluation: sampleEvaluation({ scoped: true }) })],
};

/** The last quarter, ended: statuses read attainment, not pace. */
export const PreviousQuarter: Story = {
  loaders: [() => ({ evaluation: sampleEvaluation({ period: 'previous' }) })],
};

/** Ready, loading, empty and error at 320, 480, 768 and 1200px. */
export const StatesMatrix: Story = {
  render: (args, { loaded }) => (
    <StatesGrid
      cell={({ state, props }) => (
        <SlaScorecard
          {...args}
          {...props}
          evaluation={state === 'ready' ? (loaded.evaluation as SlaEvaluation) : undefined}
        />
      )}
    />
  ),
  decorators: [(Story) => <Story />],
};

export const Loading: Story = { args: { status: 'loading' } };
export const Empty: Story = {
  args: { status: 'empty' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toBeInTheDocument();
  },
};
export const ErrorState: Story = { name: 'Error', args: { status: 'error', onRetry: fn() } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: 340 }}>
        <Story />
      </div>
    ),
  ],
};

/** Sourced pipeline in euros, German words and numbers. */
export const GermanEuro: Story = {
  loaders: [
    () => {
      const dataset = generateSampleDataset();
      const sla = sampleSla();
      return {
        evaluation: evaluateSla(
          dataset,
          {
            ...sla,
            marketing: {
              metric: 'sourced_pipeline',
              target: '2500000',
              currency: 'EUR',
              per: 'quarter',
            },
          },
          { asOf: SAMPLE_AS_OF, exchangeRates: { USD: '0.92', EUR: '1', GBP: '1.17' } },
        ),
      };
    },
  ],
  args: {
    title: 'SLA Marketing ↔ Vertrieb',
    description: 'Q2 2026, Stand 15. Mai',
    locale: 'de-DE',
    labels: {
      marketing: 'Marketing liefert',
      sales: 'Vertrieb reagiert',
      metrics: {
        mqls: 'Gelieferte MQLs',
        sals: 'Gelieferte SALs',
        sourced_pipeline: 'Erzeugte Pipeline',
      },
      ofTarget: (target, percent) => `von ${target} (${percent})`,
      expectedBy: (date) => `Soll bis ${date}`,
      forecast: 'Hochrechnung',
      expectedValue: (v, d) => `Soll bis ${d}: ${v}`,
      forecastValue: (v) => `Hochrechnung ${v}`,
      ofPace: (p) => `${p} des Solltempos`,
      period: (range, elapsed) => `${range} · ${elapsed} vergangen`,
      firstTouch: (d) => `Erstkontakt innerhalb von ${d} nach Zuweisung`,
      attempts: (min, days) => `Mindestens ${min} Versuche in ${days} Arbeitstagen`,
      met: (met, eligible) => `${met} von ${eligible} erfüllt`,
      clockFacts: (b, r, n) => `${b} verletzt · ${r} laufend · ${n} nicht gestartet`,
      status: {
        ahead: 'Voraus',
        'on-track': 'Im Plan',
        met: 'Erfüllt',
        'at-risk': 'Gefährdet',
        behind: 'Zurück',
        breached: 'Verletzt',
        pending: 'Offen',
      },
      breachesTitle: (n) => `Verletzungen (${n}), schlimmste zuerst`,
      lead: 'Lead',
      owner: 'Zuständig',
      kind: 'Verletzung',
      started: 'Uhr gestartet',
      late: 'Verspätung (Geschäftszeit)',
      showAll: (n) => `Alle ${n} zeigen`,
      showData: 'Daten anzeigen',
    },
  },
};
