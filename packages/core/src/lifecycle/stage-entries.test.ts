import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../model/dataset';
import { OptionsError } from '../options/options-error';
import { move, person, strictDataset } from './__fixtures__/builders';
import { stageEntries } from './stage-entries';

/** "Now" after every fixture record: it cuts nothing. */
const NOW = '2030-01-01T00:00:00Z';

const ms = (iso: string) => Date.parse(iso);
const T1 = '2026-01-01T10:00:00Z';
const T2 = '2026-01-02T10:00:00Z';
const T3 = '2026-01-03T10:00:00Z';
const T4 = '2026-01-04T10:00:00Z';
const T5 = '2026-01-05T10:00:00Z';

describe('stageEntries: history', () => {
  const data = strictDataset({
    people: [person('p', { lifecycleStage: 'sal' })],
    // Listed out of order on purpose: entries are sorted by time.
    changes: [move('p', 'sal', T3), move('p', 'lead', T1), move('p', 'mql', T2)],
  });

  it('takes each stage at its first visit, in time order', () => {
    const [p] = stageEntries(data, { asOf: NOW }).records;
    expect(p?.enteredAtMs).toEqual([ms(T1), ms(T2), ms(T3), null, null, null]);
    expect(p?.basis).toEqual(['history', 'history', 'history', null, null, null]);
    expect(p?.currentStage).toBe('sal');
    expect(p?.backwardMoves).toBe(0);
  });

  it('ignores moves after asOf', () => {
    const [p] = stageEntries(data, { asOf: '2026-01-02T12:00:00Z' }).records;
    expect(p?.enteredAtMs.slice(0, 3)).toEqual([ms(T1), ms(T2), null]);
    expect(p?.currentStage).toBe('mql');
  });

  it('uses configured stages and labels only', () => {
    const result = stageEntries(data, {
      asOf: NOW,
      stages: ['mql', { id: 'sal', label: 'Accepted' }],
    });
    expect(result.stages).toEqual([
      { id: 'mql', label: 'mql' },
      { id: 'sal', label: 'Accepted' },
    ]);
    // The move into `lead` is a visit outside the list (stage null).
    expect(result.records[0]?.visits.map((v) => v.stage)).toEqual([null, 'mql', 'sal']);
  });
});

describe('stageEntries: stageDates', () => {
  it('adds stage dates the history lacks and earlier ones; reports disagreement', () => {
    const data = strictDataset({
      people: [
        person('dates-only', { stageDates: { lead: T1, mql: T2 } }),
        // History starts on T3, but stageDates says lead on T1: the earlier instant wins.
        person('earlier', { stageDates: { lead: T1 } }),
        // stageDates later than history: history (earlier) wins, still reported.
        person('later', { stageDates: { lead: T4 } }),
      ],
      changes: [move('earlier', 'lead', T3), move('later', 'lead', T2)],
    });
    const result = stageEntries(data, { asOf: NOW });
    const [datesOnly, earlier, later] = result.records;
    expect(datesOnly?.enteredAtMs.slice(0, 2)).toEqual([ms(T1), ms(T2)]);
    expect(datesOnly?.basis.slice(0, 2)).toEqual(['stage-date', 'stage-date']);
    expect(earlier?.enteredAtMs[0]).toBe(ms(T1));
    expect(earlier?.basis[0]).toBe('stage-date');
    expect(later?.enteredAtMs[0]).toBe(ms(T2));
    expect(result.quality).toEqual([
      expect.objectContaining({
        code: 'stage_dates_disagree',
        count: 2,
        ids: ['earlier', 'later'],
      }),
    ]);
  });

  it('reads only the source asked for', () => {
    const data = strictDataset({
      people: [person('p', { stageDates: { lead: T1 } })],
      changes: [move('p', 'mql', T2)],
    });
    expect(stageEntries(data, { asOf: NOW, sources: 'history' }).records[0]?.enteredAtMs[0]).toBe(
      ms(T2),
    );
    expect(
      stageEntries(data, { asOf: NOW, sources: 'stage-dates' }).records[0]?.enteredAtMs[1],
    ).toBeNull();
    expect(
      stageEntries(data, { asOf: NOW, sources: 'stage-dates' }).records[0]?.enteredAtMs[0],
    ).toBe(ms(T1));
  });
});

