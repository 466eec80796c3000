import { describe, expect, it } from 'vitest';
import { FATE_LABELS } from '../lead-timeline/fate-labels';
import { FATES } from '../lead-timeline/types';
import { CHANNEL_NAMES } from '../model/channel-names';
import { DEFAULT_LIFECYCLE_STAGES, Team, TouchpointType } from '../model/vocabulary';
import { BREACH_KIND_LABELS, BREACH_KINDS } from '../sla/breach-labels';
import { CHANNEL_LABELS } from './channels';
import { labelOf } from './label-of';
import { LIFECYCLE_STAGE_LABELS } from './lifecycle-stages';
import { TEAM_LABELS } from './teams';
import { TOUCHPOINT_TYPE_LABELS } from './touchpoint-types';

// Each map must name exactly the values of its vocabulary, each with a distinct, non-blank label.
const cases: [string, readonly string[], Readonly<Record<string, string>>][] = [
  ['channels', CHANNEL_NAMES, CHANNEL_LABELS],
  ['touchpoint types', TouchpointType.options, TOUCHPOINT_TYPE_LABELS],
  ['lifecycle stages', DEFAULT_LIFECYCLE_STAGES, LIFECYCLE_STAGE_LABELS],
  ['teams', Team.options, TEAM_LABELS],
  ['fates', FATES, FATE_LABELS],
  ['breach kinds', BREACH_KINDS, BREACH_KIND_LABELS],
];

describe('label maps', () => {
  it.each(cases)('%s: one label per value, no more, all distinct', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    const texts = Object.values(labels);
    expect(texts.every((t) => t.trim() !== '' && t === t.trim())).toBe(true);
    expect(new Set(texts.map((t) => t.toLowerCase())).size).toBe(texts.length);
  });

  it('labelOf falls back to the key, never to an inherited property', () => {
    expect(labelOf(CHANNEL_LABELS, 'paid_search')).toBe('Paid search');
    expect(labelOf(LIFECYCLE_STAGE_LABELS, 'tql')).toBe('tql');
    expect(labelOf(CHANNEL_LABELS, 'toString')).toBe('toString');
  });
});
