import { describe, expect, it } from 'vitest';
import { AS_OF, dataset, deal, person, touch } from '../__fixtures__/builders';
import { explanations, weights } from '../__fixtures__/inspect';
import { attribute } from '../attribute';
import { ANCHOR_MODELS } from './anchor-models';
import { ATTRIBUTION_MODEL_LABELS, ATTRIBUTION_MODEL_NAMES } from './names';
import { MODEL_REGISTRY } from './registry';

// One journey every rule credits: four touches on three channels, no direct-only path.
const data = dataset({
  people: [person('p1', '2026-03-07T09:00:00Z')],
  touchpoints: [
    touch('visit', 'p1', '2026-03-01T09:00:00Z', 'organic_search'),
    touch('form', 'p1', '2026-03-07T09:00:00Z', 'paid_social', { type: 'form_submission' }),
    touch('webinar', 'p1', '2026-03-20T09:00:00Z', 'paid_social', { type: 'webinar_attendance' }),
    touch('pricing', 'p1', '2026-04-01T09:00:00Z', 'email'),
  ],
  deals: [
    deal('d1', ['p1'], { createdAt: '2026-04-02T09:00:00Z', closedAt: '2026-05-01T09:00:00Z' }),
  ],
});

describe('MODEL_REGISTRY', () => {
  it('has one entry per model name, in the public order, with distinct labels', () => {
    expect(Object.keys(MODEL_REGISTRY)).toEqual([...ATTRIBUTION_MODEL_NAMES]);
    const labels = ATTRIBUTION_MODEL_NAMES.map((name) => ATTRIBUTION_MODEL_LABELS[name]);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^[A-Z]/);
  });

  it("anchor entries' shares sum to 1 and are what ANCHOR_MODELS exposes", () => {
    for (const [name, entry] of Object.entries(MODEL_REGISTRY)) {
      if (!entry.anchors) continue;
      const total = entry.anchors.anchors.reduce((sum, a) => sum + a.weight, entry.anchors.middle);
      expect(total, name).toBeCloseTo(1, 12);
      expect(ANCHOR_MODELS[name as keyof typeof ANCHOR_MODELS], name).toBe(entry.anchors);
    }
    expect(Object.keys(ANCHOR_MODELS).sort()).toEqual(
      Object.entries(MODEL_REGISTRY)
        .filter(([, entry]) => entry.anchors)
        .map(([name]) => name)
        .sort(),
    );
  });

  it('every rule-based entry weighs the journey to 100% and explains each credit under its label', () => {
    for (const model of ATTRIBUTION_MODEL_NAMES) {
      if (model === 'custom' || model === 'markov' || model === 'shapley') continue;
      const result = attribute(data, { asOf: AS_OF, model });
      const w = Object.values(weights(result));
      const total = w.reduce((sum, x) => sum + x, 0);
      // Participation credits each channel in full: 3 distinct channels here.
      expect(total, model).toBeCloseTo(model === 'participation' ? 3 : 1, 9);
      const texts = Object.values(explanations(result));
      expect(texts, model).toHaveLength(4);
      for (const text of texts) {
        expect(text.startsWith(`${ATTRIBUTION_MODEL_LABELS[model]}`), `${model}: ${text}`).toBe(
          true,
        );
      }
    }
  });
});
