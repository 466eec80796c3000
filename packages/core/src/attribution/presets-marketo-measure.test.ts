import { describe, expect, it } from 'vitest';
import { AS_OF, dataset, deal, person, touch } from './__fixtures__/builders';
import { amounts, weights } from './__fixtures__/inspect';
import {
  marketoAccountBased,
  marketoKateAustin,
  marketoPersonsAB,
} from './__fixtures__/marketo-examples';
import { attribute } from './attribute';

// Source: Marketo Measure, "Explanation of Touchpoint Positions and Generation Across BTs
// and BATs" — the Person A / Person B example.
// https://experienceleague.adobe.com/en/docs/marketo-measure/using/configuration-and-setup/getting-started-with-marketo-measure/explanation-of-touchpoint-positions-and-generation-across-bts-and-bats
describe('Marketo Measure: BAT positions across two people (Person A / Person B)', () => {
  it('places FT, LC, OC and Closed Won on the documented touches', () => {
    const result = attribute(marketoPersonsAB, {
      asOf: AS_OF,
      model: 'full-path',
      preset: 'marketo-measure',
    });
    const anchors = result.deals[0]?.anchors.map((a) => [a.milestone, a.touchId]);
    expect(anchors).toEqual([
      ['first-touch', 'b-ft-facebook'],
      ['lead-creation', 'a-lc-google'],
      ['opportunity-created', 'a-webinar'],
      ['closed-won', 'b-email'],
    ]);
  });

  it('full path credits 22.5% × 4, the one form fill between them 10%, the web visit 0', () => {
    const result = attribute(marketoPersonsAB, {
      asOf: AS_OF,
      model: 'full-path',
      preset: 'marketo-measure',
    });
    expect(amounts(result, 'opp')).toEqual({
      'b-ft-facebook': '2250.00',
      'a-ft-adwords': '0.00',
      'a-lc-google': '2250.00',
      'b-lc-yahoo': '1000.00',
      'a-webinar': '2250.00',
      'b-email': '2250.00',
    });
    const visit = result.deals[0]?.credits.find((c) => c.touchId === 'a-ft-adwords');
    expect(visit?.explanation).toBe(
      'Marketo Measure Full path: between the anchors but not eligible for middle credit — only form fills and campaign responses share the middle — 0%',
    );
  });

  it('W-shaped credits nothing after the opportunity-created anchor', () => {
    const result = attribute(marketoPersonsAB, {
      asOf: AS_OF,
      model: 'w-shaped',
      preset: 'marketo-measure',
    });
    expect(amounts(result, 'opp')).toEqual({
      'b-ft-facebook': '3000.00',
      'a-ft-adwords': '0.00',
      'a-lc-google': '3000.00',
      'b-lc-yahoo': '1000.00',
      'a-webinar': '3000.00',
      'b-email': '0.00',
    });
  });
});

