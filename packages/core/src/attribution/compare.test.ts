import { describe, expect, it } from 'vitest';
import { toMinorUnits } from '../money/decimal';
import { OptionsError } from '../options/options-error';
import { AS_OF, dataset, deal, person, touch } from './__fixtures__/builders';
import { hubspotTwoContacts } from './__fixtures__/hubspot-example';
import { compareModels, UNATTRIBUTED_ROW } from './compare';

const cents = (amount: string) => toMinorUnits(amount, 'USD');

describe('compareModels (HubSpot two-contact deal, $12,000)', () => {
  const comparison = compareModels(
    hubspotTwoContacts,
    ['first-touch', 'w-shaped', 'linear', { model: 'participation', preset: undefined }],
    { asOf: AS_OF, preset: 'hubspot' },
  );

  it('puts the models side by side, per channel', () => {
    expect(comparison.models.map((m) => [m.label, m.total, m.reconciles])).toEqual([
      ['HubSpot First touch', '12000.00', true],
      ['HubSpot W-shaped', '12000.00', true],
      ['HubSpot Linear', '12000.00', true],
      ['Participation', '12000.00', false],
    ]);
    // Linear: $12,000 / 7 touches; the 4 left-over cents go to the 4 earliest touches.
    expect(comparison.channels.map((c) => [c.channel, ...c.values.slice(0, 3)])).toEqual([
      ['organic_search', '12000.00', '3600.00', '1714.29'],
      ['direct', '0.00', '3600.00', '1714.28'],
      ['email', '0.00', '400.00', '1714.28'],
      ['events', '0.00', '0.00', '1714.28'],
      ['paid_social', '0.00', '4000.00', '3428.58'],
      ['webinar', '0.00', '400.00', '1714.29'],
    ]);
  });

  it('every additive column adds up to the same total, so deltas sum to zero', () => {
    for (let k = 0; k < 3; k++) {
      const sum = comparison.channels.reduce(
        (total, row) => total + cents(row.values[k] ?? '0'),
        0n,
      );
      expect(sum).toBe(cents(comparison.total));
      const deltaSum = comparison.channels.reduce(
        (total, row) => total + cents(row.deltas[k] ?? '0'),
        0n,
      );
      expect(deltaSum).toBe(0n);
    }
  });

  it('explains each delta by the rule that causes it; drivers sum to the delta', () => {
    const w = comparison.deltas.filter((d) => d.model === 'HubSpot W-shaped');
    expect(w.map((d) => d.explanation)).toEqual([
      'Organic search: −$8,400.00 under HubSpot W-shaped versus HubSpot First touch, mostly the first-touch anchor (−$8,400.00)',
      'Direct: +$3,600.00 under HubSpot W-shaped versus HubSpot First touch, mostly the opportunity-created anchor (+$3,600.00)',
      'Email: +$400.00 under HubSpot W-shaped versus HubSpot First touch, mostly the middle touches (+$400.00)',
      'Paid social: +$4,000.00 under HubSpot W-shaped versus HubSpot First touch, mostly the lead-creation anchor (+$3,600.00)',
      'Webinar: +$400.00 under HubSpot W-shaped versus HubSpot First touch, mostly the middle touches (+$400.00)',
    ]);
    const paidSocial = w.find((d) => d.channel === 'paid_social');
    expect(paidSocial?.drivers).toEqual([
      {
        position: 'lead-creation',
        rule: 'lead-creation anchor: HubSpot W-shaped $3,600.00 vs HubSpot First touch $0.00',
        amount: '3600.00',
      },
      {
        position: 'middle',
        rule: 'middle touches: HubSpot W-shaped $400.00 vs HubSpot First touch $0.00',
        amount: '400.00',
      },
    ]);
    for (const delta of comparison.deltas) {
      const sum = delta.drivers.reduce((total, d) => total + cents(d.amount), 0n);
      expect(sum).toBe(cents(delta.delta));
    }
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
  });
});

describe('compareModels with unattributed deals and pending shares', () => {
  const data = dataset({
    people: [person('p1', '2026-01-05T10:00:00Z'), person('p2', '2026-01-05T10:00:00Z')],
    touchpoints: [
      touch('ft', 'p1', '2026-01-01T10:00:00Z', 'paid_search'),
      touch('lc', 'p1', '2026-01-05T10:00:00Z', 'content', { type: 'form_submission' }),
    ],
    deals: [
      deal('open', ['p1'], { status: 'open', createdAt: '2026-02-01T10:00:00Z' }),
      deal('silent', ['p2'], { status: 'open', createdAt: '2026-02-01T10:00:00Z' }),
    ],
  });
  const comparison = compareModels(
    data,
    [
      { model: 'linear', label: 'Even' },
      { model: 'full-path', preset: 'marketo-measure' },
    ],
    { conversion: 'open-pipeline', asOf: '2026-03-01T00:00:00Z' },
  );

  it('shows the unattributed row, and a pending share as a delta on it', () => {
    expect(comparison.channels.find((c) => c.channel === UNATTRIBUTED_ROW)?.values).toEqual([
      '100.00',
      '122.50',
    ]);
    // "silent" has no touch ($100 unattributed under both). Under Marketo Measure's full path
    // the open deal's closed-won anchor is not reached: its 22.5% ($22.50) stays pending.
    const pending = comparison.deltas.find((d) => d.channel === UNATTRIBUTED_ROW);
    expect(pending?.delta).toBe('22.50');
    expect(pending?.drivers.map((d) => d.position)).toEqual(['pending']);
    expect(comparison.models.map((m) => m.reconciles)).toEqual([true, true]);
  });
});

describe('compareModels errors', () => {
  it('needs a model, and names the model whose options are wrong', () => {
    expect(() => compareModels(hubspotTwoContacts, [], { asOf: AS_OF })).toThrow(OptionsError);
    expect(() =>
      compareModels(
        hubspotTwoContacts,
        ['linear', { model: 'time-decay', preset: 'marketo-measure' }],
        { asOf: AS_OF },
      ),
    ).toThrow(
      /^compareModels: invalid options — models\.1\.model: Marketo Measure has no "time-decay" model/,
    );
  });
});
