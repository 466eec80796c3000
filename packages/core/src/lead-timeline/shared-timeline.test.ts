import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset';
import { parseOptions } from '../options/parse-options';
import { recordTimes } from '../time/record-times';
import { History } from './__fixtures__/history';
import { timelineConfig } from './config';
import { type LeadTimelineOptions, LeadTimelineOptionsSchema } from './options';
import { indexPeople } from './person-index';
import { leadTimeline } from './timeline';

const AS_OF = '2026-05-15T17:00:00Z';

const config = (options: LeadTimelineOptions) =>
  timelineConfig(parseOptions('test', LeadTimelineOptionsSchema, options), 'test');

// p1 becomes an MQL on 2 March, is routed to rep1 on 3 March and called on 4 March.
const history = () =>
  new History()
    .person('p1', '2026-03-01T13:00:00Z')
    .stage('p1', '2026-03-02T14:00:00Z', 'lead', 'mql')
    .owner('p1', '2026-03-03T14:00:00Z', 'queue', 'rep1')
    .activity('p1', '2026-03-04T14:00:00Z', 'call')
    .lead('L1', null, '2026-03-02T14:00:00Z');

describe('leadTimeline: built once per dataset and options', () => {
  it('shares the episodes between calls, but not the quality log', () => {
    const dataset = history().dataset();
    const first = leadTimeline(dataset, config({ asOf: AS_OF }));
    const second = leadTimeline(dataset, config({ asOf: AS_OF }));
    expect(second.episodes).toBe(first.episodes);
    first.quality.add('opportunity_missing_amount', 'd9');
    expect(second.quality.list().map((f) => f.code)).toEqual(['lead_without_person']);
  });

  it('indexes a dataset once for every asOf, and builds a timeline per asOf', () => {
    const dataset = history().dataset();
    expect(indexPeople(dataset, 'mql')).toBe(indexPeople(dataset, 'mql'));
    const before = leadTimeline(dataset, config({ asOf: '2026-03-03T00:00:00Z' }));
    const after = leadTimeline(dataset, config({ asOf: AS_OF }));
    expect(before.episodes[0]?.attemptMs).toEqual([]);
    expect(before.episodes[0]?.assigneeId).toBeNull();
    expect(after.episodes[0]?.attemptMs).toHaveLength(1);
    expect(after.episodes[0]?.assigneeId).toBe('rep1');
  });

  it('never answers from a stale index when an array is replaced or grows', () => {
    const dataset = history().dataset();
    const options = config({ asOf: AS_OF });
    expect(leadTimeline(dataset, options).episodes[0]?.attemptMs).toHaveLength(1);
    const call = { ...(dataset.activities[0] as Dataset['activities'][number]), id: 'a2' };
    call.occurredAt = '2026-03-05T14:00:00Z';
    const replaced: Dataset = { ...dataset, activities: [...dataset.activities, call] };
    expect(leadTimeline(replaced, options).episodes[0]?.attemptMs).toHaveLength(2);
    dataset.activities.push(call);
    expect(leadTimeline(dataset, options).episodes[0]?.attemptMs).toHaveLength(2);
    const changed = history().dataset();
    expect(
      leadTimeline(changed, config({ asOf: AS_OF, lifecycle: { mql: 'lead' } })).episodes,
    ).toEqual([]);
  });

  it('parses the change times in its own pass and shares them as recordTimes reads them', () => {
    const dataset = history().dataset();
    const index = indexPeople(dataset, 'mql');
    expect(recordTimes(dataset.changes, 'at')).toBe(index.changeMs);
    expect([...index.changeMs]).toEqual([...recordTimes([...dataset.changes], 'at')]);
  });
});
