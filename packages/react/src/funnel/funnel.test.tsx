import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Funnel } from './funnel';
import { funnelFixture } from './funnel.fixtures';
import { sampleFunnel } from './funnel.sample';
import * as model from './funnel-model';

vi.mock('./funnel-model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./funnel-model')>();
  return { ...actual, funnelPanels: vi.fn(actual.funnelPanels) };
});

afterEach(cleanup);

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const small = () =>
  funnelFixture([
    ['Lead', 1000],
    ['MQL', 420],
    ['SAL', 4],
  ]);

describe('Funnel', () => {
  it('draws each stage with its count, both rates and median time', () => {
    const { container } = render(<Funnel title="Leads" result={small()} />);
    const text = container.textContent ?? '';
    expect(text).toContain('1,000');
    expect(text).toContain('↓ 42% of previous · 42% of start');
    expect(text).toContain('↓ <1% of previous · <1% of start');
    expect(text).toContain('2 days');
    expect(text).toContain('Cohort method');
  });

  it('draws bars to one linear scale with the previous stage behind, non-zero at least 2px', () => {
    const { container } = render(<Funnel title="Leads" result={small()} />);
    const bars = [...container.querySelectorAll<HTMLElement>('[data-stage]')];
    expect(bars.map((bar) => bar.dataset.share)).toEqual(['1.000000', '0.420000', '0.004000']);
    const ghost = bars[2]?.previousElementSibling as HTMLElement;
    expect(ghost.style.width).toBe('42%');
  });

  it('names each stage mark with the tooltip’s facts and walks them with the keyboard', () => {
    render(<Funnel title="Leads" result={small()} />);
    const marks = screen.getAllByRole('img');
    expect(marks[1]?.getAttribute('aria-label')).toBe(
      'MQL: Reached 420, Dropped off 580, Of previous 42.0%, Of start 42.0%; median 3 days · P90 9 days (420 advanced) · 105 still in stage, median age 6 days',
    );
    act(() => marks[0]?.focus());
    fireEvent.keyDown(marks[0] as Element, { key: 'End' });
    expect(document.activeElement).toBe(marks[2]);
    expect(screen.getByRole('tooltip').textContent).toContain('SAL');
    fireEvent.keyDown(marks[2] as Element, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows skipped and moved-back counts and censored records in the tooltip', () => {
    render(<Funnel title="Leads" result={sampleFunnel()} />);
    const mql = screen.getAllByRole('img')[1] as HTMLElement;
    fireEvent.pointerEnter(mql, { clientX: 20, clientY: 20 });
    const tooltip = screen.getByRole('tooltip').textContent ?? '';
    expect(tooltip).toContain('Moved back183');
    expect(tooltip).toContain('197 still in stage');
  });

  it('gives onSelect the stage, group, method and period', () => {
    const onSelect = vi.fn();
    const result = sampleFunnel();
    render(
      <Funnel
        title="Leads"
        result={result}
        groups={['paid_search', 'content']}
        onSelect={onSelect}
      />,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(12);
    fireEvent.keyDown(buttons[7] as Element, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith({
      widget: 'funnel',
      kind: 'stage',
      key: 'group:content:mql',
      label: 'MQL',
      ids: [],
      entity: null,
      detail: {
        stageId: 'mql',
        groupKey: 'content',
        panel: 'Content',
        count: result.groups.find((group) => group.key === 'content')?.stages[1]?.count,
        method: 'cohort',
        period: result.period,
      },
    });
  });

  it('puts two slices side by side on one scale', () => {
    const result = sampleFunnel();
    const { container } = render(
      <Funnel
        title="Leads"
        result={result}
        compare={[{ label: 'Earlier', result: sampleFunnel('earlier') }]}
      />,
    );
    expect(screen.getByRole('group', { name: 'All records' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Earlier' })).toBeTruthy();
    const shares = [...container.querySelectorAll<HTMLElement>('[data-stage="lead"]')].map(
      (bar) => bar.dataset.share,
    );
    // The earlier cohort's 262 leads on the recent cohort's 1,157 scale.
    expect(shares).toEqual(['1.000000', (262 / 1157).toFixed(6)]);
  });

  it('draws the vertical orientation with the same marks', () => {
    const { container } = render(<Funnel title="Leads" orientation="vertical" result={small()} />);
    expect(screen.getAllByRole('img')).toHaveLength(3);
    expect(container.querySelector('svg path')?.getAttribute('d')).toMatch(/^M/);
  });

  it('offers the data table with every figure', () => {
    render(<Funnel title="Leads" result={small()} />);
    const table = screen.getByRole('table', { hidden: true });
    const row = [...(table.querySelectorAll('tbody tr')[1]?.children ?? [])].map(
      (cell) => cell.textContent,
    );
    expect(row).toEqual([
      'MQL',
      '420',
      '580',
      '42.0%',
      '42.0%',
      '3 days',
      '9 days',
      '105',
      '0',
      '0',
    ]);
  });

  it('shows empty (naming the scope), loading and error states', () => {
    const { rerender } = render(
      <Funnel
        title="Leads"
        result={funnelFixture([
          ['Lead', 0],
          ['MQL', 0],
        ])}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('No Lead records entered Jan 1 – Mar 31.');
    rerender(<Funnel title="Leads" status="loading" />);
    expect(screen.getByRole('status').textContent).toBe('Loading the funnel…');
    rerender(<Funnel title="Leads" status="error" errorMessage="CRM down" onRetry={() => {}} />);
    expect(screen.getByRole('status').textContent).toContain('CRM down');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('renders hostile stage names as inert text', () => {
    const { container } = render(
      <Funnel
        title="<img src=x onerror=alert(1)>"
        result={funnelFixture([
          ['<script>alert(1)</script>', 10],
          ['javascript:alert(2)', 5],
        ])}
      />,
    );
    expect(container.querySelector('script, img, a')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('formats for the locale', () => {
    const { container } = render(<Funnel title="Leads" locale="de-DE" result={small()} />);
    expect(plain(container.textContent)).toContain('↓ 42 % of previous · 42 % of start');
    expect(plain(container.textContent)).toContain('1.000');
  });

  it('lays out once for the same slices, even when compare is written inline', () => {
    const spy = vi.mocked(model.funnelPanels);
    const main = small();
    const previous = small();
    const element = (locale: string, label = 'Q1') => (
      <Funnel title="Leads" result={main} compare={[{ label, result: previous }]} locale={locale} />
    );
    const { rerender } = render(element('en-US'));
    const calls = spy.mock.calls.length;
    rerender(element('de-DE'));
    rerender(element('ja-JP'));
    expect(spy.mock.calls.length).toBe(calls);
    rerender(element('ja-JP', 'Q4'));
    expect(spy.mock.calls.length).toBe(calls + 1);
    expect(screen.getByText('Q4')).toBeTruthy();
  });
});
