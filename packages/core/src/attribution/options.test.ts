import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../model/dataset';
import { OptionsError } from '../options/options-error';
import { AS_OF } from './__fixtures__/builders';
import { attribute } from './attribute';
import { ATTRIBUTION_MODEL_NAMES } from './models/names';
import { resolveAttributionOptions } from './options';

function errorOf(run: () => unknown): OptionsError {
  try {
    run();
  } catch (error) {
    if (error instanceof OptionsError) return error;
    throw error;
  }
  throw new Error('expected an OptionsError');
}

describe('options validation', () => {
  it('an unknown model lists the allowed models', () => {
    const error = errorOf(() => resolveAttributionOptions({ asOf: AS_OF, model: 'z-shaped' }));
    expect(error.path).toBe('model');
    expect(error.allowed).toEqual(ATTRIBUTION_MODEL_NAMES);
    expect(error.code).toBe('invalid_value');
    expect(error.message).toBe(
      `attribute: invalid options — model: unknown model "z-shaped"; allowed: ${ATTRIBUTION_MODEL_NAMES.join(', ')}`,
    );
  });

  it('a missing model lists the allowed models', () => {
    const error = errorOf(() => resolveAttributionOptions({ asOf: AS_OF }));
    expect(error.code).toBe('missing_option');
    expect(error.path).toBe('model');
    expect(error.message).toMatch(
      /^attribute: invalid options — model: missing: the model to run; allowed: first-touch, lead-creation/,
    );
  });

  it('an unknown option lists the allowed options', () => {
    const error = errorOf(() =>
      resolveAttributionOptions({ asOf: AS_OF, model: 'linear', lookback: 30 }),
    );
    expect(error.path).toBe('');
    expect(error.code).toBe('unknown_option');
    expect(error.message).toMatch(
      /^attribute: invalid options — unknown option "lookback"; allowed: model, preset, conversion/,
    );
    expect(error.allowed).toContain('lookbackDays');
  });

  it('an unknown nested option lists the allowed nested options', () => {
    const error = errorOf(() =>
      resolveAttributionOptions({
        asOf: AS_OF,
        model: 'custom',
        custom: { anchors: [{ milestone: 'mql', weight: 1, share: 2 }] },
      }),
    );
    expect(error.path).toBe('custom.anchors.0');
    expect(error.allowed).toEqual(['milestone', 'weight']);
  });

  it('an unknown enum value lists the allowed values', () => {
    const error = errorOf(() =>
      resolveAttributionOptions({ asOf: AS_OF, model: 'linear', conversion: 'won' }),
    );
    expect(error.message).toBe(
      'attribute: invalid options — conversion: unknown value "won"; allowed: closed-won, deal-created, open-pipeline',
    );
    expect(
      errorOf(() => resolveAttributionOptions({ asOf: AS_OF, model: 'linear', preset: 'hubspot2' }))
        .allowed,
    ).toEqual(['hubspot', 'marketo-measure', 'google-ads', 'adobe', 'amplitude', 'mixpanel']);
  });

  it('negative or NaN custom weights are errors', () => {
    const anchors = (weight: number) => ({
      asOf: AS_OF,
      model: 'custom',
      custom: {
        anchors: [
          { milestone: 'first-touch', weight: 1 },
          { milestone: 'mql', weight },
        ],
      },
    });
    expect(errorOf(() => resolveAttributionOptions(anchors(-0.2))).message).toBe(
      'attribute: invalid options — custom.anchors.1.weight: weight must be a finite number ≥ 0, got -0.2',
    );
    expect(errorOf(() => resolveAttributionOptions(anchors(Number.NaN))).message).toBe(
      'attribute: invalid options — custom.anchors.1.weight: weight must be a finite number ≥ 0, got NaN',
    );
    expect(
      errorOf(() =>
        resolveAttributionOptions({
          asOf: AS_OF,
          model: 'custom',
          custom: { anchors: [{ milestone: 'first-touch', weight: 1 }], middle: -1 },
        }),
      ).message,
    ).toBe(
      'attribute: invalid options — custom.middle: middle must be a finite number ≥ 0, got -1',
    );
  });

  it('all-zero custom weights, and an unknown milestone, are errors', () => {
    expect(
      errorOf(() =>
        resolveAttributionOptions({
          asOf: AS_OF,
          model: 'custom',
          custom: { anchors: [{ milestone: 'mql', weight: 0 }] },
        }),
      ).message,
    ).toMatch(/custom weights are all zero/);
    expect(
      errorOf(() =>
        resolveAttributionOptions({
          asOf: AS_OF,
          model: 'custom',
          custom: { anchors: [{ milestone: 'demo', weight: 1 }] },
        }),
      ).message,
    ).toBe(
      'attribute: invalid options — custom.anchors.0.milestone: unknown milestone "demo"; allowed: first-touch, lead-creation, mql, sal, sql, opportunity-created, closed-won, last-touch, stage:<id>, deal-stage:<id>',
    );
  });

  it('custom needs anchors, and anchors need the custom model', () => {
    expect(errorOf(() => resolveAttributionOptions({ asOf: AS_OF, model: 'custom' })).path).toBe(
      'custom',
    );
    expect(
      errorOf(() =>
        resolveAttributionOptions({
          asOf: AS_OF,
          model: 'linear',
          custom: { anchors: [{ milestone: 'mql', weight: 1 }] },
        }),
      ).message,
    ).toMatch(/only used by model "custom"/);
  });

  it('a preset refuses models and custom anchors it does not document', () => {
    const error = errorOf(() =>
      resolveAttributionOptions({ asOf: AS_OF, model: 'time-decay', preset: 'marketo-measure' }),
    );
    expect(error.allowed).toEqual([
      'first-touch',
      'lead-creation',
      'u-shaped',
      'w-shaped',
      'full-path',
      'custom',
    ]);
    const anchors = errorOf(() =>
      resolveAttributionOptions({
        asOf: AS_OF,
        model: 'custom',
        preset: 'adobe',
        custom: { anchors: [{ milestone: 'mql', weight: 1 }] },
      }),
    );
    expect(anchors.allowed).toEqual(['first-touch', 'last-touch']);
  });

  it('every run needs asOf, said as missing; time zones and periods are checked', () => {
    const missing = errorOf(() =>
      resolveAttributionOptions({ model: 'linear', conversion: 'open-pipeline' }),
    );
    expect([missing.path, missing.code]).toEqual(['asOf', 'missing_option']);
    expect(missing.message).toMatch(/asOf: missing: the instant the report is as of/);
    expect(errorOf(() => resolveAttributionOptions({ model: 'linear' })).path).toBe('asOf');
    expect(
      errorOf(() =>
        resolveAttributionOptions({ asOf: AS_OF, model: 'linear', timeZone: 'Mars/Base' }),
      ).path,
    ).toBe('timeZone');
    expect(
      errorOf(() =>
        resolveAttributionOptions({
          asOf: AS_OF,
          model: 'linear',
          period: { start: '2026-02-01', end: '2026-01-01' },
        }),
      ).path,
    ).toBe('period.end');
  });

  it('non-object options are an error', () => {
    expect(errorOf(() => resolveAttributionOptions('linear')).message).toMatch(
      /options must be an object/,
    );
  });

  it('explicit options win over the preset, and the preset over the defaults', () => {
    const preset = resolveAttributionOptions({
      asOf: AS_OF,
      model: 'j-shaped',
      preset: 'amplitude',
    });
    expect(preset.redistribution).toBe('equal-split');
    const explicit = resolveAttributionOptions({
      asOf: AS_OF,
      model: 'j-shaped',
      preset: 'amplitude',
      redistribution: 'proportional',
    });
    expect(explicit.redistribution).toBe('proportional');
    expect(resolveAttributionOptions({ asOf: AS_OF, model: 'j-shaped' }).redistribution).toBe(
      'proportional',
    );
  });

  it('attribute throws the same typed errors', () => {
    expect(() => attribute(emptyDataset(), { model: 'nope' } as never)).toThrow(OptionsError);
  });
});
