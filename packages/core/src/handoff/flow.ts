import type { LeadLedgerColumns } from '../columns/lead-ledger';
import type { EpisodeOpportunity, Fate } from '../lead-timeline/types';
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
const NODE_OF_FATE: Record<Fate, number> = {
  won: at('won'),
  opportunity: OPPORTUNITY,
  recycled: at('recycled'),
  disqualified: at('disqualified'),
  accepted: ACCEPTED,
  never_worked: at('never_worked'),
  pending: at('pending'),
};
const NODE_OF_STATUS: Record<EpisodeOpportunity['status'], number> = {
  open: at('open'),
  won: at('won'),
  lost: at('lost'),
};

/**
 * The hand-off flow of episodes: source channel → MQL → first outcome → after acceptance →
 * deal outcome. Rejections and returns to nurture are one node whether they came before or
 * after an acceptance, so the flow stays acyclic. Nodes with no episode are left out. Read
 * from the episodes' ledger columns (see `ledgerRows`).
 */
export function handoffFlow(rows: LeadLedgerColumns): HandoffFlow {
  const channels: string[] = [];
  const mqlsOf: number[] = [];
  // Links between fixed nodes, counted in a matrix (from · NODES.length + to).
  const links = new Int32Array(NODES.length * NODES.length);
  const bump = (from: number, to: number) => {
    links[from * NODES.length + to] = (links[from * NODES.length + to] as number) + 1;
  };
  let channel = '';
  let source = -1;
  for (let i = 0; i < rows.length; i++) {
    const rowChannel = rows.channel[i] as string;
    const fate = rows.fate[i] as Fate;
    const status = rows.opportunityStatus[i] ?? null;
    // Episodes come in runs of a channel often enough that one remembered lookup pays.
    if (rowChannel !== channel || source < 0) {
      channel = rowChannel;
      source = channels.indexOf(channel);
      if (source < 0) {
        source = channels.length;
        channels.push(channel);
        mqlsOf.push(0);
      }
    }
    mqlsOf[source] = (mqlsOf[source] as number) + 1;
    if (rows.accepted[i] === 0) {
      bump(MQL, NODE_OF_FATE[fate]);
    } else if (status !== null) {
      bump(MQL, ACCEPTED);
      bump(ACCEPTED, OPPORTUNITY);
      bump(OPPORTUNITY, NODE_OF_STATUS[status]);
    } else {
      bump(MQL, ACCEPTED);
      bump(ACCEPTED, fate === 'accepted' ? NO_OPPORTUNITY : NODE_OF_FATE[fate]);
    }
  }
  const found: FlowLink[] = channels.map((channel, i) => ({
    source: `source:${channel}`,
    target: 'mql',
    value: mqlsOf[i] as number,
  }));
  for (let key = 0; key < links.length; key++) {
    const value = links[key] as number;
    if (value === 0) continue;
    const source = (NODES[Math.floor(key / NODES.length)] as FlowNode).id;
    found.push({ source, target: (NODES[key % NODES.length] as FlowNode).id, value });
  }
  found.sort((a, b) => (a.source === b.source ? cmp(a.target, b.target) : cmp(a.source, b.source)));
  const used = new Set(found.flatMap((link) => [link.source, link.target]));
  const sources = [...channels]
    .sort()
    .map((channel) => ({ id: `source:${channel}`, label: channel, layer: 0 }));
  return { nodes: [...sources, ...NODES.filter((node) => used.has(node.id))], links: found };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
