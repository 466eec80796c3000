import type { HandoffResult, SlaEvaluation } from '@closedloop/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { StatesGrid } from '../kit/states-matrix.story';
import { ResponseTimes } from './response-times';
import { manyOwners, sampleResponse, withRejectedUnseen } from './response-times.fixtures';

const meta = {
  title: 'Widgets/ResponseTimes',
  component: ResponseTimes,
  args: {
    title: 'Response times this quarter',
    description: 'Q2 2026 MQLs as of 15 May, against the first-touch SLA',
    onSelect: fn(),
  },
  loaders: [() => sampleResponse()],
  render: (args, { loaded }) => (
    <ResponseTimes
      {...args}
      evaluation={'evaluation' in args ? args.evaluation : (loaded.evaluation as SlaEvaluation)}
      episodes={'episodes' in args ? args.episodes : (loaded.handoff as HandoffResult).ledger}
    />
  ),
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 900 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ResponseTimes>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The sample's SLA evaluation and the hand-off ledger of the same MQLs: the primary view. */
export const OnSampleData: Story = {};

/** Clicking a bar hands its episodes to `onSelect`. */
export const SelectBar: Story = {
  play: async ({ canvas, args }) => {
    const bars = canvas.getAllByRole('button', { name: /^Owner delay / });
    await userEvent.click(bars[0] as Element);
    await expect(args.onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ widget: 'response-times', kind: 'bin', entity: 'episode' }),
    );
  },
};

/** The SLA clock started at the MQL: the rule sits on speed to lead. */
export const MqlClock: Story = {
  loaders: [() => sampleResponse({ clockStartsAt: 'mql' })],
};

/** Wall-clock time: no SLA rule (the SLA is in business hours), ranges instead of histograms. */
export const Elapsed: Story = { args: { basis: 'elapsed' } };

/** Without per-episode delays: each row shows its P50–P95 range. */
export const PercentilesOnly: Story = { args: { episodes: undefined } };

/**
 * MQLs rejected before anyone touched them have no response time and are not waiting: the
 * line under the rows counts them, and the data table has their column.
 */
export const RejectedBeforeATouch: Story = {
  loaders: [
    () => {
      const { evaluation, handoff } = sampleResponse();
      return { evaluation: withRejectedUnseen(evaluation, 4), handoff };
    },
  ],
  args: { tableOpen: true },
};

/** Ready, loading, empty and error side by side at 320, 480, 768 and 1200px. */
export const StatesMatrix: Story = {
  render: (args, { loaded }) => (
    <StatesGrid
      cell={({ state, width, props }) => (
        <ResponseTimes
          {...args}
          {...props}
          evaluation={state === 'ready' ? (loaded.evaluation as SlaEvaluation) : undefined}
          episodes={state === 'ready' ? (loaded.handoff as HandoffResult).ledger : undefined}
          showOwners={width >= 768}
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

/** 50 owners (the performance case). */
export const LargeData: Story = {
  loaders: [() => manyOwners(50)],
};

/** Japanese durations and labels. */
export const Japanese: Story = {
  args: {
    title: '今四半期の応答時間',
    description: '5月15日時点の第2四半期MQL',
    locale: 'ja-JP',
    labels: {
      delays: {
        speedToLead: 'リード応答時間',
        routingDelay: '割り当て遅延',
        ownerDelay: '担当者遅延',
      },
      delayHints: {
        speedToLead: 'MQL → 最初の接触',
        routingDelay: 'MQL → 割り当て',
        ownerDelay: '割り当て → 最初の接触',
      },
      basis: (basis) => (basis === 'business' ? '営業時間' : '経過時間'),
      sla: (d) => `SLA ${d}`,
      slaRule: (d) => `SLA：割り当てから営業時間${d}以内に最初の接触`,
      rowCount: (n, w) => `n = ${n} · 待機中 ${w}`,
      rejectedUnseen: (_, n) =>
        `${n}件のリードは誰も接触しないまま却下されました。応答時間はなく、待機中にも数えません。`,
      rejectedUnseenColumn: '接触前に却下',
      bandsTitle: '帯域別の割合',
      ownersTitle: (delay) => `担当者別の${delay}（P90が悪い順）`,
      showData: 'データを表示',
    },
  },
};
