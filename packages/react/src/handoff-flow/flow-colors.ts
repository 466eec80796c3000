import { color, otherColor, seriesColor, status } from '../kit';
import type { FlowLayoutNode, FlowLinkTone } from './flow-layout';

/**
 * The fill of a flow node: sources in their channel's categorical colour, losses in status
 * colours (never worked at risk, disqualified and lost behind, won on track), the path
 * through the hand-off in the accent, undecided outcomes muted and recycling neutral.
 */
export function nodeColor(node: Pick<FlowLayoutNode, 'id' | 'slot'>): string {
  if (node.slot !== null) return node.slot > 7 ? otherColor : seriesColor(node.slot - 1);
  switch (node.id) {
    case 'never_worked':
      return status['at-risk'].color;
    case 'disqualified':
    case 'lost':
      return status.behind.color;
    case 'won':
      return status['on-track'].color;
    case 'recycled':
      return otherColor;
    case 'pending':
    case 'accepted_no_opportunity':
      return color.muted;
    default:
      return color.accent;
  }
}

/** The stroke of a link: its source's channel colour, a status colour, or neutral. */
export function linkColor(tone: FlowLinkTone, source: Pick<FlowLayoutNode, 'id' | 'slot'>): string {
  switch (tone) {
    case 'channel':
      return nodeColor(source);
    case 'at-risk':
      return status['at-risk'].color;
    case 'behind':
      return status.behind.color;
    default:
      return color.muted;
  }
}
