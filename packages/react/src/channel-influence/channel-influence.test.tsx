import { attributePaths } from '@closedloop/core';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChannelInfluence } from './channel-influence';
import { pathFit, sampleDataDriven, THREE_PATHS, widePaths } from './channel-influence.fixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const fit = pathFit(widePaths(), 'markov', 100);
const bars = () => within(screen.getByRole('group', { name: 'Influence' }));

describe('ChannelInfluence', () => {
  it('draws a bar per channel, named with its share, interval and removal effect', () => {
    render(<ChannelInfluence title="Influence" result={fit} />);
    const marks = bars().getAllByRole('img');
    expect(marks).toHaveLength(fit.channels.length);
    const top = [...fit.channels].sort((a, b) => b.conversions - a.conversions)[0];
    const name = plain(marks[0]?.getAttribute('aria-label'));
    const share = (top?.conversions ?? 0) / fit.totals.conversions;
    expect(name).toContain(`${(share * 100).toFixed(1)}%`);
    expect(name).toMatch(/95% CI \d+\.\d%–\d+\.\d%/);
    expect(name).toContain(
      `Removal effect ${(Math.round((top?.removalEffect ?? 0) * 100) / 100).toString()}`,
    );
  });

  it('walks the bars with the keyboard; the tooltip shows the interval; Escape closes it', () => {
    render(<ChannelInfluence title="Influence" result={fit} />);
    const marks = bars().getAllByRole('img');
    act(() => (marks[0] as HTMLElement).focus());
    fireEvent.keyDown(marks[0] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(marks[1]);
    expect(screen.getByRole('tooltip').textContent).toMatch(/95% CI/);
    fireEvent.keyDown(marks[1] as HTMLElement, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('hatches bars whose interval reaches zero or that rest on few conversions', () => {
    const { container } = render(
      <ChannelInfluence title="Influence" result={fit} minChannelConversions={50} />,
    );
    const hatched = [...container.querySelectorAll('rect')].filter((r) =>
      (r.getAttribute('style') ?? '').includes('url('),
    );
    const few = fit.channels.filter((c) => c.conversions < 50).length;
    expect(hatched).toHaveLength(few);
    expect(few).toBeGreaterThan(0);
  });

  it('says the sample-size warning in words', () => {
    render(<ChannelInfluence title="Influence" result={pathFit(THREE_PATHS)} />);
    expect(screen.getByText(/Only 1 conversions \(fewer than 100\)/)).toBeTruthy();
  });

  it('says when there are no intervals', () => {
    render(
      <ChannelInfluence
        title="Influence"
        result={attributePaths(widePaths(), { model: 'markov' })}
      />,
    );
    expect(screen.getByText(/No bootstrap intervals/)).toBeTruthy();
  });

  it('draws the transition heatmap, lighting the row and column of the focused cell', () => {
    render(<ChannelInfluence title="Influence" result={fit} />);
    const heatmap = within(screen.getByRole('group', { name: 'Transition probabilities' }));
    const cells = heatmap.getAllByRole('img');
    expect(cells).toHaveLength(fit.markov?.transitions.length ?? -1);
    const start = cells.find((c) => /^Start to /.test(c.getAttribute('aria-label') ?? ''));
    expect(start).toBeDefined();
    act(() => (start as HTMLElement).focus());
    const dimmed = cells.filter((c) => (c.getAttribute('style') ?? '').includes('opacity: 0.35'));
    expect(dimmed.length).toBeGreaterThan(0);
    expect(dimmed.every((c) => !/^Start to /.test(c.getAttribute('aria-label') ?? ''))).toBe(true);
  });

  it('hands onSelect the deals crediting a channel (attribute result) or the transition', () => {
    const onSelect = vi.fn();
    const result = sampleDataDriven({ scale: 0.5, samples: 20 });
    render(<ChannelInfluence title="Influence" result={result} onSelect={onSelect} />);
    const first = bars().getAllByRole('button')[0] as HTMLElement;
    fireEvent.click(first);
    const selection = onSelect.mock.calls[0]?.[0];
    expect(selection).toMatchObject({
      widget: 'channel-influence',
      kind: 'channel',
      entity: 'deal',
    });
    const expected = result.deals
      .filter((d) => d.credits.some((c) => c.channel === selection.key && c.weight > 0))
      .map((d) => d.dealId);
    expect(selection.ids).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    const cell = within(
      screen.getByRole('group', { name: 'Transition probabilities' }),
    ).getAllByRole('button')[0];
    fireEvent.click(cell as HTMLElement);
    expect(onSelect.mock.calls[1]?.[0]).toMatchObject({
      kind: 'transition',
      ids: [],
      entity: null,
    });
  });

  it('draws Shapley values without a heatmap', () => {
    render(<ChannelInfluence title="Influence" result={pathFit(widePaths(), 'shapley', 50)} />);
    expect(screen.queryByRole('group', { name: 'Transition probabilities' })).toBeNull();
    expect(plain(bars().getAllByRole('img')[0]?.getAttribute('aria-label'))).toContain(
      'Shapley value',
    );
  });

  it('shows loading, empty and error states', () => {
    const { rerender } = render(<ChannelInfluence title="Influence" status="loading" />);
    expect(screen.getByRole('status').textContent).toBe('Loading the channel influence…');
    rerender(<ChannelInfluence title="Influence" />);
    expect(screen.getByRole('status').textContent).toBe(
      'No journeys to fit a data-driven model on.',
    );
    rerender(<ChannelInfluence title="Influence" status="error" />);
    expect(screen.getByRole('status').textContent).toContain('could not be loaded');
  });

  it('renders hostile channel names as inert text', () => {
    const hostile = pathFit(
      [
        { path: ['<img src=x onerror=alert(1)>', 'email'], conversions: 5, value: 500, nulls: 5 },
        { path: ['email'], conversions: 2, value: 100, nulls: 9 },
      ],
      'markov',
      20,
    );
    const { container } = render(<ChannelInfluence title="Influence" result={hostile} showData />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('formats value in the locale and currency', () => {
    render(
      <ChannelInfluence
        title="Influence"
        result={fit}
        measure="value"
        locale="ja-JP"
        currency="JPY"
        showData
      />,
    );
    const top = [...fit.channels].sort((a, b) => b.value - a.value)[0];
    const expected = new Intl.NumberFormat('ja-JP', {
      style: 'currency',
      currency: 'JPY',
      maximumFractionDigits: 0,
    }).format(top?.value ?? 0);
    const table = screen.getAllByRole('table')[0] as HTMLElement;
    expect(plain(table.textContent)).toContain(plain(expected));
  });

  it('hydrates the server render without a mismatch', async () => {
    const element = <ChannelInfluence title="Influence" result={fit} />;
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
