import { UNATTRIBUTED_ROW } from '@closedloop/core';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { comparisonEvidence } from './comparison-rows';
import { ModelComparison } from './model-comparison';
import { sampleComparison } from './model-comparison.fixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const comparison = sampleComparison({ scale: 0.3, models: ['first-touch', 'linear', 'w-shaped'] });

describe('ModelComparison', () => {
  it('is a group named by its title, with a dot per channel and model', () => {
    render(<ModelComparison title="Models" description="Won deals" comparison={comparison} />);
    const group = screen.getByRole('group', { name: 'Models' });
    const dots = within(group).getAllByRole('img');
    expect(dots).toHaveLength(comparison.channels.length * comparison.models.length);
    // One tab stop: only the first dot is in the tab order.
    expect(dots.filter((d) => d.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('names each dot with its value, share and delta, and the reason in words', () => {
    render(<ModelComparison title="Models" comparison={comparison} />);
    const row = comparison.channels[0];
    const delta = comparison.deltas.find(
      (d) => d.channel === row?.channel && d.model === 'W-shaped',
    );
    const name = screen
      .getAllByRole('img')
      .map((d) => plain(d.getAttribute('aria-label')))
      .find((n) => n.includes(', W-shaped: ') && n.startsWith('Content'));
    expect(name).toBeDefined();
    if (delta) {
      expect(name).toMatch(/versus First touch/);
      expect(name).toMatch(/Mostly the /);
    }
  });

  it('walks the dots with the arrow keys and shows the same facts in a tooltip; Escape closes it', () => {
    render(<ModelComparison title="Models" comparison={comparison} />);
    const dots = screen.getAllByRole('img');
    act(() => (dots[0] as HTMLElement).focus());
    expect(screen.getByRole('tooltip').textContent).toContain('First touch');
    fireEvent.keyDown(dots[0] as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(dots[1]);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('Linear');
    expect(tip.textContent).toMatch(/Change vs First touch/);
    expect(dots[1]?.getAttribute('aria-describedby')).toBe(tip.id);
    fireEvent.keyDown(dots[1] as HTMLElement, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.keyDown(dots[1] as HTMLElement, { key: 'End' });
    expect(document.activeElement).toBe(dots.at(-1));
  });

  it('hands onSelect the deals and touches behind a dot', () => {
    const onSelect = vi.fn();
    render(<ModelComparison title="Models" comparison={comparison} onSelect={onSelect} />);
    const dots = screen.getAllByRole('button', { name: /, Linear: / });
    fireEvent.click(dots[0] as HTMLElement);
    const channel = comparison.channels[0]?.channel ?? '';
    const evidence = comparisonEvidence(comparison, channel, 1, UNATTRIBUTED_ROW);
    expect(onSelect).toHaveBeenCalledWith({
      widget: 'model-comparison',
      kind: 'dot',
      key: `${channel}|1`,
      label: expect.stringContaining('Linear'),
      ids: evidence.dealIds,
      entity: 'deal',
      detail: expect.objectContaining({ channel, model: 1, touchIds: evidence.touchIds }),
    });
    expect(evidence.dealIds.length).toBeGreaterThan(0);
    fireEvent.keyDown(dots[0] as HTMLElement, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('switches the delta column to the model picked in the legend', () => {
    render(<ModelComparison title="Models" comparison={comparison} />);
    const linear = screen.getByRole('button', { name: 'Linear' });
    const wShaped = screen.getByRole('button', { name: 'W-shaped' });
    expect(linear.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(wShaped);
    expect(wShaped.getAttribute('aria-pressed')).toBe('true');
    expect(linear.getAttribute('aria-pressed')).toBe('false');
    expect(document.querySelector('[data-cl-live]')?.textContent).toBe('W-shaped vs First touch');
  });

  it('offers a data table with every exact value, and totals that reconcile', () => {
    render(<ModelComparison title="Models" comparison={comparison} showData />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(comparison.channels.length + 2);
    const first = comparison.channels[0];
    const firstCells = within(rows[1] as HTMLElement).getAllByRole('cell');
    expect(plain(firstCells[0]?.textContent)).toContain(
      `$${Number(first?.values[0]).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    );
    const total = within(rows.at(-1) as HTMLElement).getAllByRole('cell');
    expect(plain(total[0]?.textContent)).toBe(
      `$${Number(comparison.total).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    );
  });

  it('says when a model does not add up (participation)', () => {
    const withParticipation = sampleComparison({ scale: 0.3, models: ['linear', 'participation'] });
    render(<ModelComparison title="Models" comparison={withParticipation} />);
    expect(screen.getByText(/Participation: credits do not add up/)).toBeTruthy();
  });

  it('shows loading, empty and error states as status messages', () => {
    const { rerender } = render(<ModelComparison title="Models" status="loading" />);
    expect(screen.getByRole('status').textContent).toBe('Loading the model comparison…');
    rerender(<ModelComparison title="Models" />);
    expect(screen.getByRole('status').textContent).toBe('No converted deals to compare models on.');
    const retry = vi.fn();
    rerender(
      <ModelComparison title="Models" status="error" errorMessage="Sync failed" onRetry={retry} />,
    );
    expect(screen.getByRole('status').textContent).toContain('Sync failed');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalled();
  });

  it('renders hostile model labels as inert text', () => {
    const hostile = sampleComparison({
      scale: 0.3,
      models: ['first-touch', { model: 'linear', label: '<img src=x onerror=alert(1)>' }],
    });
    const { container } = render(
      <ModelComparison title="<script>alert(1)</script>" comparison={hostile} />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('formats in the locale and currency of the comparison', () => {
    const euros = sampleComparison({
      scale: 0.3,
      models: ['first-touch', 'linear'],
      currency: 'EUR',
    });
    render(<ModelComparison title="Modelle" comparison={euros} locale="de-DE" showData />);
    const total = within(screen.getByRole('table')).getAllByRole('row').at(-1) as HTMLElement;
    const expected = new Intl.NumberFormat('de-DE', {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
    }).format(Number(euros.total));
    expect(plain(within(total).getAllByRole('cell')[0]?.textContent)).toBe(plain(expected));
  });

  it('hydrates the server render without a mismatch', async () => {
    const element = <ModelComparison title="Models" comparison={comparison} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
  });
});
