import { describe, expect, it } from 'vitest';
import { AS_OF, dataset, deal, person, touch } from './__fixtures__/builders';
import { amounts, weights } from './__fixtures__/inspect';
import { attribute } from './attribute';
import type { AttributionModelName } from './models/names';
import type { AttributionOptions } from './options';
import { ATTRIBUTION_PRESET_NAMES, ATTRIBUTION_PRESETS } from './presets';

// The edge-case matrix of attribution.md §2.6, one describe per row.

const at = (day: number) => `2026-05-${String(day).padStart(2, '0')}T10:00:00Z`;

/** One contact, created with the first touch, a $100 deal created on day 20 and won on day 28. */
function journey(channels: string[], extra: Parameters<typeof touch>[4] = {}) {
  return dataset({
    people: [person('p1', at(1))],
    touchpoints: channels.map((channel, k) =>
      touch(`t${k + 1}`, 'p1', at(k + 1), channel as Parameters<typeof touch>[3], {
        type: k === 0 ? 'form_submission' : 'page_view',
        ...extra,
      }),
    ),
    deals: [deal('d1', ['p1'], { createdAt: at(20), closedAt: at(28) })],
  });
}

describe('1 touch → 100% under every model of every preset', () => {
  const one = journey(['paid_search']);
  for (const preset of ATTRIBUTION_PRESET_NAMES) {
    for (const model of ATTRIBUTION_PRESETS[preset].models) {
      if (model === 'custom') continue;
      it(`${preset} ${model}`, () => {
        const result = attribute(one, { asOf: AS_OF, model, preset } as AttributionOptions);
        expect(amounts(result)).toEqual({ t1: '100.00' });
      });
    }
  }
});

describe('2 touches', () => {
  const two = journey(['paid_search', 'email']);
  const cases: Array<[AttributionOptions, Record<string, number>]> = [
    // t1 is the form fill, so it holds both FT and LC; t2 is after the last anchor.
    [
      { asOf: AS_OF, model: 'u-shaped', preset: 'marketo-measure' },
      { t1: 1, t2: 0 },
    ],
    [
      { asOf: AS_OF, model: 'u-shaped', preset: 'adobe' },
      { t1: 0.5, t2: 0.5 },
    ],
    [
      { asOf: AS_OF, model: 'u-shaped', preset: 'mixpanel' },
      { t1: 0.5, t2: 0.5 },
    ],
    [
      { asOf: AS_OF, model: 'u-shaped', preset: 'amplitude' },
      { t1: 0.5, t2: 0.5 },
    ],
    [
      { asOf: AS_OF, model: 'position-based', preset: 'google-ads' },
      { t1: 0.5, t2: 0.5 },
    ],
    [
      { asOf: AS_OF, model: 'j-shaped', preset: 'adobe' },
      { t1: 0.25, t2: 0.75 },
    ],
    [
      { asOf: AS_OF, model: 'j-shaped', preset: 'mixpanel' },
      { t1: 0.25, t2: 0.75 },
    ],
    [
      { asOf: AS_OF, model: 'j-shaped', preset: 'amplitude' },
      { t1: 0.3, t2: 0.7 },
    ],
    [
      { asOf: AS_OF, model: 'inverse-j', preset: 'adobe' },
      { t1: 0.75, t2: 0.25 },
    ],
    [
      { asOf: AS_OF, model: 'inverse-j', preset: 'amplitude' },
      { t1: 0.7, t2: 0.3 },
    ],
  ];
  for (const [options, expected] of cases) {
    it(`${options.preset} ${options.model}: ${JSON.stringify(expected)}`, () => {
      expect(weights(attribute(two, options))).toEqual(expected);
    });
  }

  it('Marketo U-shaped with FT and LC on two touches: 50/50 (the documented example)', () => {
    // t1 is the form fill here, so FT = LC = t1; give the second touch the form instead.
    const data = dataset({
      people: [person('p1', at(2))],
      touchpoints: [
        touch('ft', 'p1', at(1), 'paid_search'),
        touch('lc', 'p1', at(2), 'paid_social', { type: 'form_submission' }),
      ],
      deals: [deal('d1', ['p1'], { createdAt: at(20), closedAt: at(28) })],
    });
    expect(
      weights(attribute(data, { asOf: AS_OF, model: 'u-shaped', preset: 'marketo-measure' })),
    ).toEqual({
      ft: 0.5,
      lc: 0.5,
    });
  });
});

