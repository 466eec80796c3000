import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DealJourney } from './deal-journey';
import { largeJourney, sampleJourney } from './deal-journey.fixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const j = sampleJourney({ contacts: 3, touches: 12 });
const props = { deal: j.deal, contacts: j.contacts, touches: j.touches, width: 900 };

/** The roving mark: the one focusable element of the plot. */
const mark = () =>
  screen.getByRole('group', { name: 'Journey' }).querySelector('[tabindex="0"]') as HTMLElement;

describe('DealJourney', () => {
  it('is a group named by its title, with one focusable mark naming the first touch', () => {
    render(<DealJourney title="Journey" {...props} />);
    const group = screen.getByRole('group', { name: 'Journey' });
    expect(group.querySelectorAll('[tabindex]')).toHaveLength(1);
    const first = j.deal.credits[0];
    const name = plain(within(group).getByRole('img').getAttribute('aria-label'));
    const who = j.contacts.find((c) => c.id === first?.personId);
    expect(name).toContain(who?.name ?? '');
    expect(name).toMatch(/\(\d+(\.\d)?%\)/);
  });

  it('shows each contact’s lane with the role, and the summary line', () => {
    const { container } = render(<DealJourney title="Journey" {...props} />);
    for (const contact of j.contacts) {
      if (contact.name) expect(container.textContent).toContain(contact.name);
    }
    const role = j.contacts.find((c) => c.role)?.role;
    if (role) expect(container.textContent).toContain(role);
    expect(container.textContent).toContain(`${j.deal.credits.length} credited touches`);
  });

  it('walks touches with the arrow keys (along a contact, then across), with the tooltip; Escape closes it', () => {
    render(<DealJourney title="Journey" {...props} />);
    act(() => mark().focus());
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain(j.deal.credits[0]?.explanation ?? '');
    const before = mark().getAttribute('aria-label');
    fireEvent.keyDown(mark(), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(mark());
    expect(mark().getAttribute('aria-label')).not.toBe(before);
    fireEvent.keyDown(mark(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(mark());
    fireEvent.keyDown(mark(), { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('hands onSelect the touch id, its deal, contact and credit (Enter and click)', () => {
    const onSelect = vi.fn();
    render(<DealJourney title="Journey" {...props} onSelect={onSelect} />);
    act(() => mark().focus());
    fireEvent.keyDown(mark(), { key: 'Enter' });
    const first = onSelect.mock.calls[0]?.[0];
    expect(first).toMatchObject({ widget: 'deal-journey', kind: 'touch', entity: 'touch' });
    expect(first.ids).toHaveLength(1);
    expect(first.detail.dealId).toBe(j.deal.dealId);
    const credit = j.deal.credits.find((c) => c.touchId === first.ids[0]);
    expect(first.detail.credit).toEqual(credit);
    // A click at the mark's own position selects the same touch (hit-tested by position).
    const [, x, y] =
      /translate\(([\d.]+) ([\d.]+)\)/.exec(mark().getAttribute('transform') ?? '') ?? [];
    fireEvent.click(screen.getByRole('group', { name: 'Journey' }), {
      clientX: Number(x),
      clientY: Number(y),
    });
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onSelect.mock.calls[1]?.[0].ids).toEqual(first.ids);
  });

  it('shows the hovered touch’s tooltip', () => {
    render(<DealJourney title="Journey" {...props} />);
    const [, x, y] =
      /translate\(([\d.]+) ([\d.]+)\)/.exec(mark().getAttribute('transform') ?? '') ?? [];
    fireEvent.pointerMove(screen.getByRole('group', { name: 'Journey' }), {
      clientX: Number(x),
      clientY: Number(y),
    });
    expect(screen.getByRole('tooltip').textContent).toContain(j.deal.credits[0]?.explanation ?? '');
  });

  it('lists every touch in the data table, excluded ones with their reason, once opened', () => {
    render(<DealJourney title="Journey" {...props} />);
    // Closed: only the header row is built (thousands of touches cost nothing until asked for).
    expect(screen.queryAllByRole('row', { hidden: true })).toHaveLength(1);
    fireEvent.click(screen.getByText('Show data'));
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(1 + j.deal.credits.length + j.deal.excluded.length);
    const excluded = j.deal.excluded[0];
    if (excluded) expect(screen.getByRole('table').textContent).toContain(excluded.explanation);
  });

  it('folds the lanes past maxLanes and expands them on request', () => {
    const big = largeJourney(12, 5);
    render(
      <DealJourney title="Journey" deal={big.deal} contacts={big.contacts} touches={big.touches} />,
    );
    const group = screen.getByRole('group', { name: 'Journey' });
    expect(group.textContent).toContain('5 more contacts');
    fireEvent.click(screen.getByRole('button', { name: 'Show all 12 contacts' }));
    expect(group.textContent).toContain('Contact 12');
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer contacts' }));
    expect(group.textContent).toContain('5 more contacts');
  });

  it('says which excluded touches it cannot place and what is pending', () => {
    const deal = { ...j.deal, pendingWeight: 0.1, pendingReportingAmount: '1234.50' };
    render(<DealJourney title="Journey" deal={deal} contacts={j.contacts} />);
    if (j.deal.excluded.length > 0) {
      expect(screen.getByText(/excluded touch(es)? ha(s|ve) no known time/)).toBeTruthy();
    }
    expect(plain(screen.getByText(/is pending a milestone/).textContent)).toContain(
      '10.0% ($1,234.50)',
    );
  });

  it('shows loading, empty and error states', () => {
    const { rerender } = render(<DealJourney title="Journey" status="loading" />);
    expect(screen.getByRole('status').textContent).toBe('Loading the deal’s journey…');
    rerender(<DealJourney title="Journey" />);
    expect(screen.getByRole('status').textContent).toBe('No deal to show.');
    rerender(<DealJourney title="Journey" status="error" />);
    expect(screen.getByRole('status').textContent).toContain('could not be loaded');
  });

  it('renders hostile names as inert text', () => {
    const contacts = j.contacts.map((c, i) =>
      i === 0
        ? { ...c, name: '<img src=x onerror=alert(1)>', role: '<script>alert(1)</script>' }
        : c,
    );
    const { container } = render(<DealJourney title="Journey" {...props} contacts={contacts} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('formats dates and money in the locale and time zone', () => {
    render(<DealJourney title="Journey" {...props} locale="de-DE" timeZone="Europe/Berlin" />);
    act(() => mark().focus());
    const first = j.deal.credits[0];
    const expected = new Intl.DateTimeFormat('de-DE', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Berlin',
    }).format(Date.parse(first?.occurredAt ?? ''));
    expect(plain(screen.getByRole('tooltip').textContent)).toContain(plain(expected));
  });

  it('prints a foreign deal in its own currency with its own amounts, not the reporting ones', () => {
    const gbp = {
      ...j.deal,
      currency: 'GBP',
      amount: '343227.00',
      reportingAmount: '435899.00',
      credits: j.deal.credits.map((c) => ({ ...c, amount: '100.00', reportingAmount: '127.00' })),
    };
    render(<DealJourney title="Journey" {...props} deal={gbp} currency="USD" />);
    const summary = plain(screen.getByText(/credited touches/).textContent ?? '');
    expect(summary).toContain('£343,227');
    expect(summary).not.toContain('435,899');
    act(() => mark().focus());
    const tooltip = plain(screen.getByRole('tooltip').textContent ?? '');
    expect(tooltip).toContain('£100.00');
    expect(tooltip).not.toContain('127');
  });

  it('hydrates the server render without a mismatch', async () => {
    const element = <DealJourney title="Journey" {...props} />;
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
