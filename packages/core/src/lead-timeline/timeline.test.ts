import { describe, expect, it } from 'vitest';
import { History, timelineOf } from './__fixtures__/history';
import type { Episode } from './types';

// New York business hours, Monday–Friday 09:00–17:00. EST (UTC−5) until Sun 8 March 2026,
// then EDT (UTC−4).
const NEW_YORK = { timeZone: 'America/New_York' };
const AS_OF = '2026-05-15T17:00:00Z';

function only(episodes: Episode[]): Episode {
  expect(episodes).toHaveLength(1);
  return episodes[0] as Episode;
}

describe('lead timeline: one MQL episode, end to end', () => {
  // p1 becomes an MQL on Friday 6 March 16:30 EST, waits in the queue over the weekend and is
  // routed to rep1 on Monday 9 March 09:15 EDT. Automation e-mails and a task follow at once;
  // rep1 calls at 11:45 EDT, connects at 12:00, accepts on Tuesday; a deal is created on
  // 12 March and won on 20 April.
  const history = new History()
    .campaign('webinar', 'Spring webinar', 'webinar')
    .person('p1', '2026-03-02T13:00:00Z')
    .stage('p1', '2026-03-02T13:00:00Z', null, 'lead')
    .owner('p1', '2026-03-02T13:00:00Z', null, 'mkt')
    .stage('p1', '2026-03-06T21:30:00Z', 'lead', 'mql')
    .status('p1', '2026-03-06T21:30:00Z', 'New')
    .owner('p1', '2026-03-06T21:30:01Z', 'mkt', 'queue')
    .owner('p1', '2026-03-09T13:15:00Z', 'queue', 'rep1')
    .activity('p1', '2026-03-09T13:16:00Z', 'email', { automated: true })
    .activity('p1', '2026-03-09T13:15:00Z', 'task')
    .activity('p1', '2026-03-09T13:20:00Z', 'note')
    .activity('p1', '2026-03-09T15:45:00Z', 'call')
    .status('p1', '2026-03-09T16:00:00Z', 'Connected')
    .stage('p1', '2026-03-10T14:00:00Z', 'mql', 'sal')
    .status('p1', '2026-03-10T14:00:00Z', 'Accepted')
    .activity('p1', '2026-03-11T15:00:00Z', 'meeting')
    .lead('L1', 'p1', '2026-03-06T21:30:00Z', {
      channel: { channel: 'webinar', campaignId: 'webinar' },
      convertedDealId: 'd1',
    })
    .deal('d1', {
      status: 'won',
      createdAt: '2026-03-12T15:00:00Z',
      closedAt: '2026-04-20T15:00:00Z',
      amount: { amount: '12000.00', currency: 'USD' },
    });

  const ep = only(timelineOf(history.dataset(), { asOf: AS_OF, businessHours: NEW_YORK }).episodes);

  it('starts at the MQL and credits the lead work item and its campaign', () => {
    expect(ep.id).toBe('p1#1');
    expect(ep.mqlAt).toBe('2026-03-06T21:30:00Z');
    expect(ep.leadId).toBe('L1');
    expect(ep.campaignId).toBe('webinar');
    expect(ep.channel).toBe('webinar');
  });

  it('takes the first sales owner as the assignment (not the marketer, not the queue)', () => {
    expect(ep.ownerIds).toEqual(['mkt', 'queue', 'rep1']);
    expect(ep.assignedAt).toBe('2026-03-09T13:15:00Z');
    expect(ep.assigneeId).toBe('rep1');
  });

  it('counts only human calls, meetings and e-mails as attempts', () => {
    // The automated e-mail, the task and the note are not touches: the first is the call.
    expect(ep.firstTouchAt).toBe('2026-03-09T15:45:00Z');
    expect(ep.attemptMs).toHaveLength(2); // the call and the meeting
    expect(ep.contactAt).toBe('2026-03-09T16:00:00Z'); // the "Connected" status
  });

  it('is won through its deal, accepted at the SAL stage', () => {
    expect(ep.acceptedAt).toBe('2026-03-10T14:00:00Z');
    expect(ep.opportunity).toMatchObject({
      dealId: 'd1',
      status: 'won',
      at: '2026-03-12T15:00:00Z',
    });
    expect(ep.fate).toBe('won');
  });

  it('sees the deal as open when asked before it was won', () => {
    const early = only(
      timelineOf(history.dataset(), { asOf: '2026-04-01T00:00:00Z', businessHours: NEW_YORK })
        .episodes,
    );
    expect(early.opportunity?.status).toBe('open');
    expect(early.fate).toBe('opportunity');
  });
});

