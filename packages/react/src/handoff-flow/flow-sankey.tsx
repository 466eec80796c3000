import { type CSSProperties, type ReactNode, useMemo } from 'react';
import { color, type Formatters, font, type Marks, tabular } from '../kit';
import { linkColor, nodeColor } from './flow-colors';
import type { FlowLayout, FlowLayoutLink, FlowLayoutNode } from './flow-layout';
import { type FlowMark, markText, nodeName } from './flow-marks';
import type { HandoffFlowLabels } from './handoff-flow-labels';

/** Approximate width of a 13px label character, for truncating without measuring (SSR). */
const CHAR = 7;
/** Nodes shorter than this are labelled on hover and focus only. */
const MIN_LABELLED = 14;
/** Heights of the two-line label (name over "412 · 31%") and the one-line label. */
const TWO_LINES = 30;
const ONE_LINE = 16;

/** How a node is labelled: two lines, one line, or on hover only. */
export type LabelMode = 2 | 1 | 0;

/**
 * Label modes column by column, top to bottom: two lines where they fit beside the label
 * above, else one line, else none (nodes under 14px are labelled on hover only), so labels
 * never overlap.
 */
export function labelModes(nodes: readonly FlowLayoutNode[]): Map<string, LabelMode> {
  const modes = new Map<string, LabelMode>();
  const columns = new Map<number, FlowLayoutNode[]>();
  for (const node of nodes) columns.set(node.x0, [...(columns.get(node.x0) ?? []), node]);
  for (const column of columns.values()) {
    column.sort((a, b) => a.y0 - b.y0);
    let bottom = Number.NEGATIVE_INFINITY;
    for (const node of column) {
      const centre = (node.y0 + node.y1) / 2;
      let mode: LabelMode = 0;
      if (node.y1 - node.y0 >= MIN_LABELLED) {
        if (centre - TWO_LINES / 2 >= bottom + 2) mode = 2;
        else if (centre - ONE_LINE / 2 >= bottom + 2) mode = 1;
      }
      if (mode > 0) bottom = centre + (mode === 2 ? TWO_LINES : ONE_LINE) / 2;
      modes.set(node.id, mode);
    }
  }
  return modes;
}

const halo: CSSProperties = {
  paintOrder: 'stroke',
  stroke: color.surface,
  strokeWidth: 3,
  strokeLinejoin: 'round',
};

/** The labels' type and halo, set once on their group and inherited by every label. */
const labelText: CSSProperties = { ...halo, fill: color.text, fontSize: font.label };
const figureText: CSSProperties = { ...tabular, fontSize: font.tick, fill: color.muted };