describe('anchors on the same touch add up', () => {
  it('W-shaped, one touch holding first touch and lead creation: 30% + 30%', () => {
    const data = journey(['paid_search', 'email', 'webinar', 'direct']);
    const result = attribute(data, { asOf: AS_OF, model: 'w-shaped', preset: 'hubspot' });
    // t1 = FT + LC (60%), t4 = OC (30%), t2 and t3 share 10%.
    expect(weights(result)).toEqual({ t1: 0.6, t2: 0.05, t3: 0.05, t4: 0.3 });
    expect(result.deals[0]?.credits[0]?.explanation).toBe(
      'HubSpot W-shaped: first-touch and lead-creation anchors (30% + 30%) — the earliest touch of any contact on the deal, on 2026-05-01; the last touch before the contact was created on 2026-05-01 — 60%',
    );
  });
});

describe('no middle touches: proportional versus equal split', () => {
  const three = journey(['paid_search', 'email', 'webinar']);
  const custom = {
    anchors: [
      { milestone: 'first-touch', weight: 10 },
      { milestone: 'last-touch', weight: 50 },
    ],
    middle: 40,
  } as const;
  const noMiddle = journey(['paid_search', 'webinar']);

  it('Adobe renormalises the anchors (middle ignored): 10:50 → 16.67 / 83.33', () => {
    const result = attribute(noMiddle, { asOf: AS_OF, model: 'custom', preset: 'adobe', custom });
    expect(amounts(result)).toEqual({ t1: '16.67', t2: '83.33' });
  });

  it('Amplitude gives each of first and last half the middle: 10 + 20 / 50 + 20', () => {
    const result = attribute(noMiddle, {
      asOf: AS_OF,
      model: 'custom',
      preset: 'amplitude',
      custom,
    });
    expect(amounts(result)).toEqual({ t1: '30.00', t2: '70.00' });
  });

  it('with a middle touch both agree: 10 / 40 / 50', () => {
    for (const preset of ['adobe', 'amplitude'] as const) {
      const result = attribute(three, { asOf: AS_OF, model: 'custom', preset, custom });
      expect(amounts(result)).toEqual({ t1: '10.00', t2: '40.00', t3: '50.00' });
    }
  });

  it('explains the redistribution', () => {
    const equal = attribute(noMiddle, {
      asOf: AS_OF,
      model: 'custom',
      preset: 'amplitude',
      custom,
    });
    expect(equal.deals[0]?.credits[0]?.explanation).toBe(
      'Amplitude Custom: first-touch anchor — the earliest touch of any contact on the deal, on 2026-05-01 — 10% + 20% redistributed equally among the anchors (no middle touches)',
    );
    const proportional = attribute(noMiddle, {
      asOf: AS_OF,
      model: 'custom',
      preset: 'adobe',
      custom,
    });
    expect(proportional.deals[0]?.credits[0]?.explanation).toBe(
      'Adobe Analytics Custom: first-touch anchor — the earliest touch of any contact on the deal, on 2026-05-01 — 10% scaled to 16.67% (no middle touches: shares renormalised)',
    );
  });
});

describe('touches after the conversion are excluded', () => {
  const data = dataset({
    people: [person('p1', at(1))],
    touchpoints: [
      touch('before', 'p1', at(1), 'paid_search'),
      touch('after', 'p1', at(29), 'email'),
    ],
    deals: [deal('d1', ['p1'], { createdAt: at(20), closedAt: at(28) })],
  });
  for (const preset of ATTRIBUTION_PRESET_NAMES) {
    it(preset, () => {
      const result = attribute(data, { asOf: AS_OF, model: 'first-touch', preset });
      expect(result.deals[0]?.excluded.map((e) => [e.touchId, e.reason])).toEqual([
        ['after', 'after-conversion'],
      ]);
    });
  }
});

describe('lookback windows', () => {
  const data = journey(['paid_search', 'email', 'webinar']);
  it('HubSpot and Marketo Measure look back over all history', () => {
    for (const preset of ['hubspot', 'marketo-measure'] as const) {
      expect(
        attribute(data, { asOf: AS_OF, model: 'first-touch', preset }).options.lookbackDays,
      ).toBe(null);
    }
  });
  it('a 26-day window before a day-28 close keeps day 2 onwards', () => {
    const result = attribute(data, { asOf: AS_OF, model: 'first-touch', lookbackDays: 26 });
    expect(amounts(result)).toEqual({ t2: '100.00', t3: '0.00' });
    expect(result.deals[0]?.excluded[0]?.explanation).toBe(
      'outside the 26-day lookback window before 2026-05-28',
    );
  });
});