describe('lead timeline: dispositions', () => {
  it('recycles with the reason of the status change and links the re-MQL', () => {
    // Status "Recycled" (reason) and the stage back to lead happen at the same instant: one
    // decision, kind and reason from the status. The person comes back on 20 April and is
    // never routed: 25 days without a touch is "never worked" (default 7 days).
    const dataset = new History()
      .person('p2', '2026-03-01T10:00:00Z')
      .stage('p2', '2026-03-03T15:00:00Z', 'lead', 'mql')
      .owner('p2', '2026-03-03T15:00:00Z', null, 'rep2')
      .activity('p2', '2026-03-03T20:00:00Z', 'call', { ownerId: 'rep2' })
      .stage('p2', '2026-03-12T18:00:00Z', 'mql', 'lead')
      .status('p2', '2026-03-12T18:00:00Z', 'Recycled', 'No contact')
      .owner('p2', '2026-03-12T18:00:01Z', 'rep2', null)
      .stage('p2', '2026-04-20T14:00:00Z', 'lead', 'mql')
      .owner('p2', '2026-04-20T14:00:01Z', null, 'queue')
      .dataset();
    const { episodes, quality } = timelineOf(dataset, { asOf: AS_OF, businessHours: NEW_YORK });
    const [first, second] = episodes as [Episode, Episode];
    expect(first.fate).toBe('recycled');
    expect(first.rejection).toMatchObject({
      kind: 'recycled',
      reason: 'No contact',
      status: 'Recycled',
    });
    expect(first.assignedAt).toBe('2026-03-03T15:00:00Z'); // owned by a rep at the MQL
    expect(first.nextId).toBe('p2#2');
    expect(second.previousId).toBe('p2#1');
    expect(second.fate).toBe('never_worked');
    expect(quality.list()).toEqual([
      expect.objectContaining({ code: 'episode_unassigned', count: 1, ids: ['p2#2'] }),
    ]);
  });

  it('keeps each episode’s own owner timeline and attempts, person after person', () => {
    // Two people, each MQL twice; the lists are gathered in buffers shared by the whole walk.
    const history = new History();
    for (const [p, rep] of [
      ['p3', 'rep3'],
      ['p4', 'rep4'],
    ] as const) {
      history
        .person(p, '2026-03-01T10:00:00Z')
        .stage(p, '2026-03-02T15:00:00Z', 'lead', 'mql')
        .owner(p, '2026-03-02T16:00:00Z', null, 'queue')
        .owner(p, '2026-03-03T15:00:00Z', 'queue', rep)
        .activity(p, '2026-03-03T16:00:00Z', 'call')
        .activity(p, '2026-03-04T16:00:00Z', 'email')
        .activity(p, '2026-03-05T16:00:00Z', 'call')
        .stage(p, '2026-03-12T18:00:00Z', 'mql', 'lead')
        .stage(p, '2026-04-01T14:00:00Z', 'lead', 'mql')
        .owner(p, '2026-04-02T14:00:00Z', rep, 'rep1')
        .activity(p, '2026-04-03T14:00:00Z', 'meeting');
    }
    const { episodes } = timelineOf(history.dataset(), { asOf: AS_OF, businessHours: NEW_YORK });
    const lists = episodes.map((ep) => [ep.id, ep.ownerIds, ep.ownerMs.length, ep.attemptMs]);
    const ms = (at: string) => Date.parse(at);
    expect(lists).toEqual(
      ['p3', 'p4'].flatMap((p) => [
        [
          `${p}#1`,
          [null, 'queue', p === 'p3' ? 'rep3' : 'rep4'],
          3,
          [ms('2026-03-03T16:00:00Z'), ms('2026-03-04T16:00:00Z'), ms('2026-03-05T16:00:00Z')],
        ],
        [`${p}#2`, [p === 'p3' ? 'rep3' : 'rep4', 'rep1'], 2, [ms('2026-04-03T14:00:00Z')]],
      ]),
    );
  });

  it('reads never worked against neverWorkedAfter in days or business hours', () => {
    // MQL Monday 11 May 09:00 EDT, routed, never touched; asOf Friday 15 May 13:00 EDT.
    const dataset = new History()
      .person('p', '2026-05-01T10:00:00Z')
      .stage('p', '2026-05-11T13:00:00Z', 'lead', 'mql')
      .owner('p', '2026-05-11T13:00:00Z', null, 'rep1')
      .dataset();
    const fate = (neverWorkedAfter: { days: number } | { businessHours: number }) =>
      only(timelineOf(dataset, { asOf: AS_OF, businessHours: NEW_YORK, neverWorkedAfter }).episodes)
        .fate;
    expect(fate({ days: 7 })).toBe('pending');
    expect(fate({ days: 4 })).toBe('never_worked'); // 4 days 4 h have passed
    // Mon–Thu are 32 business hours, Fri 09:00–13:00 four more: 36 in all.
    expect(fate({ businessHours: 36 })).toBe('never_worked');
    expect(fate({ businessHours: 37 })).toBe('pending');
  });

  it('disqualifies, and reports a rejection without reason', () => {
    const dataset = new History()
      .person('p3', '2026-03-01T10:00:00Z')
      .stage('p3', '2026-03-04T16:00:00Z', 'lead', 'mql')
      .owner('p3', '2026-03-04T16:05:00Z', null, 'rep1')
      .activity('p3', '2026-03-04T17:00:00Z', 'email', { direction: 'inbound' })
      .activity('p3', '2026-03-05T14:30:00Z', 'email')
      .status('p3', '2026-03-05T15:00:00Z', 'Unqualified')
      .dataset();
    const { episodes, quality } = timelineOf(dataset, { asOf: AS_OF, businessHours: NEW_YORK });
    const ep = only(episodes);
    expect(ep.fate).toBe('disqualified');
    expect(ep.rejection).toMatchObject({
      kind: 'disqualified',
      reason: null,
      status: 'Unqualified',
    });
    // The buyer's inbound e-mail is a contact, not an attempt: the rep's reply is the touch.
    expect(ep.contactAt).toBe('2026-03-04T17:00:00Z');
    expect(ep.firstTouchAt).toBe('2026-03-05T14:30:00Z');
    expect(ep.attemptMs).toHaveLength(1);
    expect(quality.list().map((f) => [f.code, f.ids])).toEqual([
      ['rejection_without_reason', ['c3']],
    ]);
  });

  it('lets the latest decision win, reads CRM status spellings and lead-level history', () => {
    // HubSpot's BAD_TIMING reads as "bad timing" (recycled); then the lead is accepted again
    // through a status change recorded on its lead work item.
    const dataset = new History()
      .person('p', '2026-03-01T10:00:00Z')
      .stage('p', '2026-03-02T15:00:00Z', 'lead', 'mql')
      .owner('p', '2026-03-02T15:00:00Z', null, 'rep1')
      .status('p', '2026-03-03T15:00:00Z', 'BAD_TIMING', 'Budget next year')
      .lead('L', 'p', '2026-03-02T15:00:00Z')
      .leadChange('L', 'leadStatus', 'Sales Accepted', '2026-03-04T15:00:00Z')
      .dataset();
    const ep = only(timelineOf(dataset, { asOf: AS_OF }).episodes);
    expect(ep.rejection?.kind).toBe('recycled');
    expect(ep.decision).toBe('accepted');
    expect(ep.firstDecisionAt).toBe('2026-03-03T15:00:00Z');
    expect(ep.fate).toBe('accepted');
  });

  it('walks a history recorded only on the lead work item: MQLs, owners and decisions', () => {
    // The person's own record has no history; its lead's does: MQL, routing, a rejection,
    // back to nurture and a re-MQL.
    const dataset = new History()
      .person('p', '2026-03-01T10:00:00Z')
      .lead('L', 'p', '2026-03-01T10:00:00Z')
      .leadChange('L', 'lifecycleStage', 'lead', '2026-03-01T10:00:00Z')
      .leadChange('L', 'lifecycleStage', 'mql', '2026-03-02T15:00:00Z')
      .leadChange('L', 'owner', 'rep1', '2026-03-02T16:00:00Z')
      .leadChange('L', 'leadStatus', 'Unqualified', '2026-03-04T15:00:00Z')
      .leadChange('L', 'lifecycleStage', 'lead', '2026-03-05T15:00:00Z')
      .leadChange('L', 'lifecycleStage', 'mql', '2026-04-01T15:00:00Z')
      .dataset();
    const [first, second] = timelineOf(dataset, { asOf: AS_OF }).episodes as [Episode, Episode];
    expect([first.id, second.id]).toEqual(['p#1', 'p#2']);
    expect(first.assignedAt).toBe('2026-03-02T16:00:00Z');
    // Disqualified by status first, then back to nurture: the latest rejection is kept.
    expect(first.firstDecisionAt).toBe('2026-03-04T15:00:00Z');
    expect(first.rejection?.kind).toBe('recycled');
    expect(first.fate).toBe('recycled');
    expect(first.leadId).toBe('L');
    expect(second.mqlAt).toBe('2026-04-01T15:00:00Z');
    expect(second.ownerIds).toEqual(['rep1']);
  });

  it('uses the caller’s status vocabulary', () => {
    const dataset = new History()
      .person('p', '2026-03-01T10:00:00Z')
      .stage('p', '2026-03-02T15:00:00Z', 'lead', 'mql')
      .status('p', '2026-03-03T15:00:00Z', 'Parked')
      .dataset();
    const fate = (statuses?: { recycled: string[] }) =>
      only(timelineOf(dataset, { asOf: AS_OF, statuses }).episodes).fate;
    expect(fate()).toBe('never_worked');
    expect(fate({ recycled: ['parked'] })).toBe('recycled');
  });
});

