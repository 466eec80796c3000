import { describe, expect, it } from 'vitest';
import { amplitudeExample } from './__fixtures__/amplitude-example';
import { AS_OF } from './__fixtures__/builders';
import { amounts, weights } from './__fixtures__/inspect';
import { attribute } from './attribute';

// Source: Amplitude, "Attribute credit to multiple acquisition touch points" — "Attribution
// example calculation" and "Pre-built attribution models".
// https://help.amplitude.com/hc/en-us/articles/6040784295195-Attribute-credit-to-multiple-acquisition-touch-points
// (stored as amplitude/amplitude-docs content/collections/data-tables/en/data-tables-attribute-credit.md)
describe('Amplitude example calculation (Google → Facebook → TikTok → Sign Up)', () => {
  const run = (model: 'first-touch' | 'last-touch' | 'linear' | 'j-shaped', lookbackDays: number) =>
    attribute(amplitudeExample, { asOf: AS_OF, model, preset: 'amplitude', lookbackDays });

  it('first touch: Google with 30 days, Facebook with 7 days', () => {
    expect(amounts(run('first-touch', 30))).toMatchObject({ google: '100.00' });
    expect(amounts(run('first-touch', 7))).toEqual({ facebook: '100.00', tiktok: '0.00' });
  });

  it('last touch, 7 days: TikTok', () => {
    expect(amounts(run('last-touch', 7))).toEqual({ facebook: '0.00', tiktok: '100.00' });
  });

  it('linear: a third each with 30 days, half each with 7 days', () => {
    expect(amounts(run('linear', 30))).toEqual({
      google: '33.34',
      facebook: '33.33',
      tiktok: '33.33',
    });
    expect(amounts(run('linear', 7))).toEqual({ facebook: '50.00', tiktok: '50.00' });
  });

  it('J-shaped: 20/20/60 with 30 days, 30/70 with 7 days (empty middle split equally)', () => {
    expect(weights(run('j-shaped', 30))).toEqual({ google: 0.2, facebook: 0.2, tiktok: 0.6 });
    expect(weights(run('j-shaped', 7))).toEqual({ facebook: 0.3, tiktok: 0.7 });
    expect(amounts(run('j-shaped', 7))).toEqual({ facebook: '30.00', tiktok: '70.00' });
  });

  it('custom 5-20-75, 30 days: 5 / 20 / 75', () => {
    const result = attribute(amplitudeExample, {
      asOf: AS_OF,
      model: 'custom',
      preset: 'amplitude',
      lookbackDays: 30,
      custom: {
        anchors: [
          { milestone: 'first-touch', weight: 5 },
          { milestone: 'last-touch', weight: 75 },
        ],
        middle: 20,
      },
    });
    expect(amounts(result)).toEqual({ google: '5.00', facebook: '20.00', tiktok: '75.00' });
  });

  it('custom with no touch between: first and last each get half of the middle weight', () => {
    const result = attribute(amplitudeExample, {
      asOf: AS_OF,
      model: 'custom',
      preset: 'amplitude',
      lookbackDays: 7,
      custom: {
        anchors: [
          { milestone: 'first-touch', weight: 5 },
          { milestone: 'last-touch', weight: 75 },
        ],
        middle: 20,
      },
    });
    // 5 + 20/2 = 15, 75 + 20/2 = 85.
    expect(amounts(result)).toEqual({ facebook: '15.00', tiktok: '85.00' });
  });

  it('the pre-built models as documented: U 2 touches 50/50, 4 touches 40/10/10/40; inverse J 2 touches 70/30', () => {
    const u7 = attribute(amplitudeExample, {
      asOf: AS_OF,
      model: 'u-shaped',
      preset: 'amplitude',
      lookbackDays: 7,
    });
    expect(weights(u7)).toEqual({ facebook: 0.5, tiktok: 0.5 });
    const inverse = attribute(amplitudeExample, {
      asOf: AS_OF,
      model: 'inverse-j',
      preset: 'amplitude',
      lookbackDays: 7,
    });
    expect(weights(inverse)).toEqual({ facebook: 0.7, tiktok: 0.3 });
  });

  it('participation gives every value 100%', () => {
    const result = attribute(amplitudeExample, {
      asOf: AS_OF,
      model: 'participation',
      preset: 'amplitude',
    });
    expect(amounts(result)).toEqual({ google: '100.00', facebook: '100.00', tiktok: '100.00' });
  });
});
