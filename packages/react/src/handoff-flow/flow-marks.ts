import { labelOf } from '@closedloop/core';
import type { Formatters, MarkSelection, TooltipContent } from '../kit';
import { linkColor, nodeColor } from './flow-colors';
import type { FlowLayoutLink, FlowLayoutNode } from './flow-layout';
import type { HandoffFlowLabels } from './handoff-flow-labels';

/** A focusable mark of the flow: a node or a link. */
export type FlowMark =
  | { kind: 'node'; key: string; node: FlowLayoutNode }
  | { kind: 'link'; key: string; link: FlowLayoutLink };

/** Facts of a flow mark handed to `onSelect`. */
export interface HandoffFlowSelectionDetail {
  /** MQL episodes through the mark. */
  value: number;
  /** value / all MQLs. */
  share: number | null;
  /** A link's source and target node ids; a node's own id twice. */
  source: string;
  target: string;
}

/** The marks in reading order: column by column, each node followed by its outgoing links. */
export function flowMarks(
  nodes: readonly FlowLayoutNode[],
  links: readonly FlowLayoutLink[],
): FlowMark[] {
  const ordered = [...nodes].sort((a, b) => a.x0 - b.x0 || a.y0 - b.y0);
  const marks: FlowMark[] = [];
  for (const node of ordered) {
    marks.push({ kind: 'node', key: node.id, node });
    const out = links
      .filter((link) => link.source.id === node.id)
      .sort((a, b) => a.target.y0 - b.target.y0);
    for (const link of out) marks.push({ kind: 'link', key: link.key, link });
  }
  return marks;
}

/** The visible name of a node: a channel's label for a source, else the node's label. */
export function nodeName(
  node: Pick<FlowLayoutNode, 'id' | 'label' | 'layer'>,
  labels: HandoffFlowLabels,
): string {
  if (node.layer === 0) return labelOf(labels.channels, node.id.replace(/^source:/, ''));
  return Object.hasOwn(labels.nodes, node.id) ? (labels.nodes[node.id] ?? node.label) : node.label;
}

/** The visible name of a mark (`Paid search → MQL` for a link). */
export function markName(mark: FlowMark, labels: HandoffFlowLabels): string {
  return mark.kind === 'node'
    ? nodeName(mark.node, labels)
    : `${nodeName(mark.link.source, labels)} → ${nodeName(mark.link.target, labels)}`;
}

/** The accessible name of a mark: the same facts as its tooltip. */
export function markText(mark: FlowMark, labels: HandoffFlowLabels, fmt: Formatters): string {
  const value = mark.kind === 'node' ? mark.node.value : mark.link.value;
  const share = mark.kind === 'node' ? mark.node.share : mark.link.share;
  return `${markName(mark, labels)}: ${labels.mqls(fmt.countFull(value))} (${fmt.percent(share)})`;
}

/** The tooltip of a mark: count, share of all MQLs and, for a link, share of its source. */
export function markTooltip(
  mark: FlowMark,
  labels: HandoffFlowLabels,
  fmt: Formatters,
): TooltipContent {
  if (mark.kind === 'node') {
    const { node } = mark;
    return {
      title: nodeName(node, labels),
      rows: [
        {
          key: 'count',
          label: labels.count,
          value: fmt.countFull(node.value),
          color: nodeColor(node),
        },
        { key: 'share', label: labels.shareOfMqls, value: fmt.percentFull(node.share) },
      ],
    };
  }
  const { link } = mark;
  const rows: TooltipContent['rows'] = [
    {
      key: 'count',
      label: labels.count,
      value: fmt.countFull(link.value),
      color: linkColor(link.tone, link.source),
    },
    { key: 'share', label: labels.shareOfMqls, value: fmt.percentFull(link.share) },
  ];
  if (link.source.layer > 0 && link.source.value > 0) {
    rows.push({
      key: 'of-source',
      label: labels.shareOf(nodeName(link.source, labels)),
      value: fmt.percentFull(link.value / link.source.value),
    });
  }
  return { title: markName(mark, labels), rows };
}

/** The `onSelect` payload of a mark: its episodes from the ledger. */
export function markSelection(
  mark: FlowMark,
  labels: HandoffFlowLabels,
  episodes: { byLink: Map<string, string[]>; byNode: Map<string, string[]> },
): MarkSelection<'node' | 'link', HandoffFlowSelectionDetail> {
  const node = mark.kind === 'node' ? mark.node : null;
  const link = mark.kind === 'link' ? mark.link : null;
  return {
    widget: 'handoff-flow',
    kind: mark.kind,
    key: mark.key,
    label: markName(mark, labels),
    ids: (node ? episodes.byNode.get(node.id) : episodes.byLink.get(mark.key)) ?? [],
    entity: 'episode',
    detail: {
      value: node?.value ?? link?.value ?? 0,
      share: node?.share ?? link?.share ?? null,
      source: node?.id ?? link?.source.id ?? '',
      target: node?.id ?? link?.target.id ?? '',
    },
  };
}