describe('offline and self-reported touches are first-class, and can be left out', () => {
  const data = dataset({
    people: [person('p1', at(1))],
    touchpoints: [
      touch('online', 'p1', at(1), 'paid_search'),
      touch('booth', 'p1', at(2), 'events', { type: 'event_attendance', origin: 'offline' }),
      touch('survey', 'p1', at(3), 'referral', { type: 'self_reported', origin: 'self_reported' }),
    ],
    deals: [deal('d1', ['p1'], { createdAt: at(20), closedAt: at(28) })],
  });
  it('all origins count by default', () => {
    expect(weights(attribute(data, { asOf: AS_OF, model: 'linear' }))).toEqual({
      online: 0.3333,
      booth: 0.3333,
      survey: 0.3333,
    });
  });
  it('origins: ["online"] leaves the others out, with the reason', () => {
    const result = attribute(data, { asOf: AS_OF, model: 'linear', origins: ['online'] });
    expect(weights(result)).toEqual({ online: 1 });
    expect(result.deals[0]?.excluded.map((e) => [e.touchId, e.reason, e.explanation])).toEqual([
      ['booth', 'filtered-origin', 'origin not counted (only online)'],
      ['survey', 'filtered-origin', 'origin not counted (only online)'],
    ]);
  });
});

describe('a conversion with no touch goes to the unattributed bucket, counted', () => {
  it('no touches, no contacts, all excluded', () => {
    const data = dataset({
      people: [person('p1', at(1)), person('p2', at(1))],
      touchpoints: [touch('late', 'p2', at(29), 'email')],
      deals: [
        deal('no-touch', ['p1'], { closedAt: at(28) }),
        deal('no-contact', [], { closedAt: at(28) }),
        deal('all-late', ['p2'], { closedAt: at(28) }),
      ],
    });
    const result = attribute(data, { asOf: AS_OF, model: 'linear' });
    expect(result.unattributed).toEqual({
      deals: 3,
      value: '300.00',
      byReason: [
        { reason: 'all-touches-excluded', deals: 1, value: '100.00' },
        { reason: 'no-contacts', deals: 1, value: '100.00' },
        { reason: 'no-touches', deals: 1, value: '100.00' },
      ],
    });
    expect(result.totals).toMatchObject({ deals: 3, attributedDeals: 0, unattributedDeals: 3 });
  });

  it('last non-direct on an all-direct journey: credit direct (GA4) or leave it unattributed', () => {
    const data = journey(['direct', 'direct']);
    expect(weights(attribute(data, { asOf: AS_OF, model: 'last-non-direct' }))).toEqual({
      t1: 0,
      t2: 1,
    });
    const strict = attribute(data, {
      asOf: AS_OF,
      model: 'last-non-direct',
      allDirect: 'unattributed',
    });
    expect(strict.deals[0]?.unattributed).toBe('all-direct');
  });
});

describe('repeated clicks: per touch, per channel, or deduplicated', () => {
  const data = journey(['email', 'email', 'email', 'paid_search']);
  const run = (model: AttributionModelName) => weights(attribute(data, { asOf: AS_OF, model }));
  it('linear counts each click (HubSpot: "each interaction … counted separately")', () => {
    expect(run('linear')).toEqual({ t1: 0.25, t2: 0.25, t3: 0.25, t4: 0.25 });
  });
  it('linear per channel splits by distinct channel first', () => {
    expect(run('linear-per-channel')).toEqual({ t1: 0.1667, t2: 0.1667, t3: 0.1667, t4: 0.5 });
  });
  it('participation gives each channel 100% once', () => {
    expect(run('participation')).toEqual({ t1: 0.3333, t2: 0.3333, t3: 0.3333, t4: 1 });
  });
  it('exact duplicates (same instant, same everything) are excluded as duplicates', () => {
    const dup = dataset({
      people: [person('p1', at(1))],
      touchpoints: [
        touch('click-b', 'p1', at(1), 'email', { type: 'email_click' }),
        touch('click-a', 'p1', at(1), 'email', { type: 'email_click' }),
      ],
      deals: [deal('d1', ['p1'], { closedAt: at(28) })],
    });
    const result = attribute(dup, { asOf: AS_OF, model: 'linear' });
    expect(weights(result)).toEqual({ 'click-a': 1 });
    expect(result.deals[0]?.excluded.map((e) => [e.touchId, e.reason])).toEqual([
      ['click-b', 'duplicate'],
    ]);
  });
});
