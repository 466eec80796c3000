import { describe, expect, it } from 'vitest';
import type { DatasetInput } from '../model/dataset';
import { strictDataset as build, deal, move, user } from './__fixtures__/builders';
import { asOfGaps, dealAsOf } from './deal-as-of';

const pipeline = {
  id: 'pl',
  source: { provider: 'manual' as const, objectType: 'pipeline', remoteId: 'pl' },
  name: 'New business',
  stages: ['qualify', 'proposal', 's1', 's2', 's3', 'won'].map((id, order) => ({
    id,
    name: id,
    order,
  })),
};
const strictDataset = (input: Partial<DatasetInput>) =>
  build({ pipelines: [pipeline], users: [user('u1', 'sales'), user('u2', 'sales')], ...input });

const asOfMs = Date.parse('2026-06-30T00:00:00Z');
const dealChange = (id: string, field: string, from: string | null, to: string, at: string) =>
  move(id, to, at, { entity: 'deal', field, from });

// The deal b: created 1 Feb, won 10 Jul; a report as of 30 Jun must see it open.
const b = deal('b', {
  status: 'won',
  amount: { amount: '100.00', currency: 'USD' },
  createdAt: '2026-02-01T00:00:00Z',
  updatedAt: '2026-07-10T00:00:00Z',
  closedAt: '2026-07-10T00:00:00Z',
  pipelineId: 'pl',
  stageId: 'won',
  ownerId: 'u2',
});

describe('dealAsOf', () => {
  it('without history: a deal closed after asOf was open, its stage unknown', () => {
    const ds = strictDataset({ deals: [b] });
    const at = dealAsOf(ds.deals, ds.changes, 0, asOfMs);
    expect(at.status).toBe('open');
    expect(at.closedAt).toBeNull();
    expect(at.stageId).toBeNull();
    expect(at.amount).toEqual({ amount: '100.00', currency: 'USD' });
    expect(asOfGaps(at)).toEqual(['stageId', 'amount', 'closeDate', 'ownerId']);
    // The record itself is untouched.
    expect(ds.deals[0]?.status).toBe('won');
  });

  it('with history: stage, amount, owner and status as they were', () => {
    const ds = strictDataset({
      deals: [b],
      changes: [
        dealChange('b', 'dealStage', null, 'qualify', '2026-02-01T00:00:00Z'),
        dealChange('b', 'dealStage', 'qualify', 'proposal', '2026-05-01T00:00:00Z'),
        dealChange('b', 'dealStage', 'proposal', 'won', '2026-07-10T00:00:00Z'),
        dealChange('b', 'dealStatus', 'open', 'won', '2026-07-10T00:00:00Z'),
        // Only a change after asOf: its `from` is the value at asOf.
        dealChange('b', 'amount', '80.00', '100.00', '2026-07-01T00:00:00Z'),
        dealChange('b', 'owner', 'u1', 'u2', '2026-07-02T00:00:00Z'),
        dealChange('b', 'closeDate', '2026-06-15', '2026-07-10', '2026-06-29T12:00:00Z'),
      ],
    });
    const at = dealAsOf(ds.deals, ds.changes, 0, asOfMs);
    expect(at).toMatchObject({
      status: 'open',
      stageId: 'proposal',
      amount: { amount: '80.00', currency: 'USD' },
      ownerId: 'u1',
      closeDate: '2026-07-10',
      closedAt: null,
    });
    expect(asOfGaps(at)).toEqual([]);
  });

  it('a field whose history the dataset keeps did not change on a deal without changes of it', () => {
    const other = deal('o', { createdAt: '2026-01-01T00:00:00Z', pipelineId: 'pl', stageId: 's1' });
    const ds = strictDataset({
      deals: [b, other],
      changes: [dealChange('o', 'closeDate', '2026-05-01', '2026-09-01', '2026-04-01T00:00:00Z')],
    });
    expect(asOfGaps(dealAsOf(ds.deals, ds.changes, 0, asOfMs))).toEqual([
      'stageId',
      'amount',
      'ownerId',
    ]);
  });

  it('returns the record itself when nothing happened after asOf', () => {
    const ds = strictDataset({
      deals: [{ ...b, updatedAt: '2026-01-31T00:00:00Z', closedAt: '2026-01-31T00:00:00Z' }],
    });
    expect(dealAsOf(ds.deals, ds.changes, 0, asOfMs)).toBe(ds.deals[0]);
  });

  it('takes the later change in dataset order when two share an instant', () => {
    const ds = strictDataset({
      deals: [deal('o', { createdAt: '2026-01-01T00:00:00Z', pipelineId: 'pl', stageId: 's3' })],
      changes: [
        dealChange('o', 'dealStage', null, 's1', '2026-03-01T00:00:00Z'),
        dealChange('o', 'dealStage', 's1', 's2', '2026-03-01T00:00:00Z'),
        dealChange('o', 'dealStage', 's2', 's3', '2026-08-01T00:00:00Z'),
      ],
    });
    expect(dealAsOf(ds.deals, ds.changes, 0, asOfMs).stageId).toBe('s2');
  });
});
