import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GoalMeter } from './goal-meter';
import { euroFixture, progressFixture } from './goal-meter.fixtures';
import { sampleGoalReport } from './goal-meter.sample';

describe('GoalMeter on the server', () => {
  it('runs without DOM globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders the numbers, ARIA and SVG to a string', () => {
    const html = renderToString(<GoalMeter title="Q1 revenue" progress={progressFixture()} />);
    expect(html).toContain('role="meter"');
    expect(html).toContain('aria-valuenow="412500"');
    expect(html).toContain('aria-valuemax="1200000"');
    expect(html).toContain('$412,500 of $1,200,000 (34%), expected $600,000 by Feb 15');
    expect(html).toContain('$1,200,000');
    expect(html).toContain('data-marker="target"');
    expect(html).toContain('Show data');
  });

  it('renders a locale and escapes hostile titles', () => {
    const html = renderToString(
      <GoalMeter title="<script>alert(1)</script>" locale="de-DE" progress={euroFixture()} />,
    );
    expect(html.replace(/[\u00a0\u202f]/g, ' ')).toContain('301.234 € of 950.000 €');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('renders each state', () => {
    for (const status of ['loading', 'empty', 'error'] as const) {
      const html = renderToString(<GoalMeter title="Q1" status={status} />);
      expect(html).toContain('role="status"');
      expect(html).toContain(`data-status="${status}"`);
    }
  });

  it('renders every variant, with the report’s status, segments and forecasts', () => {
    const report = sampleGoalReport('revenue');
    for (const variant of ['bar', 'radial', 'kpi'] as const) {
      const html = renderToString(
        <GoalMeter title="Revenue" variant={variant} progress={report} />,
      );
      expect(html).toContain('role="meter"');
      expect(html).toContain('Behind');
      expect(html).not.toContain('role="tooltip"');
    }
    const radial = renderToString(<GoalMeter title="Revenue" variant="radial" progress={report} />);
    expect(radial).toContain('data-segment="marketing"');
    expect(radial).toContain('data-marker="pipeline"');
  });
});
