import { describe, expect, it } from 'vitest';
import { MODEL_REGISTRY } from './models/registry';
import { positionWords } from './position-words';

describe('positionWords', () => {
  it('says each model rule’s own position key as its registry entry does', () => {
    const rules = Object.values(MODEL_REGISTRY).map((entry) => entry.rule);
    const worded = rules.filter((rule) => rule.positionWords !== null);
    expect(worded.length).toBeGreaterThan(0);
    for (const rule of worded) expect(positionWords(rule.key), rule.key).toBe(rule.positionWords);
  });

  it('names the shared keys and anchors in words', () => {
    expect(positionWords('middle')).toBe('middle touches');
    expect(positionWords('unattributed')).toBe('deals with no credited touch');
    expect(positionWords('first-touch')).toBe('first-touch anchor');
    expect(positionWords('first-touch+lead-creation')).toBe(
      'first-touch and lead-creation anchors',
    );
    expect(positionWords('opportunity-created+stage:sql')).toBe(
      'opportunity-created and SQL anchors',
    );
  });
});
