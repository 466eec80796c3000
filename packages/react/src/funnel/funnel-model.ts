import {
  type FunnelResult,
  type FunnelSlice,
  type FunnelStageRow,
  labelOf,
} from '@closedloop/core';

/** One panel of the funnel: the whole result, a split group, or another period. */
export interface FunnelPanel {
  key: string;
  label: string;
  /** The `FunnelGroup.key` when the panel is a split group. */
  groupKey: string | null;
  slice: FunnelSlice;
  /** True when it is one of several panels (its label then names the marks too). */
  many: boolean;
}

/** One stage of a panel, with what the chart draws. */
export interface FunnelBar {
  panel: FunnelPanel;
  stage: FunnelStageRow;
  index: number;
  /** The previous stage's count (drawn behind as the drop-off gap); null at the first stage. */
  previous: number | null;
  /** previous − records that went on from it (≥ 0); null at the first stage. */
  dropped: number | null;
}

/** A panel to compare with the main result: another period or result. */
export interface FunnelComparison {
  label: string;
  result: FunnelResult;
}

/**
 * The panels to draw: the chosen split groups (by key), or the whole result followed by the
 * comparisons. Unknown group keys are skipped by the caller's choice, never invented.
 */
export function funnelPanels(
  result: FunnelResult,
  options: {
    label: string;
    groups?: readonly (string | null)[];
    compare?: readonly FunnelComparison[];
    /** Channel names, used when the result is split by channel. */
    channels?: Readonly<Partial<Record<string, string>>>;
  },
): FunnelPanel[] {
  const panels: Omit<FunnelPanel, 'many'>[] =
    options.groups && options.groups.length > 0
      ? options.groups.flatMap((key) => {
          const group = result.groups.find((candidate) => candidate.key === key);
          return group
            ? [
                {
                  key: `group:${String(key)}`,
                  label:
                    result.by === 'channel' && group.key !== null && options.channels
                      ? labelOf(options.channels, group.key)
                      : group.label,
                  groupKey: group.key,
                  slice: group,
                },
              ]
            : [];
        })
      : [
          { key: 'main', label: options.label, groupKey: null, slice: result.overall },
          ...(options.compare ?? []).map((comparison, index) => ({
            key: `compare:${index}`,
            label: comparison.label,
            groupKey: null,
            slice: comparison.result.overall,
          })),
        ];
  return panels.map((panel) => ({ ...panel, many: panels.length > 1 }));
}

/** The bars of a panel: counts, the previous stage behind, the drop-off. */
export function funnelBars(panel: FunnelPanel): FunnelBar[] {
  return panel.slice.stages.map((stage, index) => {
    const before = index > 0 ? panel.slice.stages[index - 1] : undefined;
    const previous = before ? before.count : null;
    const wentOn = stage.advancedFromPrevious ?? stage.count;
    return {
      panel,
      stage,
      index,
      previous,
      dropped: previous === null ? null : Math.max(0, previous - wentOn),
    };
  });
}

/** The largest count over all panels: one scale for side-by-side panels. */
export function funnelMax(panels: FunnelPanel[]): number {
  let max = 0;
  for (const panel of panels)
    for (const stage of panel.slice.stages) max = Math.max(max, stage.count);
  return max;
}
