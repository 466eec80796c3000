import { describe, expect, it } from 'vitest';
import { move } from '../lifecycle/__fixtures__/builders';
import type { FieldChange } from '../model/sales';
import { recordTimes } from '../time/record-times';
import { CHANGE_ENTITY, changeColumns, changesOf, runPositions } from './lifecycle-changes';

const T1 = '2026-01-01T10:00:00Z';
const T2 = '2026-01-02T10:00:00+01:00';

describe('changeColumns', () => {
  const changes = [
    move('b', 'lead', T1),
    move('b', null, T2, { field: 'owner' }),
    move('a', 'mql', T1),
    move('b', 'mql', T2),
    { ...move('d1', 'won', T2, { field: 'dealStatus' }), entity: 'deal' },
    { ...move('a', 'x', 'not a time'), entity: 'lead' },
  ] as FieldChange[];

  it('reads each change into codes, instants and runs of one entity id', () => {
    const c = changeColumns(changes);
    expect([...c.ms]).toEqual([
      Date.parse(T1),
      Date.parse(T2),
      Date.parse(T1),
      Date.parse(T2),
      Date.parse(T2),
      Number.NaN,
    ]);
    expect([...c.entity]).toEqual([1, 1, 1, 1, CHANGE_ENTITY.deal, CHANGE_ENTITY.lead]);
    expect([...c.field].map((f) => c.fields.values[f])).toEqual([
      'lifecycleStage',
      'owner',
      'lifecycleStage',
      'lifecycleStage',
      'dealStatus',
      'lifecycleStage',
    ]);
    expect([...c.to].map((v) => (v < 0 ? null : c.values.values[v]))).toEqual([
      'lead',
      null,
      'mql',
      'mql',
      'won',
      'x',
    ]);
    // b b | a | b | d1 | a (a lead): a run ends where the id or the entity changes.
    expect([...c.run]).toEqual([0, 0, 1, 2, 3, 4]);
    expect(c.runIds).toEqual(['b', 'a', 'b', 'd1', 'a']);
    expect([...c.runEntity]).toEqual([1, 1, 1, CHANGE_ENTITY.deal, CHANGE_ENTITY.lead]);
  });

  it('shares its instants with recordTimes and is built once per array', () => {
    const c = changeColumns(changes);
    expect(recordTimes(changes, 'at')).toBe(c.ms);
    expect(changeColumns(changes)).toBe(c);
    expect(changeColumns([...changes])).not.toBe(c);
  });

  it('finds each run’s record of one entity once, by the id index', () => {
    const c = changeColumns(changes);
    const positionOf = new Map([
      ['a', 2],
      ['b', 1],
    ]);
    const positions = runPositions(c, CHANGE_ENTITY.person, positionOf);
    expect([...positions]).toEqual([1, 2, 1, -1, -1]);
    expect(runPositions(c, CHANGE_ENTITY.person, positionOf)).toEqual(positions);
    expect([...runPositions(c, CHANGE_ENTITY.lead, positionOf)]).toEqual([-1, -1, -1, -1, 2]);
  });

  it('lists the changes of one field on one entity, in dataset order', () => {
    const c = changeColumns(changes);
    expect([...changesOf(c, CHANGE_ENTITY.person, 'lifecycleStage')]).toEqual([0, 2, 3]);
    expect([...changesOf(c, CHANGE_ENTITY.lead, 'lifecycleStage')]).toEqual([5]);
    expect([...changesOf(c, CHANGE_ENTITY.deal, 'dealStatus')]).toEqual([4]);
    expect([...changesOf(c, CHANGE_ENTITY.deal, 'closeDate')]).toEqual([]);
  });
});