describe('lead timeline: bad input becomes findings', () => {
  it('reports stage regressions, stage-date MQLs and lead work items it cannot place', () => {
    const dataset = new History()
      .person('reg', '2026-03-01T10:00:00Z')
      .stage('reg', '2026-03-02T15:00:00Z', 'lead', 'mql')
      .stage('reg', '2026-03-03T15:00:00Z', 'mql', 'sql')
      .stage('reg', '2026-03-04T15:00:00Z', 'sql', 'mql') // backwards into MQL: no new episode
      .person('dated', '2026-03-01T10:00:00Z', { stageDates: { mql: '2026-03-05T15:00:00Z' } })
      .person('nomql', '2026-03-01T10:00:00Z')
      .lead('orphan', null, '2026-03-02T15:00:00Z')
      .lead('undated', 'reg', null)
      .lead('early', 'nomql', '2026-03-02T15:00:00Z')
      .lead('first', 'reg', '2026-03-02T15:00:00Z')
      .lead('second', 'reg', '2026-03-02T16:00:00Z')
      .dataset();
    const { episodes, quality } = timelineOf(dataset, { asOf: AS_OF });
    expect(episodes.map((ep) => [ep.id, ep.leadId, ep.mqlAt])).toEqual([
      ['reg#1', 'first', '2026-03-02T15:00:00Z'],
      ['dated#1', null, '2026-03-05T15:00:00Z'],
    ]);
    expect(episodes[0]?.fate).toBe('accepted'); // sql is past the accepted stage
    expect(Object.fromEntries(quality.list().map((f) => [f.code, f.ids]))).toEqual({
      episode_unassigned: ['dated#1', 'reg#1'],
      lead_extra_in_episode: ['second'],
      lead_missing_created_at: ['undated'],
      lead_without_mql: ['early'],
      lead_without_person: ['orphan'],
      mql_from_stage_date: ['dated'],
      stage_regression: ['c3'],
    });
  });

  it('reports activities it cannot place and owners it does not know or who left', () => {
    const dataset = new History()
      .person('p', '2026-03-05T10:00:00Z')
      .activity('p', '2026-03-01T10:00:00Z', 'call') // before the person existed
      .activity('p', null, 'call') // no time
      .stage('p', '2026-03-06T15:00:00Z', 'lead', 'mql')
      .owner('p', '2026-03-06T15:00:00Z', null, 'ghost') // not a user: counted as sales
      .owner('p', '2026-03-07T15:00:00Z', 'ghost', 'gone') // inactive, still holds it
      .dataset();
    const { episodes, quality } = timelineOf(dataset, { asOf: AS_OF });
    const ep = only(episodes);
    expect(ep.assigneeId).toBe('ghost');
    expect(ep.fate).toBe('never_worked');
    expect(Object.fromEntries(quality.list().map((f) => [f.code, f.ids]))).toEqual({
      activity_before_person_created: ['a1'],
      activity_missing_time: ['a2'],
      owner_inactive: ['p#1'],
      owner_unknown: ['p#1'],
    });
  });

  it('ignores what happened after asOf', () => {
    const dataset = new History()
      .person('p', '2026-03-01T10:00:00Z')
      .stage('p', '2026-03-02T15:00:00Z', 'lead', 'mql')
      .owner('p', '2026-03-02T15:00:00Z', null, 'rep1')
      .activity('p', '2026-03-02T16:00:00Z', 'call')
      .status('p', '2026-03-10T15:00:00Z', 'Unqualified', 'No ICP fit')
      .stage('p', '2026-04-02T15:00:00Z', 'lead', 'mql')
      .dataset();
    const ep = only(timelineOf(dataset, { asOf: '2026-03-05T00:00:00Z' }).episodes);
    expect(ep.fate).toBe('pending');
    expect(ep.rejection).toBeNull();
  });
});
