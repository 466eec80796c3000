import { describe, expect, it } from 'vitest';
import { OptionsError } from '../options/options-error';
import { AS_OF, april, SLA } from './__fixtures__/april';
import { evaluateSla } from './evaluate-sla';
import type { Sla } from './schema';

// April's six MQLs (see the fixture) in accounts: p1, p2 Enterprise; p3, p4 SMB; p5
// Mid-Market; p6 without an account. Assignees: p1, p3, p6 rep1 (Riley Rep); p2, p5 rep2
// (Sam Rep); p4 never leaves the queue. 19.5 of April's 30 days have passed: 0.65.
function dataset() {
  const h = april()
    .account('acme', 'Enterprise')
    .account('bolt', 'SMB')
    .account('cove', 'Mid-Market');
  const accounts: Record<string, string> = {
    p1: 'acme',
    p2: 'acme',
    p3: 'bolt',
    p4: 'bolt',
    p5: 'cove',
  };
  const data = h.dataset();
  return { ...data, people: data.people.map((p) => ({ ...p, accountId: accounts[p.id] ?? null })) };
}

const split = (marketing: Sla['marketing']): Sla => ({ ...SLA, marketing });

describe('evaluateSla: marketing commitments by segment', () => {
  const result = evaluateSla(
    dataset(),
    split([
      { metric: 'mqls', target: 4, per: 'month', segment: 'Enterprise' },
      { metric: 'mqls', target: 5, per: 'month', segment: 'SMB' },
    ]),
    { asOf: AS_OF },
  );

  it('gives each commitment its own attainment, pacing and forecast', () => {
    const [enterprise, smb] = result.marketingScopes?.commitments ?? [];
    // Enterprise: 2 of 4 = 0.5; pace 0.5 / 0.65; run rate 2 / 0.65 = 3.08 (to the hundredth).
    expect(enterprise).toMatchObject({ key: 'Enterprise', label: 'Enterprise', target: 4 });
    // 2 ÷ 0.65 = 3.0769…, kept to the hundredth.
    expect(enterprise).toMatchObject({ actual: 2, attainment: 0.5, runRateForecast: 3.08 });
    expect(enterprise?.pacing).toBeCloseTo(0.5 / 0.65, 12);
    expect(enterprise?.bySource).toEqual([{ channel: 'paid_search', actual: 2 }]);
    // SMB: 2 of 5 = 0.4; run rate 3.08 → 3.
    expect(smb).toMatchObject({ key: 'SMB', actual: 2, attainment: 0.4, runRateForecast: 3.08 });
    expect(smb?.bySource).toEqual([
      { channel: 'paid_search', actual: 1 },
      { channel: 'webinar', actual: 1 },
    ]);
  });

  it('adds the commitments up and shows what none covers', () => {
    // Together: 4 of 9; run rate 4 / 0.65 = 6.15.
    // 4 ÷ 0.65 = 6.1538…
    expect(result.marketing).toMatchObject({ target: 9, actual: 4, runRateForecast: 6.15 });
    expect(result.marketing.attainment).toBeCloseTo(4 / 9, 12);
    // p5 (Mid-Market, not committed) and p6 (no account): 2 MQLs outside, not dropped.
    expect(result.marketingScopes).toMatchObject({ by: 'segment' });
    expect(result.marketingScopes?.unscoped).toEqual({
      actual: 2,
      byKey: [
        { key: null, label: '(no segment)', actual: 1 },
        { key: 'Mid-Market', label: 'Mid-Market', actual: 1 },
      ],
    });
  });

  it('keeps one unscoped commitment as it was', () => {
    const one = evaluateSla(dataset(), SLA, { asOf: AS_OF });
    expect(one.marketingScopes).toBeNull();
    expect(one.marketing).toMatchObject({ target: 10, actual: 6 });
  });

  it('takes a list of one unscoped commitment as the commitment', () => {
    const one = evaluateSla(dataset(), split([{ metric: 'mqls', target: 10, per: 'month' }]), {
      asOf: AS_OF,
    });
    expect(one.marketingScopes).toBeNull();
    expect(one.marketing).toMatchObject({ target: 10, actual: 6 });
  });

  it('scopes a single commitment too', () => {
    const one = evaluateSla(
      dataset(),
      split({ metric: 'mqls', target: 4, per: 'month', segment: 'Enterprise' }),
      { asOf: AS_OF },
    );
    expect(one.marketing).toMatchObject({ target: 4, actual: 2, attainment: 0.5 });
    expect(one.marketingScopes?.unscoped.actual).toBe(4);
  });
});

describe('evaluateSla: marketing commitments by sales owner', () => {
  it('credits each MQL to the rep it was assigned to; unassigned ones are shown', () => {
    const result = evaluateSla(
      dataset(),
      split([
        { metric: 'mqls', target: 3, per: 'month', ownerId: 'rep1' },
        { metric: 'mqls', target: 3, per: 'month', ownerId: 'rep2' },
      ]),
      { asOf: AS_OF },
    );
    const [rep1, rep2] = result.marketingScopes?.commitments ?? [];
    // rep1: p1, p3, p6 = 3 of 3; rep2: p2 (after the queue), p5 = 2 of 3.
    expect(rep1).toMatchObject({ key: 'rep1', label: 'Riley Rep', actual: 3, attainment: 1 });
    expect(rep1?.pacing).toBeCloseTo(1 / 0.65, 12);
    expect(rep2).toMatchObject({ key: 'rep2', label: 'Sam Rep', actual: 2 });
    expect(rep2?.attainment).toBeCloseTo(2 / 3, 12);
    expect(result.marketing).toMatchObject({ target: 6, actual: 5 });
    expect(result.marketingScopes?.unscoped).toEqual({
      actual: 1,
      byKey: [{ key: null, label: '(unassigned)', actual: 1 }],
    });
  });
});

describe('evaluateSla: invalid splits', () => {
  const base = { metric: 'mqls', target: 1, per: 'month' } as const;
  it.each([
    [[{ ...base, segment: 'SMB', ownerId: 'rep1' }], /marketing.0: give segment or ownerId/],
    [[{ ...base, segment: 'SMB' }, base], /marketing.1.segment: every commitment/],
    [
      [
        { ...base, segment: 'SMB' },
        { ...base, ownerId: 'rep1' },
      ],
      /marketing.1.segment/,
    ],
    [
      [
        { ...base, segment: 'SMB' },
        { ...base, segment: 'SMB' },
      ],
      /a second commitment for "SMB"/,
    ],
    [
      [
        { ...base, segment: 'SMB' },
        { ...base, metric: 'sals', segment: 'Enterprise' },
      ],
      /marketing.1.metric: metric must be the same/,
    ],
    [
      [
        { ...base, segment: 'SMB' },
        { ...base, per: 'quarter', segment: 'Ent' },
      ],
      /marketing.1.per/,
    ],
    [[], /marketing/],
  ])('rejects %j', (marketing, message) => {
    const run = () => evaluateSla(dataset(), split(marketing as Sla['marketing']), { asOf: AS_OF });
    expect(run).toThrow(OptionsError);
    expect(run).toThrow(message);
  });
});