describe('stageEntries: backward moves', () => {
  // lead T1 → mql T2 → sal T3 → back to lead T4 (recycled) → mql T5.
  const data = strictDataset({
    people: [person('p', { lifecycleStage: 'mql' })],
    changes: [
      move('p', 'lead', T1),
      move('p', 'mql', T2),
      move('p', 'sal', T3),
      move('p', 'lead', T4),
      move('p', 'mql', T5),
    ],
  });

  it('keep-first: nothing is un-reached; first visits count', () => {
    const result = stageEntries(data, { asOf: NOW });
    const [p] = result.records;
    expect(p?.enteredAtMs.slice(0, 3)).toEqual([ms(T1), ms(T2), ms(T3)]);
    expect(p?.backwardMoves).toBe(1);
    expect(p?.currentStage).toBe('mql');
    expect(p?.visits).toHaveLength(5);
    expect(result.quality.map((q) => q.code)).toEqual(['stage_regression']);
  });

  it('last-pass: the record restarts at the stage it moved back to', () => {
    const [p] = stageEntries(data, { asOf: NOW, backward: 'last-pass' }).records;
    // lead re-entered on T4, mql on T5; SAL belonged to the abandoned pass.
    expect(p?.enteredAtMs.slice(0, 3)).toEqual([ms(T4), ms(T5), null]);
  });

  it('last-pass keeps stages below the one moved back to', () => {
    // lead T1 → mql T2 → sal T3 → back to mql T4 → sql T5: SAL is skipped in the last pass.
    const back = strictDataset({
      people: [person('q')],
      changes: [
        move('q', 'lead', T1),
        move('q', 'mql', T2),
        move('q', 'sal', T3),
        move('q', 'mql', T4),
        move('q', 'sql', T5),
      ],
    });
    const [q] = stageEntries(back, { asOf: NOW, backward: 'last-pass' }).records;
    expect(q?.enteredAtMs.slice(0, 4)).toEqual([ms(T1), ms(T4), ms(T5), ms(T5)]);
    expect(q?.basis.slice(0, 4)).toEqual(['history', 'history', 'inferred', 'history']);
  });
});

describe('stageEntries: skipped stages', () => {
  // lead T1 → sql T3: MQL and SAL skipped.
  const data = strictDataset({
    people: [person('p')],
    changes: [move('p', 'lead', T1), move('p', 'sql', T3)],
  });

  it('infer: skipped stages are entered when the next later stage was', () => {
    const result = stageEntries(data, { asOf: NOW });
    expect(result.records[0]?.enteredAtMs.slice(0, 4)).toEqual([ms(T1), ms(T3), ms(T3), ms(T3)]);
    expect(result.records[0]?.basis.slice(0, 4)).toEqual([
      'history',
      'inferred',
      'inferred',
      'history',
    ]);
    expect(result.quality).toEqual([
      expect.objectContaining({ code: 'stage_skipped', count: 1, ids: ['p'] }),
    ]);
  });

  it('exclude: skipped stages stay unreached', () => {
    const [p] = stageEntries(data, { asOf: NOW, skipped: 'exclude' }).records;
    expect(p?.enteredAtMs.slice(0, 4)).toEqual([ms(T1), null, null, ms(T3)]);
  });
});

