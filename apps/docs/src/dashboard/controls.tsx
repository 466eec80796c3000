import {
  ATTRIBUTION_PRESET_NAMES,
  ATTRIBUTION_PRESETS,
  type AttributionModelName,
  type AttributionPresetName,
} from '@closedloop/core';
import { SAMPLE_SEGMENTS } from '@closedloop/core/sample';
import { type ReactNode, useId } from 'react';
import {
  type DashboardOptions,
  LARGE_SCALE,
  modelLabel,
  modelsFor,
  PERIODS,
  type PeriodKey,
  SCALES,
  type SegmentFilter,
  TEAM_LABELS,
  TEAMS,
  type TeamFilter,
  withPreset,
} from './options';

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="cl-dash-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** The dashboard's controls; every change recomputes (a busy run is abandoned). */
export function Controls({
  options,
  onChange,
}: {
  options: DashboardOptions;
  onChange: (next: DashboardOptions) => void;
}): ReactNode {
  const set = (patch: Partial<DashboardOptions>) => onChange({ ...options, ...patch });
  return (
    <form
      className="cl-dash-controls"
      aria-label="Dashboard controls"
      onSubmit={(e) => e.preventDefault()}
    >
      <Field label="Attribution model">
        {(id) => (
          <select
            id={id}
            value={options.model}
            onChange={(e) => set({ model: e.currentTarget.value as AttributionModelName })}
          >
            {modelsFor(options.preset).map((m) => (
              <option key={m} value={m}>
                {modelLabel(m)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Preset">
        {(id) => (
          <select
            id={id}
            value={options.preset ?? ''}
            onChange={(e) =>
              onChange(
                withPreset(
                  options,
                  (e.currentTarget.value || null) as AttributionPresetName | null,
                ),
              )
            }
          >
            <option value="">closedloop defaults</option>
            {ATTRIBUTION_PRESET_NAMES.map((p) => (
              <option key={p} value={p}>
                {ATTRIBUTION_PRESETS[p].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Period">
        {(id) => (
          <select
            id={id}
            value={options.period}
            onChange={(e) => set({ period: e.currentTarget.value as PeriodKey })}
          >
            {(Object.keys(PERIODS) as PeriodKey[]).map((p) => (
              <option key={p} value={p}>
                {PERIODS[p].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Team">
        {(id) => (
          <select
            id={id}
            value={options.team}
            onChange={(e) => set({ team: e.currentTarget.value as TeamFilter })}
          >
            {TEAMS.map((t) => (
              <option key={t} value={t}>
                {TEAM_LABELS[t]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Segment">
        {(id) => (
          <select
            id={id}
            value={options.segment}
            onChange={(e) => set({ segment: e.currentTarget.value as SegmentFilter })}
          >
            <option value="all">All segments</option>
            {SAMPLE_SEGMENTS.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Sample scale">
        {(id) => (
          <select
            id={id}
            value={options.scale}
            onChange={(e) => set({ scale: Number(e.currentTarget.value) })}
          >
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {s}×{s >= LARGE_SCALE ? ' (slow)' : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Seed">
        {(id) => (
          <input
            id={id}
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            value={options.seed}
            onChange={(e) => {
              const seed = Math.trunc(Number(e.currentTarget.value));
              if (Number.isFinite(seed) && seed >= 1) set({ seed });
            }}
          />
        )}
      </Field>
    </form>
  );
}
