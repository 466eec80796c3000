import { CHANNEL_LABELS } from '@closedloop/core';
import { type ReactNode, useMemo, useState } from 'react';
import { STEPS } from './compute';
import { Controls } from './controls';
import './dashboard.css';
import { formatCount } from './format';
import {
  type DashboardOptions,
  DEFAULT_OPTIONS,
  LARGE_SCALE,
  PERIODS,
  TEAM_LABELS,
} from './options';
import { AlignmentRegions } from './regions';
import { type Focus, NO_FOCUS } from './regions/focus';
import { useDashboardData } from './use-dashboard-data';

/**
 * The alignment dashboard: what a company would embed in its own tool, computed on the
 * sample dataset in a Web Worker from the controls, every widget in one grid, selections
 * in one widget filtering or opening the others.
 */
export function AlignmentDashboard({
  initialOptions = DEFAULT_OPTIONS,
}: {
  initialOptions?: DashboardOptions;
}): ReactNode {
  const [options, setOptions] = useState(initialOptions);
  const [focus, setFocus] = useState<Focus>(NO_FOCUS);
  const { state, results, openDeal } = useDashboardData(options);
  const labels = useMemo(() => new Map(Object.entries(CHANNEL_LABELS)), []);
  const running = state.phase === 'running';
  return (
    <div className="cl-dash" data-testid="dashboard" data-state={state.phase}>
      <header className="cl-dash-header">
        <h1>Marketing–sales alignment</h1>
        <p className="cl-dash-muted">
          The sample company Brightwave, as of Friday 15 May 2026
          {results
            ? ` · ${formatCount(results.size.people)} people · ${formatCount(results.size.touchpoints)} touchpoints · ${formatCount(results.size.deals)} deals`
            : ''}
          . Goals and the SLA are this quarter's; the other views follow the period.
        </p>
      </header>
      <Controls
        options={options}
        onChange={(next) => {
          setOptions(next);
          setFocus((f) => ({ ...f, dealId: null }));
        }}
      />
      <div className="cl-dash-status" role="status" aria-live="polite">
        {state.phase === 'running' ? (
          <>
            <label htmlFor="cl-dash-progress">
              Computing{options.scale >= LARGE_SCALE ? ' a large sample' : ''} in a Web Worker:{' '}
              {state.step} ({state.index + 1} of {STEPS.length})
            </label>
            <progress id="cl-dash-progress" max={STEPS.length} value={state.index} />
          </>
        ) : state.phase === 'error' ? (
          <span className="cl-dash-error">Could not compute the dashboard: {state.message}</span>
        ) : results ? (
          <span className="cl-dash-muted">
            {PERIODS[results.options.period].label} · {TEAM_LABELS[results.options.team]} ·{' '}
            {results.options.segment === 'all' ? 'All segments' : results.options.segment} ·
            computed in {formatCount(results.timings.reduce((t, s) => t + s.ms, 0))} ms
          </span>
        ) : null}
      </div>
      {focus.channel !== null ? (
        <p className="cl-dash-focus">
          The funnel and campaign revenue show channel{' '}
          <strong>{labels.get(focus.channel) ?? focus.channel}</strong> only.{' '}
          <button type="button" onClick={() => setFocus((f) => ({ ...f, channel: null }))}>
            Clear filter
          </button>
        </p>
      ) : null}
      {results ? (
        <div className="cl-dash-grid" aria-busy={running} data-stale={running || undefined}>
          <AlignmentRegions
            results={results}
            focus={focus}
            onFocus={(patch) => setFocus((f) => ({ ...f, ...patch }))}
            labels={labels}
            openDeal={openDeal}
          />
        </div>
      ) : null}
    </div>
  );
}
