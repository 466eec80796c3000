import { describe, expect, it } from 'vitest';
import { History } from '../lead-timeline/__fixtures__/history';
import { OptionsError } from '../options/options-error';
import { handoff } from './handoff';

// Seven MQL episodes in April–May 2026, New York business hours (EDT, UTC−4), worked out by
// hand. Speed to lead in business minutes and bands:
//   E1 p1   webinar      routed at MQL, call +3 min (0–5)   accepted, deal won       → won
//   E2 p2   webinar      queue 30 min, call +90 (120, 1–24 h), "No ICP fit"          → disqualified
//   E3 p3   paid search  routed at MQL, call +20 (5–60)     accepted, deal open      → opportunity
//   E4 p4#1 paid search  routed at MQL, call +2 (0–5)       "Bad timing", recycled   → recycled
//   E5 p4#2 paid search  re-MQL 14 May, routed, no touch (1 day < 7)                 → pending
//   E6 p5   paid search  routed at MQL, never touched (35 days)                      → never worked
//   E7 p6   webinar      routed at MQL, call +30 (5–60)     accepted, no deal        → accepted
const AS_OF = '2026-05-15T17:00:00Z';
const OPTIONS = { asOf: AS_OF, businessHours: { timeZone: 'America/New_York' } };

function mql(
  h: History,
  id: string,
  at: string,
  owner: string,
  lead: string,
  campaign: 'web' | 'ads',
  convertedDealId: string | null = null,
) {
  const channel = campaign === 'web' ? 'webinar' : 'paid_search';
  return h
    .stage(id, at, 'lead', 'mql')
    .owner(id, at, null, owner)
    .lead(lead, id, at, { channel: { channel, campaignId: campaign }, convertedDealId });
}

function sample(): History {
  const h = new History()
    .campaign('web', 'Spring webinar', 'webinar')
    .campaign('ads', 'Search ads', 'paid_search');
  for (const p of ['p1', 'p2', 'p3', 'p4', 'p5', 'p6']) h.person(p, '2026-03-01T10:00:00Z');
  mql(h, 'p1', '2026-04-06T13:00:00Z', 'rep1', 'L1', 'web', 'd1')
    .activity('p1', '2026-04-06T13:03:00Z', 'call')
    .stage('p1', '2026-04-07T14:00:00Z', 'mql', 'sal')
    .deal('d1', {
      status: 'won',
      createdAt: '2026-04-10T15:00:00Z',
      closedAt: '2026-04-30T15:00:00Z',
    });
  h.stage('p2', '2026-04-07T14:00:00Z', 'lead', 'mql')
    .owner('p2', '2026-04-07T14:00:00Z', null, 'queue')
    .owner('p2', '2026-04-07T14:30:00Z', 'queue', 'rep2')
    .lead('L2', 'p2', '2026-04-07T14:00:00Z', {
      channel: { channel: 'webinar', campaignId: 'web' },
    })
    .activity('p2', '2026-04-07T16:00:00Z', 'call', { ownerId: 'rep2' })
    .status('p2', '2026-04-08T15:00:00Z', 'Unqualified', 'No ICP fit');
  mql(h, 'p3', '2026-04-08T15:00:00Z', 'rep1', 'L3', 'ads', 'd3')
    .activity('p3', '2026-04-08T15:20:00Z', 'call')
    .stage('p3', '2026-04-09T15:00:00Z', 'mql', 'sal')
    .deal('d3', { status: 'open', createdAt: '2026-04-15T15:00:00Z' });
  mql(h, 'p4', '2026-04-09T15:00:00Z', 'rep2', 'L4', 'ads')
    .activity('p4', '2026-04-09T15:02:00Z', 'call', { ownerId: 'rep2' })
    .status('p4', '2026-04-10T15:00:00Z', 'Recycled', 'Bad timing')
    .stage('p4', '2026-04-10T15:00:00Z', 'mql', 'lead')
    .owner('p4', '2026-04-10T15:00:01Z', 'rep2', null);
  mql(h, 'p4', '2026-05-14T14:00:00Z', 'rep1', 'L5', 'ads');
  mql(h, 'p5', '2026-04-10T15:00:00Z', 'rep1', 'L6', 'ads');
  mql(h, 'p6', '2026-04-13T13:00:00Z', 'rep2', 'L7', 'web')
    .activity('p6', '2026-04-13T13:30:00Z', 'call', { ownerId: 'rep2' })
    .stage('p6', '2026-04-14T13:00:00Z', 'mql', 'sal');
  return h;
}

