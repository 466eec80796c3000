import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as layoutModule from './flow-layout';
import { HandoffFlow } from './handoff-flow';
import { flowData, largeFlow, sampleHandoff } from './handoff-flow.fixtures';

vi.mock('./flow-layout', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./flow-layout')>();
  return { ...actual, layoutFlow: vi.fn(actual.layoutFlow) };
});

afterEach(cleanup);

const result = sampleHandoff({ scale: 0.5 });
const link = (source: string, target: string) =>
  result.flow.links.find((l) => l.source === source && l.target === target);

describe('HandoffFlow', () => {
  it('names the flow and every node and link with its count and share', () => {
    render(<HandoffFlow title="Q1 MQLs" result={result} onSelect={() => {}} />);
    const flow = screen.getByRole('group', { name: 'Q1 MQLs: hand-off flow' });
    const paid = link('source:paid_search', 'mql');
    expect(paid).toBeDefined();
    const share = Math.round(((paid?.value ?? 0) / result.counts.mqls) * 100);
    within(flow).getByRole('button', {
      name: `Paid search → MQL: ${paid?.value} MQLs (${share}%)`,
    });
    within(flow).getByRole('button', {
      name: new RegExp(`^MQL: ${result.counts.mqls} MQLs \\(100%\\)$`),
    });
    // One tab stop for the whole flow.
    const focusable = within(flow)
      .getAllByRole('button')
      .filter((el) => el.getAttribute('tabindex') === '0');
    expect(focusable).toHaveLength(1);
  });

  it('walks nodes and links with the arrow keys, the tooltip following focus, Escape closing it', () => {
    render(<HandoffFlow title="Q1 MQLs" result={result} />);
    const flow = screen.getByRole('group', { name: 'Q1 MQLs: hand-off flow' });
    const first = flow.querySelector('[tabindex="0"]') as Element;
    act(() => (first as SVGElement).focus());
    expect(screen.getByRole('tooltip').textContent).toContain('Paid search');
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Paid search → MQL: /);
    expect(screen.getByRole('tooltip').textContent).toContain('Paid search → MQL');
    expect(screen.getByRole('tooltip').textContent).toContain('Share of all MQLs');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^(Won|Lost|Open)/);
  });

  it('hands the episodes behind a link, a node and a reason to onSelect', () => {
    const onSelect = vi.fn();
    render(<HandoffFlow title="Q1 MQLs" result={result} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: /^Paid search → MQL: / }));
    const selection = onSelect.mock.calls[0]?.[0];
    expect(selection).toMatchObject({
      widget: 'handoff-flow',
      kind: 'link',
      key: 'source:paid_search→mql',
      entity: 'episode',
    });
    expect(selection.ids).toHaveLength(link('source:paid_search', 'mql')?.value ?? -1);
    const byId = new Map(result.ledger.map((row) => [row.episodeId, row]));
    expect(selection.ids.every((id: string) => byId.get(id)?.channel === 'paid_search')).toBe(true);

    const node = screen.getByRole('button', { name: /^Never worked: / });
    fireEvent.keyDown(node, { key: 'Enter' });
    const nodeSelection = onSelect.mock.calls[1]?.[0];
    expect(nodeSelection).toMatchObject({ kind: 'node', key: 'never_worked' });
    expect(nodeSelection.ids.every((id: string) => byId.get(id)?.fate === 'never_worked')).toBe(
      true,
    );
    expect(nodeSelection.ids).toHaveLength(result.counts.byFate.never_worked);

    const reason = result.sales.byReason[0];
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${reason?.reason} · `) }));
    const reasonSelection = onSelect.mock.calls[2]?.[0];
    expect(reasonSelection).toMatchObject({ kind: 'reason', detail: { count: reason?.count } });
    expect(reasonSelection.ids).toHaveLength(reason?.count ?? -1);
    expect(
      reasonSelection.ids.every((id: string) => byId.get(id)?.rejection?.reason === reason?.reason),
    ).toBe(true);
  });

  it('lists the rejection reasons largest first, always with "No reason given"', () => {
    render(<HandoffFlow title="Q1 MQLs" result={result} />);
    const names = screen
      .getAllByRole('img')
      .map((el) => el.getAttribute('aria-label') ?? '')
      .filter((name) => / · (Recycled|Disqualified) |^No reason given /.test(name));
    expect(names.at(-1)).toMatch(/^No reason given 0 /);
    const counts = names.map((name) => Number(/ (\d+) \S+%$/.exec(name)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('shows the loading, empty and error states with the title kept', () => {
    const onRetry = vi.fn();
    const { rerender } = render(<HandoffFlow title="Q1 MQLs" status="loading" />);
    expect(screen.getByRole('status').textContent).toContain('Loading…');
    expect(screen.getByText('Q1 MQLs')).toBeTruthy();
    rerender(
      <HandoffFlow
        title="Q1 MQLs"
        result={{ ...flowData({ nodes: [], links: [] }), period: result.period }}
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('No MQLs');
    rerender(
      <HandoffFlow title="Q1 MQLs" status="error" errorMessage="CRM expired" onRetry={onRetry} />,
    );
    expect(screen.getByRole('status').textContent).toContain('CRM expired');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('renders hostile names as inert text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <HandoffFlow
        title="<script>alert(1)</script>"
        result={flowData(
          {
            nodes: [
              { id: `source:${hostile}`, label: hostile, layer: 0 },
              { id: 'mql', label: 'MQL', layer: 1 },
              { id: 'disqualified', label: 'Disqualified', layer: 2 },
            ],
            links: [
              { source: `source:${hostile}`, target: 'mql', value: 3 },
              { source: 'mql', target: 'disqualified', value: 3 },
            ],
          },
          [
            {
              kind: 'disqualified',
              reason: 'javascript:alert(1)',
              count: 3,
              share: 1,
              cameBackAsMql: 0,
            },
          ],
        )}
      />,
    );
    expect(container.querySelector('script, img, a')).toBeNull();
    expect(
      screen.getByRole('img', { name: new RegExp(`^${hostile.replace(/[()]/g, '\\$&')} → MQL`) }),
    ).toBeTruthy();
    expect(screen.getByText('javascript:alert(1)')).toBeTruthy();
  });

  it('formats numbers in the locale and takes translated labels', () => {
    render(
      <HandoffFlow
        title="Groß"
        locale="de-DE"
        result={flowData(largeFlow(3, 12000))}
        labels={{ mqls: (n) => `${n} MQLs`, flowName: (t) => `${t}: Fluss` }}
      />,
    );
    const flow = screen.getByRole('group', { name: 'Groß: Fluss' });
    const names = within(flow)
      .getAllByRole('img')
      .map((el) => el.getAttribute('aria-label') ?? '');
    expect(names.some((name) => /\d\.\d{3} MQLs/.test(name))).toBe(true);
    expect(names.some((name) => /\d\s%\)$/.test(name))).toBe(true);
  });

  it('draws 100% bars instead of a Sankey under 560px, with the same marks', () => {
    render(<HandoffFlow title="Q1" result={result} width={400} onSelect={() => {}} />);
    const flow = screen.getByRole('group', { name: 'Q1: hand-off flow' });
    expect(flow.tagName).toBe('DIV');
    expect(within(flow).getByRole('button', { name: /^Paid search → MQL: / })).toBeTruthy();
    expect(within(flow).getByRole('button', { name: /^MQL → Accepted: / })).toBeTruthy();
  });

  it('does not lay out again when only the locale or labels change', () => {
    const spy = vi.mocked(layoutModule.layoutFlow);
    const { rerender } = render(<HandoffFlow title="Q1" result={result} />);
    const calls = spy.mock.calls.length;
    rerender(<HandoffFlow title="Q1" result={result} locale="fr-FR" />);
    rerender(
      <HandoffFlow
        title="Q1"
        result={result}
        locale="fr-FR"
        labels={{ reasonsTitle: 'Pourquoi' }}
      />,
    );
    expect(spy.mock.calls.length).toBe(calls);
    rerender(<HandoffFlow title="Q1" result={result} width={900} />);
    expect(spy.mock.calls.length).toBe(calls + 1);
  });

  it('hydrates the server HTML without mismatch warnings', async () => {
    const element = <HandoffFlow title="Q1 MQLs" result={result} onSelect={() => {}} />;
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
