import {
  ATTRIBUTION_MODEL_LABELS,
  ATTRIBUTION_MODEL_NAMES,
  ATTRIBUTION_PRESETS,
  type AttributionModelName,
  type AttributionPresetName,
} from '@closedloop/core';
import { SAMPLE_SEGMENTS } from '@closedloop/core/sample';

/** The periods the dashboard offers, as calendar dates in the sample's time zone. */
export const PERIODS = {
  'this-quarter': {
    label: 'Q2 2026 to date',
    start: '2026-04-01',
    end: '2026-06-30',
    sla: 'current',
  },
  'last-quarter': {
    label: 'Q1 2026',
    start: '2026-01-01',
    end: '2026-03-31',
    sla: 'previous',
  },
  'last-12-months': {
    label: 'Last 12 months',
    start: '2025-05-16',
    end: '2026-05-15',
    // The SLA is a quarterly contract: a year shows the running quarter's scorecard.
    sla: 'current',
  },
} as const satisfies Record<
  string,
  { label: string; start: string; end: string; sla: 'current' | 'previous' }
>;
export type PeriodKey = keyof typeof PERIODS;

export const TEAMS = ['all', 'marketing', 'sdr', 'sales'] as const;
export type TeamFilter = (typeof TEAMS)[number];
export const TEAM_LABELS: Record<TeamFilter, string> = {
  all: 'All teams',
  marketing: 'Marketing',
  sdr: 'SDR',
  sales: 'Sales',
};

export const SEGMENTS = ['all', ...SAMPLE_SEGMENTS] as const;
export type SegmentFilter = (typeof SEGMENTS)[number];

/** Sample scales offered: 10 and more compute in a Web Worker with progress. */
export const SCALES = [0.25, 1, 3, 10, 25] as const;
/** From this scale on the page says a run takes a while; it always computes off the main thread. */
export const LARGE_SCALE = 10;

/** Everything the dashboard computes from: the controls. */
export interface DashboardOptions {
  /** Attribution model (must be one the preset offers). */
  model: AttributionModelName;
  /** Product preset, or null for closedloop's own defaults. */
  preset: AttributionPresetName | null;
  period: PeriodKey;
  team: TeamFilter;
  segment: SegmentFilter;
  scale: number;
  seed: number;
}

export const DEFAULT_OPTIONS: DashboardOptions = {
  model: 'w-shaped',
  preset: null,
  period: 'last-12-months',
  team: 'all',
  segment: 'all',
  scale: 1,
  seed: 1,
};

/** The models a preset offers (every model without one). */
export function modelsFor(preset: AttributionPresetName | null): readonly AttributionModelName[] {
  // `custom` needs anchors and weights of its own: the guides show it, the controls do not.
  const models = preset === null ? ATTRIBUTION_MODEL_NAMES : ATTRIBUTION_PRESETS[preset].models;
  return models.filter((m) => m !== 'custom');
}

/** Keeps the model valid when the preset changes: the same model if offered, else the first. */
export function withPreset(
  options: DashboardOptions,
  preset: AttributionPresetName | null,
): DashboardOptions {
  const models = modelsFor(preset);
  const model = models.includes(options.model)
    ? options.model
    : (models[0] as AttributionModelName);
  return { ...options, preset, model };
}

export function modelLabel(model: AttributionModelName): string {
  return ATTRIBUTION_MODEL_LABELS[model];
}
