import { type HandoffFlow as Flow, type HandoffResult, handoff } from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
} from '@closedloop/core/sample';
import type { HandoffFlowData } from './handoff-flow';

/** The sample's hand-off of Q1 2026's MQLs, as of `SAMPLE_AS_OF`. */
export function sampleHandoff(options: { seed?: number; scale?: number } = {}): HandoffResult {
  const dataset = generateSampleDataset({ seed: options.seed ?? 1, scale: options.scale ?? 1 });
  return handoff(dataset, {
    asOf: SAMPLE_AS_OF,
    businessHours: SAMPLE_BUSINESS_HOURS,
    period: { start: '2026-01-01', end: '2026-03-31' },
  });
}

/** A hand-off result around a flow, with no ledger (selections carry no ids). */
export function flowData(
  flow: Flow,
  byReason: HandoffResult['sales']['byReason'] = [],
): HandoffFlowData {
  const sources = new Set(flow.nodes.filter((n) => n.layer === 0).map((n) => n.id));
  const mqls = flow.links.filter((l) => sources.has(l.source)).reduce((sum, l) => sum + l.value, 0);
  const zero = {
    won: 0,
    opportunity: 0,
    recycled: 0,
    disqualified: 0,
    accepted: 0,
    never_worked: 0,
    pending: 0,
  };
  return {
    flow,
    counts: {
      mqls,
      byFate: zero,
      rejected: 0,
      everAccepted:
        flow.links.find((l) => l.source === 'mql' && l.target === 'accepted')?.value ?? 0,
      recycledReMql: { recycled: 0, cameBack: 0, rate: null },
    },
    sales: { byOwner: [], byReason },
    ledger: [],
    period: null,
  };
}

/**
 * A flow of `nodes` nodes and about `links` links in five layers, from `episodes` random
 * paths (each path one episode, so every inner node stays balanced): the performance and
 * stress case (60 nodes × 150 links).
 */
export function largeFlow(seed = 1, episodes = 5000): Flow {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const sizes = [30, 10, 10, 6, 4];
  const layers = sizes.map((size, layer) =>
    Array.from({ length: size }, (_, i) =>
      layer === 0
        ? { id: `source:channel_${i + 1}`, label: `Channel ${i + 1}`, layer }
        : { id: `n${layer}-${i + 1}`, label: `Stage ${layer}.${i + 1}`, layer },
    ),
  );
  // Each node reaches a few nodes of the next layer: 46 + 40 + 40 + 24 = 150 links.
  const fanOut = [(i: number) => (i < 16 ? 2 : 1), () => 4, () => 4, () => 4];
  const targets = layers.slice(0, -1).map((layer, l) =>
    layer.map((_, i) => {
      const next = layers[l + 1] as typeof layer;
      const count = (fanOut[l] as (i: number) => number)(i);
      // Consecutive targets from a node, so every link of a node is distinct.
      return Array.from({ length: count }, (_, k) => (i * 3 + k) % next.length);
    }),
  );
  const counts = new Map<string, number>();
  const idOf = (layer: number, i: number) => (layers[layer]?.[i]?.id as string) ?? '';
  for (let e = 0; e < episodes; e++) {
    let at = Math.floor(random() ** 2 * (sizes[0] as number));
    for (let l = 0; l < layers.length - 1; l++) {
      const options = targets[l]?.[at] ?? [0];
      const next = options[Math.floor(random() * options.length)] as number;
      const key = `${idOf(l, at)}|${idOf(l + 1, next)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      at = next;
    }
  }
  return {
    nodes: layers.flat(),
    links: [...counts].map(([key, value]) => {
      const [source, target] = key.split('|') as [string, string];
      return { source, target, value };
    }),
  };
}
