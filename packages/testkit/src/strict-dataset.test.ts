import { DatasetError } from '@closedloop/core';
import { describe, expect, it } from 'vitest';
import { strictDataset } from './index';

const source = { provider: 'manual', objectType: 'test', remoteId: '1' } as const;

describe('strictDataset', () => {
  it('returns the parsed dataset, defaults applied, when nothing is rejected', () => {
    const dataset = strictDataset({
      users: [{ id: 'u-1', source }],
      accounts: [{ id: 'a-1', source, ownerId: 'u-1' }],
    });
    expect(dataset.users[0]).toMatchObject({ id: 'u-1', active: true, team: null });
    expect(dataset.accounts.map((a) => a.ownerId)).toEqual(['u-1']);
    expect(dataset.deals).toEqual([]);
  });

  it('throws listing every rejection reason', () => {
    const build = () =>
      strictDataset({
        users: [
          { id: 'u-1', source },
          { id: 'u-1', source },
        ],
        accounts: [{ id: 'a-1', source, ownerId: 'u-9' }],
      });
    expect(build).toThrow(
      [
        'strictDataset: 2 record(s) rejected:',
        '  - users[1] "u-1": id "u-1" duplicates the record at index 0, which is kept',
        '  - accounts[0] "a-1": ownerId "u-9" refers to a user that does not exist or was rejected',
      ].join('\n'),
    );
  });

  it('passes the lifecycle stages through to parseDataset', () => {
    const input = { accounts: [{ id: 'a-1', source, lifecycleStage: 'sgl' }] };
    expect(() => strictDataset(input)).toThrow(/lifecycleStage "sgl" is not a configured/);
    expect(strictDataset(input, { lifecycleStages: ['sgl'] }).accounts).toHaveLength(1);
  });

  it('lets DatasetError through for input that is not a dataset', () => {
    expect(() => strictDataset([])).toThrow(DatasetError);
  });
});
