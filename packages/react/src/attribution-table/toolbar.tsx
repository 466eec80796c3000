import type { CSSProperties, ReactNode } from 'react';
import { color, font } from '../kit';
import type { AttributionMetric, AttributionTableLabels } from './attribution-table-labels';
import type { MetricColumn } from './columns';
import type { AttributionDimension } from './dimension';

/** Props of `Toolbar`. */
export interface ToolbarProps {
  idPrefix: string;
  labels: AttributionTableLabels;
  dimension: AttributionDimension;
  dimensions: readonly AttributionDimension[];
  onDimension: (dimension: AttributionDimension) => void;
  grouped: boolean;
  onGrouped: (grouped: boolean) => void;
  query: string;
  onQuery: (query: string) => void;
  columns: readonly MetricColumn[];
  visibility: Readonly<Record<string, boolean>>;
  onVisibility: (next: Record<string, boolean>) => void;
  modelLabels: readonly string[];
  onExport: () => void;
}

const control: CSSProperties = {
  font: 'inherit',
  fontSize: font.label,
  color: color.text,
  background: color.surface,
  border: `1px solid ${color.grid}`,
  borderRadius: 6,
  padding: '0 8px',
  height: 28,
  boxSizing: 'border-box',
};

const styles = {
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '8px 12px',
    marginBottom: 8,
    fontSize: font.label,
  },
  field: { display: 'inline-flex', alignItems: 'center', gap: 6, color: color.muted },
  search: { ...control, width: '12rem', maxWidth: '100%' },
  spacer: { flex: '1 1 auto' },
  button: { ...control, cursor: 'pointer' },
  menu: { position: 'relative' },
  summary: {
    ...control,
    cursor: 'pointer',
    listStyle: 'none',
    display: 'inline-flex',
    alignItems: 'center',
    gap: 4,
  },
  popover: {
    position: 'absolute',
    insetInlineEnd: 0,
    top: 'calc(100% + 4px)',
    zIndex: 3,
    display: 'grid',
    gap: 8,
    minWidth: '13rem',
    padding: '8px 12px',
    background: color.surface,
    border: `1px solid ${color.grid}`,
    borderRadius: 6,
    boxShadow: '0 4px 12px rgb(0 0 0 / 0.12)',
  },
  fieldset: { border: 0, margin: 0, padding: 0, display: 'grid', gap: 4 },
  legend: { padding: 0, marginBottom: 2, fontSize: font.tick, fontWeight: 600, color: color.muted },
  check: { display: 'flex', alignItems: 'center', gap: 6, color: color.text },
} satisfies Record<string, CSSProperties>;

/**
 * The table's controls: what the rows are, grouping, the filter, the column menu (metrics
 * and models, as native checkboxes in a disclosure) and CSV export. Native elements only, so
 * every control has its keyboard behaviour and accessible name for free.
 */
export function Toolbar(props: ToolbarProps): ReactNode {
  const { labels, columns, visibility, onVisibility, idPrefix } = props;
  const metrics = [...new Set(columns.map((c) => c.metric))];
  const modelCount = props.modelLabels.length;
  const metricOn = (metric: AttributionMetric) =>
    columns.some((c) => c.metric === metric && visibility[c.id] !== false);
  const modelOn = (k: number) =>
    columns.some((c) => c.model === k && c.metric !== 'cost' && visibility[c.id] !== false);
  const set = (test: (c: MetricColumn) => boolean, on: boolean) => {
    const next = { ...visibility };
    for (const c of columns) if (test(c)) next[c.id] = on;
    onVisibility(next);
  };
  // A model comes back with the metrics the other models show (revenue at least).
  const showModel = (k: number, on: boolean) => {
    const next = { ...visibility };
    for (const c of columns) {
      if (c.model !== k || c.metric === 'cost') continue;
      next[c.id] = on && (c.metric === 'value' || metricOn(c.metric));
    }
    onVisibility(next);
  };
  return (
    <div style={styles.bar}>
      <label style={styles.field}>
        {labels.rowsLabel}
        <select
          value={props.dimension}
          onChange={(e) => props.onDimension(e.currentTarget.value as AttributionDimension)}
          style={control}
        >
          {props.dimensions.map((d) => (
            <option key={d} value={d}>
              {labels.dimensions[d]}
            </option>
          ))}
        </select>
      </label>
      {props.dimension === 'campaign' ? (
        <label style={styles.check}>
          <input
            type="checkbox"
            checked={props.grouped}
            onChange={(e) => props.onGrouped(e.currentTarget.checked)}
          />
          {labels.groupByChannel}
        </label>
      ) : null}
      <input
        type="search"
        aria-label={labels.search}
        placeholder={labels.searchPlaceholder}
        value={props.query}
        onChange={(e) => props.onQuery(e.currentTarget.value)}
        style={styles.search}
      />
      <span style={styles.spacer} />
      <details style={styles.menu}>
        <summary style={styles.summary}>
          {labels.columns}
          <span aria-hidden="true">▾</span>
        </summary>
        <div style={styles.popover}>
          <fieldset style={styles.fieldset}>
            <legend style={styles.legend}>{labels.metricsLegend}</legend>
            {metrics.map((metric) => (
              <label key={metric} style={styles.check} title={labels.metricHelp[metric]}>
                <input
                  type="checkbox"
                  checked={metricOn(metric)}
                  onChange={(e) =>
                    set(
                      (c) => c.metric === metric && (metric === 'cost' || modelOn(c.model)),
                      e.currentTarget.checked,
                    )
                  }
                />
                {labels.metrics[metric]}
              </label>
            ))}
          </fieldset>
          {modelCount > 1 ? (
            <fieldset style={styles.fieldset}>
              <legend style={styles.legend}>{labels.modelsLegend}</legend>
              {props.modelLabels.map((label, k) => (
                <label key={`${idPrefix}-${label}`} style={styles.check}>
                  <input
                    type="checkbox"
                    checked={modelOn(k)}
                    onChange={(e) => showModel(k, e.currentTarget.checked)}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
          ) : null}
        </div>
      </details>
      <button type="button" onClick={props.onExport} style={styles.button}>
        {labels.exportCsv}
      </button>
    </div>
  );
}
