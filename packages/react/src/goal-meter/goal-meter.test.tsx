import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GoalMeter } from './goal-meter';
import { aheadFixture, euroFixture, progressFixture } from './goal-meter.fixtures';

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

  it('hides the SVG from assistive technology and offers a data table', () => {
    const { container } = render(<GoalMeter title="Q1 revenue" progress={progressFixture()} />);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    const table = screen.getByRole('table', { hidden: true });
    const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Actual', '$412,500'],
      ['Expected by Feb 15', '$600,000'],
      ['Target', '$1,200,000'],
    ]);
  });

  it('draws the actual bar, expected marker and target marker to scale', () => {
    const { container } = render(<GoalMeter title="Q1 revenue" progress={progressFixture()} />);
    const bar = container.querySelectorAll('rect')[1];
    // 412 500 / 1 200 000 × 300 viewBox units = 103.125
    expect(Number(bar?.getAttribute('width'))).toBeCloseTo(103.125, 6);
    const [expected, target] = container.querySelectorAll('line');
    expect(Number(expected?.getAttribute('x1'))).toBeCloseTo(150, 6);
    // The target sits at the right edge, pulled in by one unit so its stroke is not clipped.
    expect(Number(target?.getAttribute('x1'))).toBeCloseTo(299, 6);
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
});