const result = handoff(sample().dataset(), OPTIONS);

describe('handoff: counts and flow', () => {
  it('gives every MQL episode exactly one fate', () => {
    expect(result.counts).toEqual({
      mqls: 7,
      byFate: {
        won: 1,
        opportunity: 1,
        recycled: 1,
        disqualified: 1,
        accepted: 1,
        never_worked: 1,
        pending: 1,
      },
      rejected: 2,
      everAccepted: 3,
      recycledReMql: { recycled: 1, cameBack: 1, rate: 1 },
    });
  });

  it('draws source → MQL → outcome → opportunity → won as links', () => {
    expect(result.flow.links).toEqual([
      { source: 'accepted', target: 'accepted_no_opportunity', value: 1 },
      { source: 'accepted', target: 'opportunity', value: 2 },
      { source: 'mql', target: 'accepted', value: 3 },
      { source: 'mql', target: 'disqualified', value: 1 },
      { source: 'mql', target: 'never_worked', value: 1 },
      { source: 'mql', target: 'pending', value: 1 },
      { source: 'mql', target: 'recycled', value: 1 },
      { source: 'opportunity', target: 'open', value: 1 },
      { source: 'opportunity', target: 'won', value: 1 },
      { source: 'source:paid_search', target: 'mql', value: 4 },
      { source: 'source:webinar', target: 'mql', value: 3 },
    ]);
    expect(result.flow.nodes.map((n) => n.id)).toEqual([
      'source:paid_search',
      'source:webinar',
      'mql',
      'accepted',
      'pending',
      'never_worked',
      'recycled',
      'disqualified',
      'accepted_no_opportunity',
      'opportunity',
      'won',
      'open',
    ]);
  });
});

describe('handoff: the two views', () => {
  it('shows marketing what became of each campaign’s MQLs', () => {
    expect(
      result.marketing.byCampaign.map((row) => [
        row.label,
        row.mqls,
        row.accepted,
        row.opportunities,
        row.won,
        row.acceptanceRate,
        row.medianSpeedToLeadMinutes,
      ]),
    ).toEqual([
      // Search ads: touched E3 (20) and E4 (2), median 11.
      ['Search ads', 4, 1, 1, 0, 0.25, 11],
      // Webinar: E1 (3), E2 (120), E7 (30), median 30.
      ['Spring webinar', 3, 2, 1, 1, 2 / 3, 30],
    ]);
    expect(result.marketing.byChannel.map((row) => [row.key, row.mqls])).toEqual([
      ['paid_search', 4],
      ['webinar', 3],
    ]);
  });

  it('shows sales each owner’s leads, owner delays and reasons', () => {
    expect(
      result.sales.byOwner.map((row) => [
        row.ownerId,
        row.mqls,
        row.byFate,
        row.medianOwnerDelayMinutes,
        row.rejectionsByReason,
      ]),
    ).toEqual([
      // rep1: E1, E3, E5, E6; owner delays 3 and 20.
      [
        'rep1',
        4,
        expect.objectContaining({ won: 1, opportunity: 1, pending: 1, never_worked: 1 }),
        11.5,
        {},
      ],
      // rep2: E2 (90 after the 30-minute queue), E4 (2), E7 (30).
      [
        'rep2',
        3,
        expect.objectContaining({ disqualified: 1, recycled: 1, accepted: 1 }),
        30,
        { 'No ICP fit': 1, 'Bad timing': 1 },
      ],
    ]);
    expect(result.sales.byReason).toEqual([
      { kind: 'disqualified', reason: 'No ICP fit', count: 1, share: 0.5, cameBackAsMql: 0 },
      { kind: 'recycled', reason: 'Bad timing', count: 1, share: 0.5, cameBackAsMql: 1 },
    ]);
  });

  it('compares sources at equal speed to lead', () => {
    expect(result.matched.byBand.map((c) => [c.band, c.mqls, c.converted])).toEqual([
      ['0–5 min', 2, 1],
      ['5–60 min', 2, 1],
      ['1–24 h', 1, 0],
      ['> 24 h', 0, 0],
      ['not touched', 2, 0],
    ]);
    const [ads, web] = result.matched.bySource;
    // Band weights of all MQLs: 2/7, 2/7, 1/7, 0, 2/7. Search ads has MQLs in bands 1, 2 and
    // "not touched" (rates 0, 1, 0): (2/7·0 + 2/7·1 + 2/7·0) / (6/7) = 1/3. Webinar in bands
    // 1–3 (rates 1, 0, 0): (2/7) / (5/7) = 0.4.
    expect(ads).toMatchObject({ channel: 'paid_search', mqls: 4, converted: 1, rate: 0.25 });
    expect(ads?.standardizedRate).toBeCloseTo(1 / 3, 12);
    expect(web).toMatchObject({ channel: 'webinar', mqls: 3, converted: 1 });
    expect(web?.standardizedRate).toBeCloseTo(0.4, 12);
  });
});

