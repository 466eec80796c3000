import { evaluateSla } from '@closedloop/core';
import { generateSampleDataset, SAMPLE_AS_OF } from '@closedloop/core/sample';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleSla } from '../response-times/response-times.fixtures';
import { SlaScorecard } from './sla-scorecard';

afterEach(cleanup);

const dataset = generateSampleDataset({ scale: 0.5 });
const evaluation = evaluateSla(dataset, sampleSla(), { asOf: SAMPLE_AS_OF });

describe('SlaScorecard', () => {
  it('puts both sides on one card with a status in words and the thresholds stated', () => {
    render(<SlaScorecard title="SLA" evaluation={evaluation} />);
    const marketing = screen.getByRole('region', { name: 'Marketing commits' });
    const mqls = within(marketing).getByRole('img', { name: /^MQLs delivered / });
    expect(mqls.getAttribute('aria-label')).toContain(`${evaluation.marketing.actual} of 180`);
    const sales = screen.getByRole('region', { name: 'Sales commits' });
    const touch = within(sales).getByRole('img', {
      name: /^First touch within 4 hr of assignment /,
    });
    const { met, eligible } = evaluation.sales.firstTouch;
    expect(touch.getAttribute('aria-label')).toContain(`${met} of ${eligible} met`);
    expect(
      within(sales).getByRole('img', { name: /^At least 3 attempts in 5 business days / }),
    ).toBeTruthy();
    expect(
      screen.getByText(/^Marketing is on track at 100% of pace or more \(at risk from 90%\)/),
    ).toBeTruthy();
  });

  it('lists the breaches worst first, five then all, sortable with aria-sort', () => {
    render(<SlaScorecard title="SLA" evaluation={evaluation} />);
    const table = screen.getByRole('table');
    const late = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.lastElementChild?.textContent ?? '');
    expect(late()).toHaveLength(Math.min(5, evaluation.breaches.length));
    const worst = [...evaluation.breaches].sort(
      (a, b) => b.overdueBusinessMinutes - a.overdueBusinessMinutes,
    )[0];
    expect(within(table).getAllByRole('rowheader')[0]?.textContent).toBe(
      worst?.leadId ?? worst?.personId,
    );
    fireEvent.click(screen.getByRole('button', { name: `Show all ${evaluation.breaches.length}` }));
    expect(late()).toHaveLength(evaluation.breaches.length);
    const header = screen.getByRole('columnheader', { name: /How late/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    const owner = screen.getByRole('columnheader', { name: /Owner/ });
    fireEvent.click(within(owner).getByRole('button'));
    expect(owner.getAttribute('aria-sort')).toBe('descending');
    expect(header.getAttribute('aria-sort')).toBe('none');
  });

  it('folds the breach and its clock start under the lead on a narrow card', () => {
    render(<SlaScorecard title="SLA" evaluation={evaluation} width={360} />);
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Lead', 'Owner', expect.stringMatching(/^How late/)]);
    const worst = [...evaluation.breaches].sort(
      (a, b) => b.overdueBusinessMinutes - a.overdueBusinessMinutes,
    )[0];
    const lead = within(table).getAllByRole('rowheader')[0]?.textContent ?? '';
    expect(lead.startsWith(worst?.leadId ?? worst?.personId ?? '?')).toBe(true);
    expect(lead).toMatch(worst?.kind === 'too_few_attempts' ? /attempts/i : /touch/i);
    expect(lead).toMatch(/(Jan|Feb|Mar|Apr|May|Jun) \d+, \d+:\d\d/);
  });

  it('hands the breaches behind a sales row, a breach and an owner to onSelect', () => {
    const onSelect = vi.fn();
    render(<SlaScorecard title="SLA" evaluation={evaluation} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: /^First touch within/ }));
    const row = onSelect.mock.calls[0]?.[0];
    const firstTouch = evaluation.breaches.filter((b) => b.kind !== 'too_few_attempts');
    expect(firstTouch.length).toBeGreaterThan(0);
    expect(row).toMatchObject({ widget: 'sla-scorecard', kind: 'first-touch', entity: 'episode' });
    expect(row.ids).toEqual(firstTouch.map((b) => b.episodeId));
    const ownerButton = screen.getAllByRole('button', { name: /^Breaches of / })[0] as HTMLElement;
    fireEvent.click(ownerButton);
    const owner = onSelect.mock.calls[1]?.[0];
    const theirs = evaluation.breaches.filter((b) => (b.ownerId ?? '') === owner.key);
    expect(owner).toMatchObject({ kind: 'owner', entity: 'episode' });
    expect(owner.ids).toEqual(theirs.map((b) => b.episodeId));
    expect(ownerButton.getAttribute('aria-label')).toContain(`(${theirs.length})`);
  });

  it('moves between rows with the keyboard, the tooltip giving numerator, denominator and window', () => {
    render(<SlaScorecard title="SLA" evaluation={evaluation} />);
    const first = screen.getByRole('img', { name: /^MQLs delivered/ });
    act(() => first.focus());
    const tip = screen.getByRole('tooltip').textContent ?? '';
    expect(tip).toContain('Delivered');
    expect(tip).toContain('Committed');
    expect(tip).toContain('Apr 1–Jun 30');
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^First touch/);
  });

  it('shows the states, hostile record names as text, and money in the locale', () => {
    const { rerender, container } = render(
      <SlaScorecard title="SLA" status="error" onRetry={() => {}} />,
    );
    expect(screen.getByRole('status').textContent).toContain('could not be loaded');
    rerender(<SlaScorecard title="SLA" />);
    expect(screen.getByRole('status').textContent).toContain('No data');
    const euro = evaluateSla(
      dataset,
      {
        ...sampleSla(),
        marketing: {
          metric: 'sourced_pipeline',
          target: '2500000',
          currency: 'EUR',
          per: 'quarter',
        },
      },
      { asOf: SAMPLE_AS_OF, exchangeRates: { USD: '0.92', EUR: '1', GBP: '1.17' } },
    );
    rerender(
      <SlaScorecard
        title="SLA"
        evaluation={euro}
        locale="de-DE"
        recordLabel={() => '<img src=x onerror=alert(1)>'}
      />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    const pipeline = screen.getByRole('img', { name: /^Sourced pipeline / });
    expect(pipeline.getAttribute('aria-label')?.replace(/\s/g, ' ')).toMatch(/of 2,5 Mio\. €/);
  });

  it('hydrates the server HTML without mismatch warnings', async () => {
    const element = <SlaScorecard title="SLA" evaluation={evaluation} onSelect={() => {}} />;
    const host = document.createElement('div');
    host.innerHTML = renderToString(element);
    document.body.append(host);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => {
      hydrateRoot(host, element);
    });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    host.remove();
  });
});