describe('stageEntries: data quality', () => {
  it('reports inverted times, current stages without entry, deleted records, orphan changes', () => {
    const data = strictDataset({
      people: [
        // SAL dated before MQL: in time order that is a move back from SAL to MQL.
        person('inverted', { stageDates: { lead: T1, mql: T3, sal: T2 } }),
        person('no-entry', { lifecycleStage: 'sal' }),
        person('moved-later', { lifecycleStage: 'sal' }),
        person('deleted', { deletedAt: T2 }),
      ],
      changes: [move('moved-later', 'sal', T5), move('deleted', 'lead', T1)],
    });
    const withOrphan = {
      ...data,
      changes: [...data.changes, { ...data.changes[0], id: 'x', entityId: 'ghost' }],
    };
    const result = stageEntries(withOrphan as typeof data, { asOf: T4 });
    expect(result.records.map((r) => r.id)).toEqual(['inverted', 'no-entry', 'moved-later']);
    expect(result.quality.map((q) => [q.code, q.ids])).toEqual([
      ['record_deleted', ['deleted']],
      ['change_without_record', ['x']],
      ['stage_regression', ['inverted']],
      ['stage_order_inverted', ['inverted']],
      ['current_stage_without_entry', ['no-entry']],
    ]);
  });

  it('reads deal stage history', () => {
    const data = strictDataset({
      pipelines: [
        {
          id: 'pl',
          source: { provider: 'manual', objectType: 'pipeline', remoteId: 'pl' },
          name: 'NB',
          stages: [
            { id: 'disc', name: 'Discovery', order: 0 },
            { id: 'demo', name: 'Demo', order: 1 },
          ],
        },
      ],
      deals: [
        {
          id: 'd',
          source: { provider: 'manual', objectType: 'deal', remoteId: 'd' },
          status: 'open',
          pipelineId: 'pl',
          stageId: 'demo',
        },
      ],
      changes: [
        move('d', 'disc', T1, { entity: 'deal', field: 'dealStage' }),
        move('d', 'demo', T2, { entity: 'deal', field: 'dealStage' }),
      ],
    });
    const result = stageEntries(data, { asOf: NOW, entity: 'deal', stages: ['disc', 'demo'] });
    expect(result.field).toBe('dealStage');
    expect(result.records[0]?.enteredAtMs).toEqual([ms(T1), ms(T2)]);
  });

  it('gives a repeated id’s history to its last kept record, and is the same on a second call', () => {
    const one = strictDataset({
      people: [person('x', { lifecycleStage: 'mql' })],
      changes: [move('x', 'lead', T1), move('x', 'mql', T2)],
    });
    const first = one.people[0] as (typeof one.people)[number];
    // Hand-built: parseDataset would reject the second record with the same id.
    const twice = { ...one, people: [first, { ...first }, { ...first, deletedAt: T3 }] };
    const result = stageEntries(twice, { asOf: T4 });
    expect(result.records.map((r) => r.visits.length)).toEqual([0, 2]);
    expect(stageEntries(twice, { asOf: T4 })).toEqual(result);
    expect(stageEntries(twice, { asOf: T2 }).records.map((r) => r.visits.length)).toEqual([
      0, 0, 2,
    ]);
  });

  it('is plain JSON and works on an empty dataset', () => {
    const result = stageEntries(emptyDataset(), { asOf: NOW });
    expect(result.records).toEqual([]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('stageEntries: options', () => {
  it('names the option and the problem', () => {
    const attempt = (options: unknown) => () =>
      stageEntries(emptyDataset(), options as Parameters<typeof stageEntries>[1]);
    expect(attempt({ asOf: NOW, skipped: 'maybe' })).toThrow(OptionsError);
    expect(attempt({ asOf: NOW, skipped: 'maybe' })).toThrow(
      /stageEntries: invalid options — skipped:/,
    );
    expect(attempt({})).toThrow(/asOf: missing/);
    expect(attempt({ asOf: NOW, stages: ['mql', 'mql'] })).toThrow(/stage "mql" is listed twice/);
    expect(attempt({ asOf: '2026-01-01' })).toThrow(/asOf/);
    expect(attempt({ asOf: NOW, colour: 'red' })).toThrow(/colour/);
  });
});
