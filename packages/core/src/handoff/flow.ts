import type { Episode } from '../lead-timeline/types';
import type { FlowLink, FlowNode, HandoffFlow } from './types';

const NODES: readonly FlowNode[] = [
  { id: 'mql', label: 'MQL', layer: 1 },
  { id: 'accepted', label: 'Accepted', layer: 2 },
  { id: 'pending', label: 'Pending', layer: 2 },
  { id: 'never_worked', label: 'Never worked', layer: 2 },
  { id: 'recycled', label: 'Recycled to nurture', layer: 3 },
  { id: 'disqualified', label: 'Disqualified', layer: 3 },
  { id: 'accepted_no_opportunity', label: 'Accepted, no opportunity yet', layer: 3 },
  { id: 'opportunity', label: 'Opportunity', layer: 3 },
  { id: 'won', label: 'Won', layer: 4 },
  { id: 'lost', label: 'Lost', layer: 4 },
  { id: 'open', label: 'Open', layer: 4 },
];
const INDEX = new Map(NODES.map((node, i) => [node.id, i]));
const at = (id: string) => INDEX.get(id) as number;
const [MQL, ACCEPTED, OPPORTUNITY, NO_OPPORTUNITY] = [
  at('mql'),
  at('accepted'),
  at('opportunity'),
  at('accepted_no_opportunity'),
];

/**
 * The hand-off flow of episodes: source channel → MQL → first outcome → after acceptance →
 * deal outcome. Rejections and returns to nurture are one node whether they came before or
 * after an acceptance, so the flow stays acyclic. Nodes with no episode are left out.
 */
export function handoffFlow(episodes: readonly Episode[]): HandoffFlow {
  const channels: string[] = [];
  const channelNode = new Map<string, number>();
  const width = NODES.length + 32;
  const values = new Map<number, number>();
  const bump = (from: number, to: number) => {
    const key = from * width + to;
    values.set(key, (values.get(key) ?? 0) + 1);
  };
  for (const ep of episodes) {
    let source = channelNode.get(ep.channel);
    if (source === undefined) {
      source = NODES.length + channels.length;
      channels.push(ep.channel);
      channelNode.set(ep.channel, source);
    }
    bump(source, MQL);
    if (Number.isNaN(ep.acceptedMs)) {
      bump(MQL, at(ep.fate));
    } else if (ep.opportunity !== null) {
      bump(MQL, ACCEPTED);
      bump(ACCEPTED, OPPORTUNITY);
      bump(OPPORTUNITY, at(ep.opportunity.status));
    } else {
      bump(MQL, ACCEPTED);
      bump(ACCEPTED, ep.fate === 'accepted' ? NO_OPPORTUNITY : at(ep.fate));
    }
  }
  const id = (node: number) =>
    node < NODES.length
      ? (NODES[node] as FlowNode).id
      : `source:${channels[node - NODES.length] as string}`;
  const links: FlowLink[] = [...values]
    .map(([key, value]) => ({
      source: id(Math.floor(key / width)),
      target: id(key % width),
      value,
    }))
    .sort((a, b) => (a.source === b.source ? cmp(a.target, b.target) : cmp(a.source, b.source)));
  const used = new Set(links.flatMap((link) => [link.source, link.target]));
  const sources = [...channels]
    .sort()
    .map((channel) => ({ id: `source:${channel}`, label: channel, layer: 0 }));
  return { nodes: [...sources, ...NODES.filter((node) => used.has(node.id))], links };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
