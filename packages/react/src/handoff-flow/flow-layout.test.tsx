import { type HandoffResult, handoff } from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
} from '@closedloop/core/sample';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flowEpisodes } from './flow-episodes';
import { type FlowLayout, layoutFlow } from './flow-layout';

const extent = { left: 120, top: 8, right: 780, bottom: 420 };

function sampleHandoff(seed: number): HandoffResult {
  const dataset = generateSampleDataset({ seed, scale: 0.25 });
  return handoff(dataset, { asOf: SAMPLE_AS_OF, businessHours: SAMPLE_BUSINESS_HOURS });
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Inflow = outflow at every inner node, terminals add up to the MQLs: in counts and in pixels. */
function expectBalanced(result: HandoffResult, layout: FlowLayout) {
  const mqls = result.counts.mqls;
  for (const node of layout.nodes) {
    const into = layout.links.filter((link) => link.target.id === node.id);
    const out = layout.links.filter((link) => link.source.id === node.id);
    if (node.layer > 0 && !node.terminal) {
      expect(sum(into.map((l) => l.value)), node.id).toBe(sum(out.map((l) => l.value)));
      expect(sum(into.map((l) => l.width))).toBeCloseTo(sum(out.map((l) => l.width)), 6);
    }
    // A node is as tall as the links it carries.
    const carried = node.layer === 0 ? out : into;
    expect(sum(carried.map((l) => l.width))).toBeCloseTo(node.y1 - node.y0, 6);
  }
  const terminals = layout.nodes.filter((node) => node.layer > 0 && node.terminal);
  expect(sum(terminals.map((node) => node.value))).toBe(mqls);
  expect(sum(layout.nodes.filter((n) => n.layer === 0).map((n) => n.value))).toBe(mqls);
  expect(layout.mqls).toBe(mqls);
}

describe('layoutFlow on the sample', () => {
  it('keeps every inner node balanced and the terminals summing to the MQLs, at several seeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const result = sampleHandoff(seed);
        expect(result.counts.mqls).toBeGreaterThan(0);
        expectBalanced(result, layoutFlow(result.flow, extent));
      }),
      { numRuns: 4 },
    );
  });

  it('hands each link exactly the episodes it counts', () => {
    const result = sampleHandoff(7);
    const layout = layoutFlow(result.flow, extent);
    const { byLink, byNode } = flowEpisodes(result.ledger);
    for (const link of layout.links) {
      expect(byLink.get(link.key)?.length, link.key).toBe(link.value);
    }
    expect(byLink.size).toBe(layout.links.length);
    expect(byNode.get('mql')?.length).toBe(result.counts.mqls);
  });

  it('places nodes in the core layers, inside the extent, recycled and disqualified terminal', () => {
    const result = sampleHandoff(3);
    const layout = layoutFlow(result.flow, extent);
    const columnX = new Map<number, number>();
    for (const node of layout.nodes) {
      expect(node.x1 - node.x0).toBe(12);
      expect(node.x0).toBeGreaterThanOrEqual(extent.left - 1e-9);
      expect(node.x1).toBeLessThanOrEqual(extent.right + 1e-9);
      expect(node.y0).toBeGreaterThanOrEqual(extent.top - 1e-9);
      expect(node.y1).toBeLessThanOrEqual(extent.bottom + 1e-9);
      const x = columnX.get(node.layer);
      if (x === undefined) columnX.set(node.layer, node.x0);
      else expect(node.x0).toBe(x);
    }
    const xs = [...columnX.entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const id of ['recycled', 'disqualified']) {
      expect(layout.nodes.find((node) => node.id === id)?.terminal).toBe(true);
    }
  });
});

describe('layoutFlow', () => {
  const flow = {
    nodes: [
      { id: 'source:b', label: 'b', layer: 0 },
      { id: 'source:a', label: 'a', layer: 0 },
      { id: 'mql', label: 'MQL', layer: 1 },
      { id: 'never_worked', label: 'Never worked', layer: 2 },
      { id: 'disqualified', label: 'Disqualified', layer: 3 },
      { id: 'accepted', label: 'Accepted', layer: 2 },
      { id: 'opportunity', label: 'Opportunity', layer: 3 },
    ],
    links: [
      { source: 'source:a', target: 'mql', value: 30 },
      { source: 'source:b', target: 'mql', value: 10 },
      { source: 'mql', target: 'never_worked', value: 5 },
      { source: 'mql', target: 'disqualified', value: 15 },
      { source: 'mql', target: 'accepted', value: 20 },
      { source: 'accepted', target: 'opportunity', value: 20 },
    ],
  };

  it('colours first links by channel, largest source first, and losses by status', () => {
    const layout = layoutFlow(flow, extent);
    const tone = (key: string) => layout.links.find((link) => link.key === key)?.tone;
    expect(tone('source:a→mql')).toBe('channel');
    expect(tone('mql→never_worked')).toBe('at-risk');
    expect(tone('mql→disqualified')).toBe('behind');
    expect(tone('accepted→opportunity')).toBe('neutral');
    const node = (id: string) => layout.nodes.find((n) => n.id === id);
    expect(node('source:a')?.slot).toBe(1);
    expect(node('source:b')?.slot).toBe(2);
    expect(node('source:a')?.y0).toBeLessThan(node('source:b')?.y0 ?? 0);
    // The accepted path on top of its column, the losses under it.
    expect(node('accepted')?.y0).toBeLessThan(node('never_worked')?.y0 ?? 0);
    expect(node('mql')?.share).toBe(1);
    expect(layout.links.find((l) => l.key === 'mql→accepted')?.share).toBe(0.5);
  });

  it('lays out nothing for a flow without episodes', () => {
    const layout = layoutFlow({ nodes: [], links: [] }, extent);
    expect(layout.nodes).toEqual([]);
    expect(layout.links).toEqual([]);
    expect(layout.mqls).toBe(0);
  });

  it('gives every channel past the seventh the "other" slot', () => {
    const names = 'abcdefghij'.split('');
    const many = {
      nodes: [
        ...names.map((n) => ({ id: `source:${n}`, label: n, layer: 0 })),
        { id: 'mql', label: 'MQL', layer: 1 },
        { id: 'pending', label: 'Pending', layer: 2 },
      ],
      links: [
        ...names.map((n, i) => ({ source: `source:${n}`, target: 'mql', value: 20 - i })),
        { source: 'mql', target: 'pending', value: sum(names.map((_, i) => 20 - i)) },
      ],
    };
    const slots = layoutFlow(many, extent)
      .nodes.filter((n) => n.layer === 0)
      .map((n) => n.slot);
    expect(slots).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 8, 8]);
  });
});
