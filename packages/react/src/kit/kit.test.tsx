import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useContainerSize } from './container-size';
import { DataTable } from './data-table';
import { ChartFrame, useChartIds, type WidgetStatus } from './frame';
import { defaultStateLabels, mergeLabels } from './labels';
import { useMarks } from './marks';
import { safeHref } from './safe-href';
import { seriesColor, seriesEdge } from './tokens';
import { Tooltip } from './tooltip';

afterEach(cleanup);

interface Bar {
  id: string;
  name: string;
  value: number;
}
const bars: Bar[] = [
  { id: 'a', name: 'Paid search', value: 412 },
  { id: 'b', name: 'Events', value: 120 },
  { id: 'c', name: '<img src=x onerror=alert(1)>', value: 7 },
];

function Chart({ onSelect }: { onSelect?: (bar: Bar, index: number) => void }) {
  const marks = useMarks({
    marks: bars,
    tooltip: (bar) => ({
      title: bar.name,
      rows: [{ key: 'n', label: 'Count', value: String(bar.value), color: seriesColor(0) }],
    }),
    onSelect,
  });
  return (
    <div style={{ overflow: 'hidden', height: 10 }}>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG group of marks, not a form fieldset */}
      <svg role="group" aria-label="Bars">
        {bars.map((bar, index) => (
          <rect
            key={bar.id}
            {...marks.markProps(index)}
            aria-label={`${bar.name}: ${bar.value}`}
            width={bar.value}
            height={10}
          />
        ))}
      </svg>
      <Tooltip {...marks.tooltip} />
    </div>
  );
}

function Scoped() {
  const marks = useMarks({ marks: [1], tooltip: () => ({ title: 'One', rows: [] }) });
  return (
    <div data-testid="card" style={{ ['--cl-color-surface' as string]: '#123456' }}>
      <span {...marks.markProps(0)} role="img" aria-label="one" />
      <Tooltip {...marks.tooltip} themeSource={document.querySelector('[data-testid=card]')} />
    </div>
  );
}

