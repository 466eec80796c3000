import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as bins from './delay-bins';
import { ownerMultiples } from './owner-multiples';
import { ResponseTimes } from './response-times';
import { manyOwners, sampleResponse } from './response-times.fixtures';

vi.mock('./delay-bins', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./delay-bins')>();
  return { ...actual, binDelays: vi.fn(actual.binDelays) };
});

afterEach(cleanup);

const { evaluation, handoff } = sampleResponse({ scale: 0.5 });
const episodes = handoff.ledger;

describe('ResponseTimes', () => {
  it('states the basis and the SLA, and names each bar with its range and count', () => {
    render(
      <ResponseTimes
        title="Speed"
        evaluation={evaluation}
        episodes={episodes}
        onSelect={() => {}}
      />,
    );
    expect(
      screen.getByText(/^Business time \(America\/New_York\) · SLA: first touch within 4 hr/),
    ).toBeTruthy();
    const plot = screen.getByRole('group', { name: 'Speed: Business time, log scale' });
    const bars = within(plot).getAllByRole('button');
    expect(
      bars.some((bar) =>
        /^Owner delay 4 hr–8 hr: \d+ \(\d+%\)$/.test(bar.getAttribute('aria-label') ?? ''),
      ),
    ).toBe(true);
    const total = bars
      .filter((bar) => bar.getAttribute('aria-label')?.startsWith('Speed to lead'))
      .reduce(
        (sum, bar) => sum + Number(/: (\d+) \(/.exec(bar.getAttribute('aria-label') ?? '')?.[1]),
        0,
      );
    expect(total).toBe(evaluation.responseTimes.business.speedToLead.count);
  });

  it('walks the bars with the keyboard, the tooltip showing bin, count and share', () => {
    render(<ResponseTimes title="Speed" evaluation={evaluation} episodes={episodes} />);
    const plot = screen.getByRole('group', { name: /log scale/ });
    const first = plot.querySelector('[tabindex="0"]') as SVGElement;
    act(() => first.focus());
    expect(screen.getByRole('tooltip').textContent).toContain('Speed to lead');
    expect(screen.getByRole('tooltip').textContent).toContain('Share');
    fireEvent.keyDown(first, { key: 'End' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Owner delay /);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('hands the episodes of a bar and of an owner to onSelect', () => {
    const onSelect = vi.fn();
    render(
      <ResponseTimes
        title="Speed"
        evaluation={evaluation}
        episodes={episodes}
        onSelect={onSelect}
      />,
    );
    const bar = screen.getAllByRole('button', { name: /^Owner delay / })[0] as Element;
    fireEvent.click(bar);
    const selection = onSelect.mock.calls[0]?.[0];
    expect(selection).toMatchObject({ widget: 'response-times', kind: 'bin', entity: 'episode' });
    const byId = new Map(episodes.map((row) => [row.episodeId, row]));
    for (const id of selection.ids) {
      const minutes = byId.get(id)?.ownerDelayMinutes ?? -1;
      expect(minutes).toBeGreaterThanOrEqual(selection.detail.from);
      if (selection.detail.to !== null) expect(minutes).toBeLessThan(selection.detail.to);
    }
    const owners = screen.getAllByRole('button', { name: / P90 .* · n / });
    fireEvent.keyDown(owners[0] as Element, { key: 'Enter' });
    const owner = onSelect.mock.calls[1]?.[0];
    expect(owner).toMatchObject({ kind: 'owner', entity: 'episode' });
    expect(owner.ids.every((id: string) => byId.get(id)?.assigneeId === owner.detail.ownerId)).toBe(
      true,
    );
  });

  it('draws a multiple for every owner, in the order the model sorts them', () => {
    const { evaluation: many, handoff: spread } = manyOwners(12);
    render(<ResponseTimes title="Owners" evaluation={many} episodes={spread.ledger} />);
    const names = screen
      .getAllByRole('img')
      .map((el) => el.getAttribute('aria-label') ?? '')
      .filter((name) => name.startsWith('Rep '));
    expect(names).toHaveLength(12);
    const names2 = new Map(many.sales.byOwner.map((o) => [o.ownerId as string, o.name]));
    const expected = ownerMultiples(spread.ledger, 'ownerDelay', names2, '').map((m) => m.name);
    expect(names.map((name) => name.split(' P90 ')[0])).toEqual(
      expected.filter((n) => n.startsWith('Rep ')),
    );
  });

  it('draws no SLA rule on elapsed time and ranges without episodes', () => {
    render(
      <ResponseTimes title="Elapsed" evaluation={evaluation} episodes={episodes} basis="elapsed" />,
    );
    expect(screen.getByText('Elapsed (wall-clock) time')).toBeTruthy();
    expect(screen.queryByText(/^SLA /)).toBeNull();
    const ranges = screen.getAllByRole('img', { name: /: P50 .*, P90 .*, P95 / });
    expect(ranges).toHaveLength(3);
  });

  it('shows the states, renders hostile names inert, and formats in the locale', () => {
    const { rerender, container } = render(<ResponseTimes title="Speed" status="loading" />);
    expect(screen.getByRole('status').textContent).toContain('Loading');
    rerender(<ResponseTimes title="Speed" />);
    expect(screen.getByRole('status').textContent).toContain('No data');
    const hostile = {
      ...evaluation,
      sales: {
        ...evaluation.sales,
        byOwner: evaluation.sales.byOwner.map((o) => ({
          ...o,
          name: '<img src=x onerror=alert(1)>',
        })),
      },
    };
    rerender(
      <ResponseTimes
        title="<script>x</script>"
        evaluation={hostile}
        episodes={episodes}
        locale="de-DE"
      />,
    );
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(screen.getByText(/^Business time/).textContent).toMatch(/4 Std\./);
  });

  it('says how many leads were rejected before a touch, in words and in the table', () => {
    const times = evaluation.responseTimes.business;
    const withUnseen = (counts: [number, number, number]) => ({
      ...evaluation,
      responseTimes: {
        ...evaluation.responseTimes,
        business: {
          ...times,
          speedToLead: { ...times.speedToLead, rejectedUnseen: counts[0] },
          routingDelay: { ...times.routingDelay, rejectedUnseen: counts[1] },
          ownerDelay: { ...times.ownerDelay, rejectedUnseen: counts[2] },
        },
      },
    });
    const { rerender } = render(
      <ResponseTimes
        title="Speed"
        evaluation={withUnseen([7, 2, 7])}
        episodes={episodes}
        tableOpen
      />,
    );
    expect(
      screen.getByText(
        '7 leads were rejected before anyone touched them: they have no response time and are not counted as waiting.',
      ),
    ).toBeTruthy();
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    const column = headers.indexOf('Rejected before a touch');
    expect(column).toBeGreaterThan(0);
    const cellsOf = (name: string) =>
      within(within(table).getByRole('row', { name: new RegExp(`^${name}`) }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // The row header is a th: cells start at the second column.
    expect(cellsOf('Speed to lead')[column - 1]).toBe('7');
    expect(cellsOf('Routing delay')[column - 1]).toBe('2');

    rerender(
      <ResponseTimes title="Speed" evaluation={withUnseen([1, 0, 1])} episodes={episodes} />,
    );
    expect(screen.getByText(/^1 lead was rejected before anyone touched it/)).toBeTruthy();
    rerender(
      <ResponseTimes title="Speed" evaluation={withUnseen([0, 0, 0])} episodes={episodes} />,
    );
    expect(screen.queryByText(/rejected before anyone touched/)).toBeNull();
  });

  it('does not re-bin when only the locale, labels or width change', () => {
    const spy = vi.mocked(bins.binDelays);
    const { rerender } = render(
      <ResponseTimes title="Speed" evaluation={evaluation} episodes={episodes} />,
    );
    const calls = spy.mock.calls.length;
    rerender(
      <ResponseTimes title="Speed" evaluation={evaluation} episodes={episodes} locale="ja-JP" />,
    );
    rerender(
      <ResponseTimes
        title="Speed"
        evaluation={evaluation}
        episodes={episodes}
        locale="ja-JP"
        width={900}
        labels={{ p50: 'Median' }}
      />,
    );
    expect(spy.mock.calls.length).toBe(calls);
  });

  it('hydrates the server HTML without mismatch warnings', async () => {
    const element = <ResponseTimes title="Speed" evaluation={evaluation} episodes={episodes} />;
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
