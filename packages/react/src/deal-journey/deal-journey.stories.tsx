import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { WidgetStatus } from '../kit';
import { DealJourney } from './deal-journey';
import { largeJourney, type SampleJourney, sampleJourney } from './deal-journey.fixtures';

const meta = {
  title: 'Widgets/DealJourney',
  component: DealJourney,
  args: { title: 'How this deal was won', timeZone: 'America/New_York' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 960 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    docs: {
      description: {
        component:
          'One deal’s journey from `attribute(…).deals`: a lane per contact of the buying group (role shown), each touch a dot whose area is its credit, excluded touches faded with their reason, anchor touches ringed and the milestones as dashed rules. `dealJourneyData(dataset, deal)` supplies names, roles and the excluded touches’ times.',
      },
    },
  },
} satisfies Meta<typeof DealJourney>;
export default meta;
type Story = StoryObj<typeof meta>;

const journey = (j: SampleJourney) => ({ journey: j });
const render: Story['render'] = (args, { loaded }) => {
  const j = loaded.journey as SampleJourney;
  return (
    <DealJourney
      {...args}
      deal={j.deal}
      contacts={j.contacts}
      touches={j.touches}
      description={args.description ?? j.deal.dealName ?? undefined}
    />
  );
};

/** A typical sample deal under W-shaped: four contacts, about twenty touches. */
export const Primary: Story = {
  loaders: [() => journey(sampleJourney({ contacts: 4, touches: 20 }))],
  render,
  args: { onSelect: fn() },
  play: async ({ canvas, args }) => {
    const mark = await canvas.findByRole('button');
    mark.focus();
    await waitFor(() => expect(document.querySelector('[role="tooltip"]')).not.toBeNull());
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ widget: 'deal-journey', kind: 'touch', entity: 'touch' }),
    );
  },
};

/** The sample's busiest deal: six contacts, 70+ credited touches and many excluded ones. */
export const BuyingGroup: Story = {
  loaders: [() => journey(sampleJourney({ contacts: 6, touches: 80 }))],
  render,
};

/** Full path (four anchors) on the same kind of deal. */
export const FullPath: Story = {
  loaders: [() => journey(sampleJourney({ contacts: 3, touches: 12, model: 'full-path' }))],
  render,
  args: { title: 'Full-path credit' },
};

/** Time decay: credit grows toward the close. */
export const TimeDecay: Story = {
  loaders: [() => journey(sampleJourney({ contacts: 3, touches: 25, model: 'time-decay' }))],
  render,
  args: { title: 'Time-decay credit' },
};

/** Every state. */
export const States: Story = {
  loaders: [() => journey(sampleJourney({ contacts: 2, touches: 8 }))],
  render: (args, { loaded }) => {
    const j = loaded.journey as SampleJourney;
    return (
      <div style={{ display: 'grid', gap: 32 }}>
        {(['ready', 'loading', 'empty', 'error'] as WidgetStatus[]).map((status) => (
          <DealJourney
            key={status}
            {...args}
            title={`State: ${status}`}
            status={status}
            deal={status === 'ready' ? j.deal : undefined}
            contacts={j.contacts}
            touches={j.touches}
          />
        ))}
      </div>
    );
  },
};

export const Loading: Story = { args: { status: 'loading' } };
export const Empty: Story = { args: { status: 'empty' } };
export const ErrorState: Story = {
  name: 'Error',
  args: { status: 'error', onRetry: fn() },
};

/** A narrow card (360px). */
export const Narrow: Story = {
  loaders: [() => journey(sampleJourney({ contacts: 3, touches: 15 }))],
  render: (args, ctx) => <div style={{ width: 360 }}>{render(args, ctx)}</div>,
};

/** Large data: 40 contacts × 300 touches, the lanes past eight folded (expand with the button). */
export const LargeData: Story = {
  loaders: [() => journey(largeJourney(40, 300))],
  render,
  args: { title: '40 contacts, 12,000 touches', timeZone: 'UTC' },
};

/** German dates and numbers. */
export const German: Story = {
  loaders: [() => journey(sampleJourney({ contacts: 3, touches: 15 }))],
  render,
  args: {
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    title: 'So wurde der Deal gewonnen',
    labels: {
      contact: 'Kontakt',
      credit: 'Anteil',
      excluded: 'Ausgeschlossen',
      showData: 'Daten anzeigen',
      summary: (f) =>
        [
          f.amount,
          `${f.credited} Kontaktpunkte`,
          `${f.contacts} Kontakte`,
          `gewonnen am ${f.converted}`,
        ]
          .filter(Boolean)
          .join(' · '),
    },
  },
};

/** Hostile names render as text. */
export const HostileStrings: Story = {
  loaders: [
    () => {
      const j = sampleJourney({ contacts: 2, touches: 6 });
      return journey({
        ...j,
        contacts: j.contacts.map((c, i) =>
          i === 0 ? { ...c, name: '<script>alert(1)</script>', role: 'javascript:alert(1)' } : c,
        ),
      });
    },
  ],
  render,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};