describe('useMarks and Tooltip', () => {
  it('puts one mark in the tab order and walks the others with arrow keys, Home and End', () => {
    render(<Chart />);
    const marks = screen.getAllByRole('img');
    expect(marks.map((mark) => mark.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    act(() => marks[0]?.focus());
    fireEvent.keyDown(marks[0] as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(marks[1]);
    fireEvent.keyDown(marks[1] as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(marks[2]);
    fireEvent.keyDown(marks[2] as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(marks[2]);
    fireEvent.keyDown(marks[2] as Element, { key: 'Home' });
    expect(document.activeElement).toBe(marks[0]);
    fireEvent.keyDown(marks[0] as Element, { key: 'End' });
    expect(document.activeElement).toBe(marks[2]);
    fireEvent.keyDown(marks[2] as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(marks[1]);
    // The focused mark is the one Tab returns to.
    expect(marks.map((mark) => mark.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
  });

  it('shows the same tooltip on focus and on hover, portalled out of the overflow:hidden parent', () => {
    const { container } = render(<Chart />);
    const [first, second] = screen.getAllByRole('img');
    act(() => first?.focus());
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toBe('Paid searchCount412');
    expect(container.contains(tooltip)).toBe(false);
    expect(tooltip.parentElement).toBe(document.body);
    expect(first?.getAttribute('aria-describedby')).toBe(tooltip.id);
    act(() => first?.blur());
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.pointerEnter(second as Element, { clientX: 50, clientY: 40 });
    expect(screen.getByRole('tooltip').textContent).toBe('EventsCount120');
    fireEvent.pointerLeave(second as Element);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('closes the tooltip with Escape, from focus and from hover', () => {
    render(<Chart />);
    const [first, second] = screen.getAllByRole('img');
    act(() => first?.focus());
    fireEvent.keyDown(first as Element, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(first);
    fireEvent.pointerEnter(second as Element, { clientX: 5, clientY: 5 });
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('calls onSelect on click, Enter and Space, and makes marks buttons', () => {
    const onSelect = vi.fn();
    render(<Chart onSelect={onSelect} />);
    const marks = screen.getAllByRole('button');
    fireEvent.click(marks[1] as Element);
    fireEvent.keyDown(marks[2] as Element, { key: 'Enter' });
    fireEvent.keyDown(marks[0] as Element, { key: ' ' });
    expect(onSelect.mock.calls.map(([bar, index]) => [bar.id, index])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 0],
    ]);
  });

  it('renders hostile names as text in marks and tooltips', () => {
    render(<Chart />);
    const hostile = screen.getAllByRole('img')[2];
    act(() => hostile?.focus());
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('tooltip').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('copies the chart’s scoped theme onto the portalled tooltip', () => {
    render(<Scoped />);
    act(() => screen.getByRole('img').focus());
    expect(screen.getByRole('tooltip').style.getPropertyValue('--cl-color-surface')).toBe(
      '#123456',
    );
  });
});

function Frame({ status, onRetry }: { status: WidgetStatus; onRetry?: () => void }) {
  const ids = useChartIds();
  return (
    <ChartFrame
      ids={ids}
      title="Pipeline"
      description="All regions"
      status={status}
      labels={defaultStateLabels}
      emptyMessage="No MQLs 1 Jul–30 Sep"
      onRetry={onRetry}
      placeholder={() => <svg data-testid="frame" />}
      footnote="2 records were not counted."
      announcement={status}
    >
      <p>chart</p>
    </ChartFrame>
  );
}

describe('ChartFrame', () => {
  it('keeps the title in every state and shows each state as a status', () => {
    const onRetry = vi.fn();
    const { rerender, container } = render(<Frame status="loading" />);
    expect(container.firstElementChild?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    expect(screen.getByTestId('frame').closest('[aria-hidden]')).toBeTruthy();
    rerender(<Frame status="empty" />);
    expect(screen.getByRole('status').textContent).toBe('No MQLs 1 Jul–30 Sep');
    rerender(<Frame status="error" onRetry={onRetry} />);
    expect(screen.getByRole('status').textContent).toContain('The data could not be loaded.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
    rerender(<Frame status="ready" />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(container.textContent).toContain('2 records were not counted.');
    expect(screen.getByText('Pipeline').id).toBeTruthy();
  });

  it('announces a changed value politely, not the first one', () => {
    const { rerender, container } = render(<Frame status="ready" />);
    const live = container.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('');
    rerender(<Frame status="loading" />);
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe('loading');
  });
});

describe('DataTable', () => {
  it('is a captioned table with row headers behind a Show data toggle', () => {
    render(
      <DataTable
        caption="Funnel"
        toggle="Show data"
        columns={[
          { key: 's', header: 'Stage' },
          { key: 'n', header: 'Count', numeric: true },
        ]}
        rows={[{ key: 'mql', cells: ['MQL', '1,234'] }]}
      />,
    );
    expect(screen.getByText('Show data').tagName).toBe('SUMMARY');
    const table = screen.getByRole('table', { hidden: true });
    expect(table.querySelector('caption')?.textContent).toBe('Funnel');
    expect(table.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
    expect((table.querySelector('tbody td') as HTMLElement).style.textAlign).toBe('end');
  });
});

function Sized(props: { width?: number; height?: number }) {
  const size = useContainerSize({ ...props, initialSize: { width: 480, height: 200 } });
  return <div ref={size.ref} data-testid="box" data-size={`${size.width}x${size.height}`} />;
}

describe('useContainerSize', () => {
  it('keeps the initial size when the element measures zero (jsdom, hidden tabs)', () => {
    render(<Sized />);
    expect(screen.getByTestId('box').dataset.size).toBe('480x200');
  });

  it('uses fixed sizes as given', () => {
    render(<Sized width={300} height={100} />);
    expect(screen.getByTestId('box').dataset.size).toBe('300x100');
  });

  it('follows a ResizeObserver, one update per animation frame', () => {
    let callback: ResizeObserverCallback = () => {};
    const disconnect = vi.fn();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: ResizeObserverCallback) {
          callback = cb;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => frames.splice(0));
    try {
      const { unmount } = render(<Sized />);
      const entry = (width: number) =>
        ({ contentRect: { width, height: 150 } }) as unknown as ResizeObserverEntry;
      act(() => callback([entry(700)], {} as ResizeObserver));
      act(() => callback([entry(720.4)], {} as ResizeObserver));
      expect(frames).toHaveLength(1);
      act(() => frames.shift()?.(0));
      expect(screen.getByTestId('box').dataset.size).toBe('720x150');
      unmount();
      expect(disconnect).toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('small parts', () => {
  it('lets only safe link targets through', () => {
    expect(safeHref('https://example.com/x')).toBe('https://example.com/x');
    expect(safeHref('/deals/42')).toBe('/deals/42');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JaVa\tScRiPt:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>')).toBeUndefined();
    expect(safeHref('')).toBeUndefined();
  });

  it('merges labels, ignoring undefined overrides', () => {
    expect(mergeLabels(defaultStateLabels, { empty: undefined, retry: 'Nochmal' })).toEqual({
      ...defaultStateLabels,
      retry: 'Nochmal',
    });
  });

  it('reads --cl-series-n, then --chart-n, then Okabe–Ito, and edges only light slots', () => {
    expect(seriesColor(0)).toBe('var(--cl-series-1, var(--chart-1, #0072B2))');
    expect(seriesColor(7)).toBe(seriesColor(0));
    expect(seriesEdge(0)).toEqual({});
    expect(seriesEdge(4).stroke).toContain('color-mix');
  });
});
