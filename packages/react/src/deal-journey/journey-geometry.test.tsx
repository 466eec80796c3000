import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largeJourney, sampleJourney } from './deal-journey.fixtures';
import { hitMark, journeyDots } from './journey-dots';
import { journeyKeyTarget, laneStarts } from './journey-keys';
import { creditRadius, journeyModel } from './journey-model';

const { deal, contacts, touches } = largeJourney(6, 40);
const model = journeyModel(deal, { contacts, touches, maxLanes: 20 });
const starts = laneStarts(model.marks, model.lanes.length);
const [d0, d1] = model.domain;
const x = (t: number) => 100 + ((t - d0) / (d1 - d0)) * 700;
const invert = (px: number) => d0 + ((px - 100) / 700) * (d1 - d0);
const laneY = (lane: number) => 36 + lane * 32 + 16;
const geometry = { x, laneY, minRadius: 3, maxRadius: 12, top: 36, lane: 32, invert };

describe('journeyDots', () => {
  it('draws every touch exactly once, by look, excluded layer first', () => {
    const layers = journeyDots(model, geometry, () => 0);
    const dots = layers.filter((l) => l.kind !== 'a').reduce((s, l) => s + l.count, 0);
    expect(dots).toBe(model.marks.length);
    expect(layers[0]?.kind).toBe('x');
    expect(layers.find((l) => l.kind === 'x')?.count).toBe(deal.excluded.length);
    for (const layer of layers) expect((layer.d.match(/M/g) ?? []).length).toBe(layer.count);
  });

  it('rings the anchor touches', () => {
    const j = sampleJourney({ contacts: 3, touches: 12 });
    const m = journeyModel(j.deal, { contacts: j.contacts, touches: j.touches });
    const anchored = m.marks.filter((mark) => mark.anchors.length > 0).length;
    const rings = journeyDots(m, geometry, () => 0).find((l) => l.kind === 'a');
    expect(rings?.count ?? 0).toBe(anchored);
  });
});

describe('hitMark', () => {
  it('finds the touch at its own centre (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: model.marks.length - 1 }), (i) => {
        const mark = model.marks[i];
        if (!mark) return;
        const hit = hitMark(model, starts, geometry, x(mark.time), laneY(mark.lane));
        // Another touch at the same instant of the lane may win; it is then as close.
        const other = model.marks[hit];
        expect(other?.lane).toBe(mark.lane);
        expect(other?.time).toBe(mark.time);
      }),
    );
  });

  it('misses between lanes and far from any dot', () => {
    expect(hitMark(model, starts, geometry, 50, 10)).toBe(-1);
    expect(hitMark(model, starts, geometry, 400, 36 + model.lanes.length * 32 + 5)).toBe(-1);
  });

  it('reaches a large dot from its edge', () => {
    const mark = model.marks[0];
    if (!mark) return;
    const r = creditRadius(mark.credit?.weight ?? 0, model.maxWeight, 3, 12);
    const hit = hitMark(model, starts, geometry, x(mark.time) + r + 2, laneY(mark.lane));
    expect(hit).toBeGreaterThanOrEqual(0);
  });
});

describe('journeyKeyTarget', () => {
  it('moves along a lane and stops at its ends', () => {
    const first = starts[1] as number;
    const last = (starts[2] as number) - 1;
    expect(journeyKeyTarget(model.marks, starts, first, 'ArrowRight')).toBe(first + 1);
    expect(journeyKeyTarget(model.marks, starts, first, 'ArrowLeft')).toBe(first);
    expect(journeyKeyTarget(model.marks, starts, last, 'ArrowRight')).toBe(last);
    expect(journeyKeyTarget(model.marks, starts, first + 3, 'Home')).toBe(first);
    expect(journeyKeyTarget(model.marks, starts, first, 'End')).toBe(last);
    expect(journeyKeyTarget(model.marks, starts, first, 'End', { ctrl: true })).toBe(
      model.marks.length - 1,
    );
    expect(journeyKeyTarget(model.marks, starts, first, 'ArrowLeft', { rtl: true })).toBe(
      first + 1,
    );
    expect(journeyKeyTarget(model.marks, starts, first, 'x')).toBeNull();
  });

  it('moves down to the closest touch in time on the next lane (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: (starts[model.lanes.length - 1] as number) - 1 }),
        (i) => {
          const from = model.marks[i];
          const to = journeyKeyTarget(model.marks, starts, i, 'ArrowDown') as number;
          const target = model.marks[to];
          if (!from || !target) return;
          expect(target.lane).toBe(from.lane + 1);
          const gap = Math.abs(target.time - from.time);
          for (const other of model.marks.filter((m) => m.lane === target.lane)) {
            expect(Math.abs(other.time - from.time)).toBeGreaterThanOrEqual(gap);
          }
        },
      ),
    );
  });
});
