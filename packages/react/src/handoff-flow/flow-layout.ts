import type { FlowNode, HandoffFlow } from '@closedloop/core';
import { sankey, sankeyLinkHorizontal } from 'd3-sankey';

/** How a link is coloured: by its source channel, neutral, or in a status colour. */
export type FlowLinkTone = 'channel' | 'neutral' | 'at-risk' | 'behind';

/** A node of the laid-out flow, in pixels of the plot. */
export interface FlowLayoutNode {
  id: string;
  /** The core's label (`MQL`, `Recycled to nurture`, or the channel for a source). */
  label: string;
  /** The core's layer: 0 sources, 1 MQL, 2 first outcome, 3 after acceptance, 4 deal. */
  layer: number;
  /** MQL episodes through the node: its inflow, or its outflow for a source. */
  value: number;
  /** value / all MQLs; null when there are none. */
  share: number | null;
  /** No link leaves it (an outcome the episode stays in). */
  terminal: boolean;
  /** Categorical slot 1–8 of a source channel (8 = the rest), else null. */
  slot: number | null;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A link of the laid-out flow. */
export interface FlowLayoutLink {
  /** `source→target`, the key of its episodes in `flowEpisodes`. */
  key: string;
  source: FlowLayoutNode;
  target: FlowLayoutNode;
  value: number;
  /** value / all MQLs; null when there are none. */
  share: number | null;
  /** Stroke width in pixels (the link's thickness). */
  width: number;
  /** SVG path of the link's centre line. */
  path: string;
  tone: FlowLinkTone;
}

/** The flow laid out in its extent. */
export interface FlowLayout {
  mqls: number;
  nodes: FlowLayoutNode[];
  links: FlowLayoutLink[];
}

/** The plot box the Sankey fills, inside the widget's labels. */
export interface FlowExtent {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Node thickness and the gap between nodes of a column (widgets.md, Nivo's defaults). */
export const NODE_WIDTH = 12;
export const NODE_PADDING = 12;
/** Channels beyond this many share the neutral "other" slot. */
const CHANNEL_SLOTS = 7;

// Top-to-bottom order of the core's nodes in their columns: the accepted path on top, the
// losses at the bottom, so links cross as little as possible.
const ORDER = [
  'mql',
  'accepted',
  'never_worked',
  'pending',
  'opportunity',
  'accepted_no_opportunity',
  'recycled',
  'disqualified',
  'won',
  'open',
  'lost',
];

/** Tone of a link by its target: losses in status colours, the first links by channel. */
export function linkTone(source: FlowNode, targetId: string): FlowLinkTone {
  if (targetId === 'never_worked') return 'at-risk';
  if (targetId === 'disqualified') return 'behind';
  return source.layer === 0 ? 'channel' : 'neutral';
}

interface SNode {
  id: string;
  label: string;
  layer: number;
  rank: number;
  column: number;
}
interface SLink {
  source: string;
  target: string;
  value: number;
}

/**
 * Lays the core's hand-off flow out with d3-sankey: one column per layer the flow uses (the
 * core's layers, so recycled and disqualified stay terminal in the outcome column), sources
 * largest first, the other nodes in a fixed order. Pure: the same flow and extent give the
 * same layout, so a theme or locale change need not re-run it.
 */
export function layoutFlow(flow: HandoffFlow, extent: FlowExtent): FlowLayout {
  const outflow = new Map<string, number>();
  for (const link of flow.links) {
    outflow.set(link.source, (outflow.get(link.source) ?? 0) + link.value);
  }
  const sources = flow.nodes
    .filter((node) => node.layer === 0)
    .sort((a, b) => (outflow.get(b.id) ?? 0) - (outflow.get(a.id) ?? 0) || cmp(a.label, b.label));
  const slotOf = new Map(sources.map((node, i) => [node.id, Math.min(i, CHANNEL_SLOTS) + 1]));
  const layers = [...new Set(flow.nodes.map((node) => node.layer))].sort((a, b) => a - b);
  const rankOf = (node: FlowNode) => {
    if (node.layer === 0) return sources.indexOf(node);
    const at = ORDER.indexOf(node.id);
    return at < 0 ? ORDER.length + flow.nodes.indexOf(node) : at;
  };
  const nodes: SNode[] = flow.nodes.map((node) => ({
    id: node.id,
    label: node.label,
    layer: node.layer,
    rank: rankOf(node),
    column: layers.indexOf(node.layer),
  }));
  const links: SLink[] = flow.links.filter((link) => link.value > 0).map((link) => ({ ...link }));
  const mqls = sources.reduce((sum, node) => sum + (outflow.get(node.id) ?? 0), 0);
  const width = Math.max(extent.right - extent.left, NODE_WIDTH * 2);
  const height = Math.max(extent.bottom - extent.top, 1);
  if (links.length === 0) {
    return { mqls, nodes: [], links: [] };
  }
  const graph = sankey<SNode, SLink>()
    .nodeId((node) => node.id)
    .nodeAlign((node) => (node as SNode).column)
    .nodeSort((a, b) => a.rank - b.rank)
    .nodeWidth(NODE_WIDTH)
    .nodePadding(NODE_PADDING)
    .extent([
      [extent.left, extent.top],
      [extent.left + width, extent.top + height],
    ])({ nodes, links });
  const path = sankeyLinkHorizontal<SNode, SLink>();
  const byId = new Map<string, FlowLayoutNode>();
  const shareOf = (value: number) => (mqls === 0 ? null : value / mqls);
  // d3-sankey leaves unlinked nodes (a flow node no episode reached) at NaN: skip them.
  for (const node of graph.nodes) {
    if (!Number.isFinite(node.y0) || node.value === 0) continue;
    const value = node.value ?? 0;
    byId.set(node.id, {
      id: node.id,
      label: node.label,
      layer: node.layer,
      value,
      share: shareOf(value),
      terminal: (node.sourceLinks?.length ?? 0) === 0,
      slot: slotOf.get(node.id) ?? null,
      x0: node.x0 ?? 0,
      x1: node.x1 ?? 0,
      y0: node.y0 ?? 0,
      y1: node.y1 ?? 0,
    });
  }
  const flowNode = new Map(flow.nodes.map((node) => [node.id, node]));
  const laidLinks = graph.links.map((link): FlowLayoutLink => {
    const source = byId.get((link.source as SNode).id) as FlowLayoutNode;
    const target = byId.get((link.target as SNode).id) as FlowLayoutNode;
    return {
      key: `${source.id}→${target.id}`,
      source,
      target,
      value: link.value,
      share: shareOf(link.value),
      width: Math.max(link.width ?? 0, 1),
      path: path(link) ?? '',
      tone: linkTone(flowNode.get(source.id) as FlowNode, target.id),
    };
  });
  return {
    mqls,
    nodes: [...byId.values()],
    links: laidLinks,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