function truncate(text: string, room: number): string {
  const max = Math.max(3, Math.floor(room / CHAR));
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Props of `FlowSankey`. */
export interface FlowSankeyProps {
  layout: FlowLayout;
  marks: readonly FlowMark[];
  interaction: Marks;
  labels: HandoffFlowLabels;
  fmt: Formatters;
  /** Room for a label right of each column's nodes (the gap to the next column). */
  labelRoom: { left: number; inner: number; right: number };
  name: string;
  /** The SVG's size (the layout's extent plus the label margins). */
  width: number;
  height: number;
}

/**
 * The Sankey: links (channel colours on the first links, neutral after, losses in status
 * colours), 12px nodes and labels outside them ("412 · 31%"). Hovering or focusing a mark
 * lifts it and its neighbours and fades the rest.
 */
export function FlowSankey({
  layout,
  marks,
  interaction,
  labels,
  fmt,
  labelRoom,
  name,
  width,
  height,
}: FlowSankeyProps): ReactNode {
  const activeMark = interaction.active >= 0 ? marks[interaction.active] : undefined;
  const lit = (link: FlowLayoutLink) =>
    activeMark === undefined
      ? null
      : activeMark.kind === 'link'
        ? activeMark.link === link
        : activeMark.node.id === link.source.id || activeMark.node.id === link.target.id;
  const indexOf = new Map(marks.map((mark, i) => [mark.key, i]));
  const lastColumn = Math.max(...layout.nodes.map((node) => node.x0));

  const linkPath = (link: FlowLayoutLink) => {
    const on = lit(link);
    const base = link.tone === 'neutral' ? 0.35 : 0.5;
    const index = indexOf.get(link.key) as number;
    const props = interaction.markProps(index);
    return (
      <path
        key={link.key}
        d={link.path}
        aria-label={markText(marks[index] as FlowMark, labels, fmt)}
        {...props}
        fill="none"
        strokeWidth={link.width}
        strokeOpacity={on === null ? base : on ? 0.7 : 0.12}
        pointerEvents="visibleStroke"
        style={{ ...props.style, stroke: linkColor(link.tone, link.source) }}
      />
    );
  };

  const modes = useMemo(() => labelModes(layout.nodes), [layout]);
  const nodeLabel = (node: FlowLayoutNode) => {
    const active = activeMark?.kind === 'node' && activeMark.node === node;
    const mode = modes.get(node.id) || (active ? 1 : 0);
    if (mode === 0) return null;
    const left = node.layer === 0;
    const room = left ? labelRoom.left : node.x0 === lastColumn ? labelRoom.right : labelRoom.inner;
    const figures = `${fmt.count(node.value)} · ${fmt.percent(node.share)}`;
    const x = left ? node.x0 - 6 : node.x1 + 6;
    const y = (node.y0 + node.y1) / 2;
    const anchor = left ? 'end' : 'start';
    const text = nodeName(node, labels);
    if (mode === 2) {
      return (
        <text key={node.id} x={x} textAnchor={anchor}>
          <tspan x={x} y={y - 3}>
            {truncate(text, room)}
          </tspan>
          <tspan x={x} y={y + 13} style={figureText}>
            {figures}
          </tspan>
        </text>
      );
    }
    return (
      <text key={node.id} x={x} y={y + 4} textAnchor={anchor}>
        {truncate(text, room - figures.length * CHAR - 6)}
        <tspan dx={6} style={figureText}>
          {figures}
        </tspan>
      </text>
    );
  };

  const focusRing = () => {
    if (!interaction.focused || !activeMark) return null;
    const ring = {
      fill: 'none',
      stroke: color.focus,
      strokeWidth: 2,
      pointerEvents: 'none' as const,
    };
    if (activeMark.kind === 'node') {
      const { node } = activeMark;
      return (
        <rect
          x={node.x0 - 3}
          y={node.y0 - 3}
          width={node.x1 - node.x0 + 6}
          height={node.y1 - node.y0 + 6}
          rx={3}
          style={ring}
        />
      );
    }
    const { link } = activeMark;
    const offset = link.width / 2 + 2;
    return (
      <g style={ring}>
        <path d={link.path} transform={`translate(0 ${-offset})`} />
        <path d={link.path} transform={`translate(0 ${offset})`} />
      </g>
    );
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group of focusable marks, not a form fieldset
    <svg
      role="group"
      aria-label={name}
      width={width}
      height={height}
      style={{ display: 'block', overflow: 'visible', fontFamily: font.family }}
    >
      <g>{layout.links.map(linkPath)}</g>
      <g>
        {layout.nodes.map((node) => {
          const index = indexOf.get(node.id) as number;
          const props = interaction.markProps(index);
          return (
            <rect
              key={node.id}
              x={node.x0}
              y={node.y0}
              width={node.x1 - node.x0}
              height={Math.max(node.y1 - node.y0, 1)}
              aria-label={markText(marks[index] as FlowMark, labels, fmt)}
              {...props}
              style={{ ...props.style, fill: nodeColor(node) }}
            />
          );
        })}
      </g>
      {/* Labels repeat the marks' names: hidden from AT, and from the pointer. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> of text is not focusable */}
      <g aria-hidden="true" pointerEvents="none" style={labelText}>
        {layout.nodes.map(nodeLabel)}
      </g>
      {focusRing()}
    </svg>
  );
}