// Source: Marketo Measure, "Marketo Measure Attribution Models" — the Kate / Austin / Hillary
// / Elizabeth narrative.
// https://experienceleague.adobe.com/en/docs/marketo-measure/using/introduction-to-marketo-measure/overview-resources/marketo-measure-attribution-models
describe('Marketo Measure: attribution models narrative (Kate, Austin, Hillary, Elizabeth)', () => {
  const run = (model: 'first-touch' | 'lead-creation' | 'u-shaped' | 'w-shaped' | 'full-path') =>
    attribute(marketoKateAustin, { asOf: AS_OF, model, preset: 'marketo-measure' });

  it('First Touch: the AdWords visit gets 100%', () => {
    expect(amounts(run('first-touch'), 'opp')['kate-adwords']).toBe('100000.00');
  });

  it("Lead Creation: Austin's LinkedIn form fill gets 100%", () => {
    expect(amounts(run('lead-creation'), 'opp')['austin-linkedin-form']).toBe('100000.00');
  });

  it('U-shaped: AdWords 50%, LinkedIn 50%', () => {
    const credited = Object.entries(amounts(run('u-shaped'), 'opp')).filter(
      ([, a]) => a !== '0.00',
    );
    expect(credited).toEqual([
      ['kate-adwords', '50000.00'],
      ['austin-linkedin-form', '50000.00'],
    ]);
  });

  it("W-shaped: FT, LC and Hillary's pricing visit (OC) 30% each; the two forms between 5% each", () => {
    expect(amounts(run('w-shaped'), 'opp')).toEqual({
      'kate-adwords': '30000.00',
      'austin-linkedin-form': '30000.00',
      'hillary-google-form': '5000.00',
      'austin-webinar-form': '5000.00',
      'hillary-pricing': '30000.00',
      'elizabeth-conference': '0.00',
      'kate-case-study': '0.00',
      'elizabeth-dinner': '0.00',
    });
  });

  it('Full path: the sales dinner (CW) and the three others 22.5%; four intermediary touches 2.5% each', () => {
    expect(amounts(run('full-path'), 'opp')).toEqual({
      'kate-adwords': '22500.00',
      'austin-linkedin-form': '22500.00',
      'hillary-google-form': '2500.00',
      'austin-webinar-form': '2500.00',
      'hillary-pricing': '22500.00',
      'elizabeth-conference': '2500.00',
      'kate-case-study': '2500.00',
      'elizabeth-dinner': '22500.00',
    });
  });

  it('the sales conversation is a sales activity, not a touch: it takes no credit', () => {
    const result = run('full-path');
    expect(result.deals[0]?.credits.some((c) => c.touchId === 'kate-sales-call')).toBe(false);
  });
});

// Source: Marketo Measure, "Account Based Attribution".
// https://experienceleague.adobe.com/en/docs/marketo-measure/using/advanced-marketo-measure-features/account-based-marketing/account-based-attribution
describe('Marketo Measure: two opportunities of one account share FT and LC', () => {
  const result = attribute(marketoAccountBased, {
    asOf: AS_OF,
    model: 'w-shaped',
    preset: 'marketo-measure',
    scope: 'account',
  });

  it('the first opportunity has one touch holding FT, LC and OC: 100%', () => {
    expect(amounts(result, 'opp-1')).toEqual({ 'shared-form': '1000.00' });
    expect(result.deals[0]?.excluded.map((e) => [e.touchId, e.reason])).toEqual([
      ['later-visit', 'after-conversion'],
      ['later-form', 'after-conversion'],
    ]);
    expect(result.deals[0]?.credits[0]?.position).toBe(
      'first-touch+lead-creation+opportunity-created',
    );
  });

  it('the second shares FT and LC, has its own OC, and the later web visit takes no credit', () => {
    expect(amounts(result, 'opp-2')).toEqual({
      'shared-form': '2000.00',
      'later-visit': '0.00',
      'later-form': '1000.00',
    });
    expect(weights(result, 'opp-2')).toEqual({
      'shared-form': 0.6667,
      'later-visit': 0,
      'later-form': 0.3333,
    });
  });
});

