import type { CSSProperties, ReactNode } from 'react';
import { color, type Formatters, font, type Marks, Swatch, tabular } from '../kit';
import { nodeColor } from './flow-colors';
import type { FlowLayoutLink, FlowLayoutNode } from './flow-layout';
import { type FlowMark, markText, nodeName } from './flow-marks';
import type { HandoffFlowLabels } from './handoff-flow-labels';

/** One step of the narrow layout: the links leaving a node (or all sources), as a 100% bar. */
export interface FlowStep {
  key: string;
  /** The node the links leave; null for the sources step. */
  from: FlowLayoutNode | null;
  total: number;
  links: FlowLayoutLink[];
}

/** The steps of the flow: sources → MQL, then each node with outgoing links, column by column. */
export function flowSteps(
  nodes: readonly FlowLayoutNode[],
  links: readonly FlowLayoutLink[],
): FlowStep[] {
  const sorted = [...nodes].sort((a, b) => a.layer - b.layer || a.y0 - b.y0);
  const steps: FlowStep[] = [];
  const sourceLinks = links
    .filter((link) => link.source.layer === 0)
    .sort((a, b) => a.source.y0 - b.source.y0);
  if (sourceLinks.length > 0) {
    steps.push({ key: 'sources', from: null, total: sum(sourceLinks), links: sourceLinks });
  }
  for (const node of sorted) {
    if (node.layer === 0) continue;
    const out = links
      .filter((link) => link.source === node)
      .sort((a, b) => a.target.y0 - b.target.y0);
    if (out.length > 0) steps.push({ key: node.id, from: node, total: sum(out), links: out });
  }
  return steps;
}

function sum(links: readonly FlowLayoutLink[]): number {
  return links.reduce((total, link) => total + link.value, 0);
}

const styles = {
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 16 },
  head: { margin: '0 0 4px', fontSize: font.label, color: color.muted },
  headValue: { ...tabular, color: color.text, fontWeight: 600 },
  bar: { display: 'flex', gap: 2, height: 20, margin: 0 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '2px 12px',
    margin: '6px 0 0',
    padding: 0,
    listStyle: 'none',
    fontSize: font.tick,
    color: color.muted,
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: 4 },
} satisfies Record<string, CSSProperties>;

/** Props of `FlowBars`. */
export interface FlowBarsProps {
  steps: readonly FlowStep[];
  marks: readonly FlowMark[];
  interaction: Marks;
  labels: HandoffFlowLabels;
  fmt: Formatters;
  name: string;
}

/**
 * The flow in a narrow container (widgets.md: a Sankey under 560px is unreadable): one 100%
 * bar per step, each segment a link with the same tooltip, name and `onSelect` as in the
 * Sankey, and its name and share in a legend under the bar.
 */
export function FlowBars({
  steps,
  marks,
  interaction,
  labels,
  fmt,
  name,
}: FlowBarsProps): ReactNode {
  const indexOf = new Map(marks.map((mark, i) => [mark.key, i]));
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of focusable marks, not a form fieldset
    <div role="group" aria-label={name}>
      <ul style={styles.list}>
        {steps.map((step) => (
          <li key={step.key}>
            <p style={styles.head}>
              {step.from ? labels.fromNode(nodeName(step.from, labels)) : labels.sources}{' '}
              <span style={styles.headValue}>{fmt.count(step.total)}</span>
            </p>
            <div style={styles.bar}>
              {step.links.map((link) => {
                const index = indexOf.get(link.key) as number;
                const props = interaction.markProps(index);
                const active = interaction.active === index;
                return (
                  // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role (button or img) comes from markProps
                  <div
                    key={link.key}
                    aria-label={markText(marks[index] as FlowMark, labels, fmt)}
                    {...props}
                    role={props.role}
                    style={{
                      ...props.style,
                      flex: `${link.value} 1 0`,
                      minWidth: 2,
                      background: nodeColor(step.from ? link.target : link.source),
                      opacity: interaction.active < 0 || active ? 1 : 0.45,
                      outline: active && interaction.focused ? `2px solid ${color.focus}` : 'none',
                      outlineOffset: 2,
                    }}
                  />
                );
              })}
            </div>
            <ul style={styles.legend}>
              {step.links.map((link) => {
                const target = step.from ? link.target : link.source;
                return (
                  <li key={link.key} style={styles.legendItem}>
                    <Swatch color={nodeColor(target)} />
                    <span>{nodeName(target, labels)}</span>
                    <span style={{ ...tabular, color: color.text }}>
                      {fmt.count(link.value)} · {fmt.percent(link.value / step.total)}
                    </span>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
