import { describe, expect, it } from 'vitest';
import { AS_OF } from './__fixtures__/builders';
import { amounts, weights } from './__fixtures__/inspect';
import { LAST_TWO, sixTouches } from './__fixtures__/positions-six';
import { attribute } from './attribute';

// Source: Mixpanel, "Attribution" — Attribution Models.
// https://docs.mixpanel.com/docs/analysis/advanced/attribution
// (stored as mixpanel/docs pages/docs/analysis/advanced/attribution.md)
describe('Mixpanel attribution models', () => {
  it('U-shaped: 6 touches 40,5,5,5,5,40; 2 touches 50/50', () => {
    const six = attribute(sixTouches, {
      asOf: AS_OF,
      model: 'u-shaped',
      preset: 'mixpanel',
      lookbackDays: null,
    });
    expect(amounts(six)).toEqual({
      t1: '40.00',
      t2: '5.00',
      t3: '5.00',
      t4: '5.00',
      t5: '5.00',
      t6: '40.00',
    });
    const two = attribute(sixTouches, {
      asOf: AS_OF,
      model: 'u-shaped',
      preset: 'mixpanel',
      lookbackDays: LAST_TWO,
    });
    expect(weights(two)).toEqual({ t5: 0.5, t6: 0.5 });
  });

  it('J-shaped: 6 touches 20,5,5,5,5,60; 2 touches normalised 25/75', () => {
    const six = attribute(sixTouches, {
      asOf: AS_OF,
      model: 'j-shaped',
      preset: 'mixpanel',
      lookbackDays: null,
    });
    expect(weights(six)).toEqual({ t1: 0.2, t2: 0.05, t3: 0.05, t4: 0.05, t5: 0.05, t6: 0.6 });
    const two = attribute(sixTouches, {
      asOf: AS_OF,
      model: 'j-shaped',
      preset: 'mixpanel',
      lookbackDays: LAST_TWO,
    });
    expect(amounts(two)).toEqual({ t5: '25.00', t6: '75.00' });
  });

  it('inverse J: 6 touches 60,5,5,5,5,20; 2 touches normalised 75/25', () => {
    const six = attribute(sixTouches, {
      asOf: AS_OF,
      model: 'inverse-j',
      preset: 'mixpanel',
      lookbackDays: null,
    });
    expect(weights(six)).toEqual({ t1: 0.6, t2: 0.05, t3: 0.05, t4: 0.05, t5: 0.05, t6: 0.2 });
    const two = attribute(sixTouches, {
      asOf: AS_OF,
      model: 'inverse-j',
      preset: 'mixpanel',
      lookbackDays: LAST_TWO,
    });
    expect(amounts(two)).toEqual({ t5: '75.00', t6: '25.00' });
  });

  it('uses a 30-day lookback by default ("Last touch model with a 30 day lookback window")', () => {
    const result = attribute(sixTouches, { asOf: AS_OF, model: 'last-touch', preset: 'mixpanel' });
    expect(result.options.lookbackDays).toBe(30);
  });

  it('has no time-decay or participation model in its documentation', () => {
    expect(() =>
      attribute(sixTouches, { asOf: AS_OF, model: 'time-decay', preset: 'mixpanel' }),
    ).toThrow(
      /Mixpanel has no "time-decay" model; allowed with preset "mixpanel": first-touch, last-touch, linear, u-shaped, j-shaped, inverse-j, custom/,
    );
  });
});