// Source: GitLab's published Marketo Measure custom model (handbook, April 24, 2023, as quoted
// in attribution.md §2.2: FT 18.8%, LC 18.3%, OC 18.6%, SAO 11.5%, Closed 22.8%, Middle
// 10.0%) and Marketo Measure's rule "The behavior for BAT custom models is to divide custom
// model middle touch percent evenly across other stages, provided there are no middle touches"
// (https://experienceleague.adobe.com/en/docs/marketo-measure/using/advanced-marketo-measure-features/custom-attribution-models/custom-attribution-model-and-setup).
describe('Marketo Measure: custom model with a deal stage (GitLab weights)', () => {
  const custom = {
    anchors: [
      { milestone: 'first-touch', weight: 18.8 },
      { milestone: 'lead-creation', weight: 18.3 },
      { milestone: 'opportunity-created', weight: 18.6 },
      { milestone: 'deal-stage:sao', weight: 11.5 },
      { milestone: 'closed-won', weight: 22.8 },
    ],
    middle: 10,
  } as const;
  const touches = [
    touch('ft', 'p1', '2026-01-01T10:00:00Z', 'paid_search'),
    touch('lc', 'p1', '2026-01-05T10:00:00Z', 'content', { type: 'form_submission' }),
    touch('oc', 'p1', '2026-02-01T10:00:00Z', 'email', { type: 'email_click' }),
    touch('sao', 'p1', '2026-02-10T10:00:00Z', 'webinar', { type: 'webinar_attendance' }),
    touch('cw', 'p1', '2026-03-01T10:00:00Z', 'events', { type: 'event_attendance' }),
  ];
  const build = (extra: ReturnType<typeof touch>[]) =>
    dataset({
      people: [person('p1', '2026-01-05T10:00:00Z')],
      touchpoints: [...touches, ...extra],
      changes: [
        {
          id: 'c1',
          entity: 'deal',
          entityId: 'd1',
          field: 'dealStage',
          from: 'discovery',
          to: 'sao',
          at: '2026-02-12T10:00:00Z',
        },
      ],
      deals: [
        deal('d1', ['p1'], {
          amount: { amount: '1000.00', currency: 'USD' },
          createdAt: '2026-02-02T10:00:00Z',
          closedAt: '2026-03-02T10:00:00Z',
        }),
      ],
    });

  it('with one middle form fill: exactly the configured weights', () => {
    const middle = touch('mid', 'p1', '2026-02-05T10:00:00Z', 'content', {
      type: 'content_download',
    });
    const result = attribute(build([middle]), {
      asOf: AS_OF,
      model: 'custom',
      preset: 'marketo-measure',
      custom,
    });
    expect(amounts(result)).toEqual({
      ft: '188.00',
      lc: '183.00',
      oc: '186.00',
      mid: '100.00',
      sao: '115.00',
      cw: '228.00',
    });
  });

  it('with no middle touch: the 10% is divided evenly across the five stages (+2% each)', () => {
    const result = attribute(build([]), {
      asOf: AS_OF,
      model: 'custom',
      preset: 'marketo-measure',
      custom,
    });
    // 18.8 + 2, 18.3 + 2, 18.6 + 2, 11.5 + 2, 22.8 + 2 [D].
    expect(amounts(result)).toEqual({
      ft: '208.00',
      lc: '203.00',
      oc: '206.00',
      sao: '135.00',
      cw: '248.00',
    });
  });
});

describe('Marketo Measure: an open opportunity keeps the closed-won share pending', () => {
  it('full path on open pipeline: 22.5% pending, in the unattributed value', () => {
    const open = dataset({
      people: [person('p1', '2026-01-05T10:00:00Z')],
      touchpoints: [
        touch('ft', 'p1', '2026-01-01T10:00:00Z', 'paid_search'),
        touch('lc', 'p1', '2026-01-05T10:00:00Z', 'content', { type: 'form_submission' }),
        touch('oc', 'p1', '2026-02-01T10:00:00Z', 'email', { type: 'form_submission' }),
      ],
      deals: [
        deal('d1', ['p1'], {
          status: 'open',
          amount: { amount: '1000.00', currency: 'USD' },
          createdAt: '2026-02-02T10:00:00Z',
        }),
      ],
    });
    const result = attribute(open, {
      model: 'full-path',
      preset: 'marketo-measure',
      conversion: 'open-pipeline',
      asOf: '2026-03-01T00:00:00Z',
    });
    // FT, LC, OC 22.5% each; no middle touch → 10% split evenly over the three placed
    // anchors (+3.33%); CW not reached → 22.5% pending. 258.33 + 258.34 + 258.33 + 225 = 1000.
    expect(result.deals[0]?.pendingWeight).toBeCloseTo(0.225, 12);
    expect(result.deals[0]?.pendingAmount).toBe('225.00');
    expect(amounts(result)).toEqual({ ft: '258.34', lc: '258.33', oc: '258.33' });
    expect(result.totals.pendingValue).toBe('225.00');
    expect(result.totals.unattributedValue).toBe('225.00');
  });
});
