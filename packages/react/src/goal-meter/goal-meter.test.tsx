import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GoalMeter } from './goal-meter';
import { aheadFixture, euroFixture, progressFixture } from './goal-meter.fixtures';
import { sampleGoalReport } from './goal-meter.sample';

afterEach(cleanup);

/** Intl uses no-break spaces (U+00A0, U+202F) in some locales: compare with plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('GoalMeter', () => {
  it('renders the values as text', () => {
    const { container } = render(<GoalMeter title="Q1 revenue" progress={progressFixture()} />);
    const text = container.textContent ?? '';
    expect(text).toContain('34%');
    expect(text).toContain('$412,500 of $1,200,000');
    expect(text).toContain('Expected by Feb 15');
    expect(text).toContain('$600,000');
  });

  it('is a meter named by its title and described by its description', () => {
    render(
      <GoalMeter
        title="Q1 revenue"
        description="Closed-won revenue, all regions"
        progress={progressFixture()}
      />,
    );
    const meter = screen.getByRole('meter', { name: 'Q1 revenue' });
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('1200000');
    expect(meter.getAttribute('aria-valuenow')).toBe('412500');
    expect(meter.getAttribute('aria-valuetext')).toBe(
      '$412,500 of $1,200,000 (34%), expected $600,000 by Feb 15',
    );
    const describedBy = meter.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe(
      'Closed-won revenue, all regions',
    );
  });

  it('offers the facts in a data table', () => {
    render(<GoalMeter title="Q1 revenue" progress={progressFixture()} />);
    const table = screen.getByRole('table', { hidden: true });
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Actual', '$412,500', '34%'],
      ['Expected by Feb 15', '$600,000', '50.0%'],
      ['Target', '$1,200,000', '100.0%'],
      ['Run-rate forecast', '$825,000', '68.8%'],
      ['Required per day', '$17,500', ''],
    ]);
  });

  it('draws the actual, expected, target and run-rate to scale', () => {
    const { container } = render(<GoalMeter title="Q1 revenue" progress={progressFixture()} />);
    const fill = screen.getByRole('group', { name: 'Contribution by team' });
    // 412 500 / 1 200 000
    expect(fill.style.width).toBe('34.375%');
    const at = (kind: string) =>
      container.querySelector(`[data-marker="${kind}"]`)?.getAttribute('data-at');
    expect(at('expected')).toBe('0.500000');
    expect(at('target')).toBe('1.000000');
    expect(at('run-rate')).toBe('0.687500');
    expect(container.querySelector('[data-marker="pipeline"]')).toBeNull();
  });

  it('extends the scale past the target when the actual overshoots it', () => {
    render(
      <GoalMeter
        title="Q1"
        progress={progressFixture({ actual: '1500000.00', attainment: 1.25 })}
      />,
    );
    const meter = screen.getByRole('meter');
    expect(meter.getAttribute('aria-valuemax')).toBe('1500000');
    expect(meter.getAttribute('aria-valuetext')).toContain('(125%)');
  });

  it('formats for the locale: de-DE with EUR', () => {
    render(<GoalMeter title="Umsatzziel Q1" locale="de-DE" progress={euroFixture()} />);
    const meter = screen.getByRole('meter');
    // Whole euros; 301 234.50 rounds half-even to 301 234.
    expect(plain(meter.getAttribute('aria-valuetext'))).toBe(
      '301.234 € of 950.000 € (32 %), expected 475.000 € by 15. Feb.',
    );
  });

  it('takes a custom formatter and labels', () => {
    render(
      <GoalMeter
        title="Deals won"
        progress={aheadFixture()}
        formatValue={(value) => `${Math.round(Number(value) / 1000)}k`}
        labels={{ valueText: ({ actual, target }) => `${actual} von ${target}` }}
      />,
    );
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toBe('780k von 1200k');
  });

  it('formats count goals as plain numbers', () => {
    render(
      <GoalMeter
        title="Deals won"
        progress={progressFixture({
          metric: 'deals_won',
          currency: null,
          target: '40',
          actual: '7',
          attainment: 0.175,
          expectedToDate: '12.5',
        })}
      />,
    );
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toBe(
      '7 of 40 (18%), expected 12.5 by Feb 15',
    );
  });

  it('says how many records were not counted because of data problems', () => {
    const { container, rerender } = render(<GoalMeter title="Q1" progress={progressFixture()} />);
    expect(container.textContent).not.toContain('not counted');
    rerender(
      <GoalMeter
        title="Q1"
        progress={progressFixture({
          quality: [
            { code: 'deal_missing_currency', count: 1, ids: ['d9'] },
            { code: 'deal_missing_amount', count: 2, ids: ['d7', 'd8'] },
          ],
        })}
      />,
    );
    expect(container.textContent).toContain('3 records were not counted because of missing data.');
  });

  it.each([
    ['loading', 'Loading goal progress…'],
    ['empty', 'No data for this goal yet.'],
    ['error', 'Goal progress could not be loaded.'],
  ] as const)('shows the %s state as a status message', (status, message) => {
    const { container } = render(<GoalMeter title="Q1 revenue" status={status} />);
    expect(screen.getByRole('status').textContent).toBe(message);
    expect(screen.queryByRole('meter')).toBeNull();
    expect(container.querySelector('[data-status]')?.getAttribute('data-status')).toBe(status);
    expect(screen.getByText('Q1 revenue')).toBeTruthy();
  });

  it('marks the loading state busy and shows a given error message', () => {
    const { container, rerender } = render(<GoalMeter title="Q1" status="loading" />);
    expect(container.firstElementChild?.getAttribute('aria-busy')).toBe('true');
    rerender(<GoalMeter title="Q1" status="error" errorMessage="CRM sync failed (401)" />);
    expect(screen.getByRole('status').textContent).toBe('CRM sync failed (401)');
  });

  it('shows the empty state when ready without progress', () => {
    render(<GoalMeter title="Q1 revenue" />);
    expect(screen.getByRole('status').textContent).toBe('No data for this goal yet.');
  });

  it('renders hostile strings as inert text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const { container } = render(
      <GoalMeter
        title={hostile}
        description={hostile}
        status="ready"
        progress={progressFixture()}
      />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('meter', { name: hostile })).toBeTruthy();
    expect(container.textContent).toContain(hostile);
    render(<GoalMeter title="x" status="error" errorMessage={hostile} />);
    expect(document.querySelector('script')).toBeNull();
  });

  it('uses stable, unique ids per instance', () => {
    const { container } = render(
      <>
        <GoalMeter title="A" description="first" progress={progressFixture()} />
        <GoalMeter title="B" description="second" progress={progressFixture()} />
      </>,
    );
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.getByRole('meter', { name: 'B' })).toBeTruthy();
  });

  it('splits the actual into team segments that sum to it, each a focusable mark', () => {
    const report = sampleGoalReport('revenue');
    render(<GoalMeter title="Revenue" progress={report} />);
    const segments = screen.getAllByRole('img');
    expect(segments.map((segment) => segment.getAttribute('aria-label'))).toEqual([
      'Marketing: $213,291 (82.9%)',
      'SDR: $44,100 (17.1%)',
    ]);
    const sum = report.contributions.teams.reduce((total, team) => total + Number(team.actual), 0);
    expect(sum).toBeCloseTo(Number(report.actual), 2);
    expect(segments.map((segment) => segment.getAttribute('tabindex'))).toEqual(['0', '-1']);
  });

  it('shows status as glyph and word with its thresholds, and both forecasts', () => {
    const report = sampleGoalReport('revenue');
    const { container } = render(<GoalMeter title="Revenue" progress={report} />);
    const chip = container.querySelector('[data-tone="behind"]');
    expect(chip?.textContent).toBe('▼Behind');
    expect(container.textContent).toContain(
      'Status from pacing 40%: ahead ≥ 110%, on track ≥ 95%, at risk ≥ 80%, behind below.',
    );
    expect(container.textContent).toContain('29 pts under pace');
    expect(container.textContent).toContain('day 45 of 91');
    expect(container.querySelector('[data-marker="pipeline"]')).toBeTruthy();
    expect(container.textContent).toContain('Pipeline forecast$1,290,657');
  });

  it('opens the same tooltip from the keyboard as from the pointer, and Escape closes it', () => {
    render(<GoalMeter title="Revenue" progress={sampleGoalReport('revenue')} />);
    const [marketing, sdr] = screen.getAllByRole('img');
    act(() => marketing?.focus());
    expect(screen.getByRole('tooltip').textContent).toBe(
      'MarketingActual$213,291Share82.9%18 records'.replace(
        '18',
        String(sampleGoalReport('revenue').contributions.teams[0]?.count),
      ),
    );
    fireEvent.keyDown(marketing as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(sdr);
    expect(screen.getByRole('tooltip').textContent).toContain('SDR');
    fireEvent.keyDown(sdr as Element, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.pointerEnter(marketing as Element, { clientX: 10, clientY: 10 });
    expect(screen.getByRole('tooltip').textContent).toContain('Marketing');
  });

  it('gives onSelect the ids behind the actual, and the team behind a segment', () => {
    const onSelect = vi.fn();
    const { rerender } = render(
      <GoalMeter title="Q1" progress={progressFixture()} onSelect={onSelect} />,
    );
    fireEvent.click(screen.getByRole('button'));
    expect(onSelect).toHaveBeenLastCalledWith({
      widget: 'goal-meter',
      kind: 'actual',
      key: 'actual',
      label: 'Actual',
      ids: ['d1', 'd2', 'd3'],
      entity: 'deal',
      detail: { team: null, amount: '412500.00', count: 3 },
    });
    const report = sampleGoalReport('revenue');
    rerender(<GoalMeter title="Q1" progress={report} onSelect={onSelect} />);
    fireEvent.keyDown(screen.getAllByRole('button')[1] as Element, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith(
      expect.objectContaining({
        kind: 'team',
        key: 'sdr',
        label: 'SDR',
        detail: expect.objectContaining({ team: 'sdr', amount: '44100.00' }),
      }),
    );
  });

  it('draws the radial variant as a meter with the hero percent and arcs per team', () => {
    const { container } = render(
      <GoalMeter title="Revenue" variant="radial" progress={sampleGoalReport('revenue')} />,
    );
    expect(screen.getByRole('meter', { name: 'Revenue' })).toBeTruthy();
    expect(container.textContent).toContain('20%of $1.3M');
    expect(container.querySelectorAll('path[data-segment]')).toHaveLength(2);
  });

  it('says how far over target a radial meter is', () => {
    const { container } = render(
      <GoalMeter
        title="Q1"
        variant="radial"
        progress={progressFixture({ actual: '1500000.00', attainment: 1.25 })}
      />,
    );
    expect(container.textContent).toContain('125%of $1.2M+25%');
  });

  it('draws the KPI variant compact, without a table or tooltip marks', () => {
    const { container } = render(
      <GoalMeter title="Revenue" variant="kpi" progress={sampleGoalReport('revenue')} />,
    );
    expect(screen.getByRole('meter', { name: 'Revenue' })).toBeTruthy();
    expect(container.textContent).toContain('$257Kof $1.3M · 20%');
    expect(container.textContent).toContain('▼ Behind·29 pts under pace·day 45 of 91');
    expect(screen.queryByRole('table', { hidden: true })).toBeNull();
    expect(screen.queryAllByRole('img')).toHaveLength(0);
  });

  it('formats the radial and KPI in another locale and currency', () => {
    const { container } = render(
      <GoalMeter title="Ziel" variant="kpi" locale="de-DE" progress={euroFixture()} />,
    );
    expect(plain(container.textContent)).toContain('301.235 €von 950.000 €'.replace('von', 'of'));
  });

  it('mirrors the ring right to left', () => {
    const { container } = render(
      <GoalMeter
        title="هدف"
        variant="radial"
        dir="rtl"
        locale="ar-EG"
        progress={progressFixture()}
      />,
    );
    expect(container.firstElementChild?.getAttribute('dir')).toBe('rtl');
    expect(container.querySelector('g')?.getAttribute('transform')).toBe(
      'translate(160 0) scale(-1 1)',
    );
    expect(container.textContent).toContain('٣٤');
  });
});