describe('handoff: the ledger', () => {
  it('lists episodes by MQL time with their evidence', () => {
    expect(result.ledger.map((row) => row.episodeId)).toEqual([
      'p1#1',
      'p2#1',
      'p3#1',
      'p4#1',
      'p5#1',
      'p6#1',
      'p4#2',
    ]);
    expect(result.ledger[1]).toEqual({
      episodeId: 'p2#1',
      personId: 'p2',
      personName: 'Pat p2',
      leadId: 'L2',
      number: 1,
      previousEpisodeId: null,
      nextEpisodeId: null,
      mqlAt: '2026-04-07T14:00:00Z',
      campaignId: 'web',
      campaignName: 'Spring webinar',
      channel: 'webinar',
      assignedAt: '2026-04-07T14:30:00Z',
      assigneeId: 'rep2',
      ownerId: 'rep2',
      ownerName: 'Sam Rep',
      firstTouchAt: '2026-04-07T16:00:00Z',
      firstTouchActivityId: 'a2',
      attempts: 1,
      contactAt: null,
      acceptedAt: null,
      rejection: {
        kind: 'disqualified',
        reason: 'No ICP fit',
        status: 'Unqualified',
        at: '2026-04-08T15:00:00Z',
      },
      opportunity: null,
      fate: 'disqualified',
      routingDelayMinutes: 30,
      ownerDelayMinutes: 90,
      speedToLeadMinutes: 120,
    });
    expect(result.ledger[3]?.nextEpisodeId).toBe('p4#2');
  });

  it('keeps only the MQLs of the period, read in the business-hours time zone', () => {
    const april = handoff(sample().dataset(), {
      ...OPTIONS,
      period: { start: '2026-04-06', end: '2026-04-10' },
    });
    expect(april.ledger.map((row) => row.episodeId)).toEqual([
      'p1#1',
      'p2#1',
      'p3#1',
      'p4#1',
      'p5#1',
    ]);
    expect(april.period).toEqual({
      start: '2026-04-06',
      end: '2026-04-10',
      timeZone: 'America/New_York',
      startsAt: '2026-04-06T04:00:00Z',
      endsAt: '2026-04-11T04:00:00Z',
    });
    expect(april.counts.recycledReMql).toEqual({ recycled: 1, cameBack: 1, rate: 1 });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('gives each call its own result: changing one does not change the next', () => {
    const dataset = sample().dataset();
    const first = handoff(dataset, OPTIONS);
    const expected = JSON.stringify(first);
    first.counts.byFate.won = 99;
    first.sales.byOwner.pop();
    (first.marketing.byCampaign[0] as { label: string }).label = 'changed';
    first.flow.links.length = 0;
    first.ledger.pop();
    expect(JSON.stringify(handoff(dataset, OPTIONS))).toBe(expected);
  });
});

describe('handoff: options', () => {
  it.each([
    [{}, /asOf/],
    [{ asOf: '2026-05-15' }, /asOf/],
    [{ asOf: AS_OF, neverWorkedAfter: { days: 0 } }, /neverWorkedAfter/],
    [{ asOf: AS_OF, businessHours: { timeZone: 'Nowhere/City' } }, /businessHours.timeZone/],
    [{ asOf: AS_OF, period: { start: '2026-05-01', end: '2026-04-01' } }, /period.end/],
    [{ asOf: AS_OF, colour: 'blue' }, /colour/],
    [{ asOf: AS_OF, lifecycle: { mql: 'hot' } }, /lifecycle.mql: stage "hot"/],
  ])('rejects %j with a typed error', (options, message) => {
    const run = () => handoff(sample().dataset(), options as never);
    expect(run).toThrow(OptionsError);
    expect(run).toThrow(message);
  });

  it('names the function and each option path on the error, a RangeError', () => {
    let error: unknown;
    try {
      handoff(sample().dataset(), { asOf: AS_OF, lifecycle: { mql: 'hot' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toMatchObject({
      functionName: 'handoff',
      issues: [{ path: 'lifecycle.mql', message: expect.stringMatching(/^stage "hot"/) }],
    });
  });
});
