import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttributionTable } from './attribution-table';
import {
  eurResult,
  hostileComparison,
  sampleComparison,
  sampleResult,
} from './attribution-table.fixtures';
import { sumDecimals } from './decimal';
import { dealsOfRow } from './drill-down';
import { buildTableModel } from './table-model';

afterEach(cleanup);

const comparison = sampleComparison();
const result = sampleResult();

function grid() {
  return screen.getByRole('treegrid');
}
function bodyRows() {
  return within(grid())
    .getAllByRole('row')
    .filter((row) => row.closest('tbody'));
}
/** Parses the CSV the table exports (RFC 4180, as written by csv.ts). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  row.push(cell);
  rows.push(row);
  return rows;
}

describe('AttributionTable', () => {
  it('renders a treegrid with the campaigns, the not-attributed row and the pinned total', () => {
    render(<AttributionTable title="Revenue by campaign" data={comparison} height={4000} />);
    const table = grid();
    expect(document.getElementById(table.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      'Revenue by campaign',
    );
    const model = buildTableModel(comparison, 'campaign');
    expect(table.getAttribute('aria-rowcount')).toBe(String(2 + model.rows.length + 1 + 1));
    expect(within(table).getByRole('rowheader', { name: /^Blog/ })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: /Not attributed/ })).toBeTruthy();
    const total = within(table)
      .getByRole('rowheader', { name: 'Total' })
      .closest('tr') as HTMLElement;
    expect(total.textContent).toContain('$5.6M');
    expect(
      screen.getByText(/Every column adds up to \$5,601,499\.59, not attributed included/),
    ).toBeTruthy();
  });

  it('shows the not-attributed value of each model: unattributed deals plus pending shares', () => {
    render(<AttributionTable title="t" data={comparison} notation="full" height={4000} />);
    const row = within(grid())
      .getByRole('rowheader', { name: /Not attributed/ })
      .closest('tr') as HTMLElement;
    const cells = within(row)
      .getAllByRole('gridcell')
      .map((c) => c.textContent);
    // Columns: cost, then revenue and share per model.
    expect(cells[1]).toBe('$340,302');
    expect(cells[3]).toBe('$2,421,101');
    expect(comparison.results[1]?.totals.unattributedValue).toBe('2421101.26');
    expect(row.textContent).toMatch(/Every touch excluded 9 · Pending a milestone/);
  });

  it('sorts by a header, descending first, then ascending, and says so', () => {
    render(<AttributionTable title="t" data={result} height={4000} />);
    const header = within(grid()).getByRole('columnheader', { name: /Touches/ });
    fireEvent.click(header);
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(document.querySelector('[data-cl-live]')?.textContent).toBe(
      'Sorted by Touches, descending',
    );
    const touches = (rows: HTMLElement[]) =>
      rows
        .filter((r) => r.getAttribute('data-kind') === 'row')
        .map((r) => Number(within(r).getAllByRole('gridcell')[4]?.textContent));
    const down = touches(bodyRows());
    expect(down).toEqual([...down].sort((a, b) => b - a));
    fireEvent.click(header);
    expect(header?.getAttribute('aria-sort')).toBe('ascending');
    const up = touches(bodyRows());
    expect(up).toEqual([...up].sort((a, b) => a - b));
    // The not-attributed row stays last whatever the order.
    expect(bodyRows().at(-1)?.textContent).toMatch(/Not attributed/);
  });

  it('filters rows by name and keeps the not-attributed row', () => {
    render(<AttributionTable title="t" data={result} />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter rows' }), {
      target: { value: 'newsletter' },
    });
    const names = bodyRows().map((r) => within(r).getByRole('rowheader').textContent ?? '');
    expect(names.length).toBeGreaterThan(1);
    for (const name of names.slice(0, -1)) expect(name.toLowerCase()).toContain('newsletter');
    expect(names.at(-1)).toMatch(/Not attributed/);
    expect(screen.getByText(/^\d+ of \d+ campaigns$/)).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zzz-none' } });
    expect(screen.getByText('No rows match “zzz-none”.')).toBeTruthy();
  });

  it('opens a row to its deals and a deal to its credited touches with their sentences', () => {
    render(<AttributionTable title="t" data={comparison} defaultDimension="channel" />);
    const content = within(grid()).getByRole('rowheader', { name: /^Content/ });
    fireEvent.click(content);
    expect(content.closest('tr')?.getAttribute('aria-expanded')).toBe('true');
    const model = buildTableModel(comparison, 'channel');
    const row = model.rows.find((r) => r.key === 'content');
    if (!row) throw new Error('no content row');
    const { deals } = dealsOfRow(model.results, 'channel', 'content', 2, row.values);
    const dealRows = bodyRows().filter((r) => r.getAttribute('data-kind') === 'deal');
    expect(dealRows.length).toBe(Math.min(deals.length, dealRows.length));
    expect(dealRows[0]?.getAttribute('aria-level')).toBe('2');
    expect(dealRows[0]?.getAttribute('aria-setsize')).toBe(String(deals.length));
    const firstDeal = within(dealRows[0] as HTMLElement).getByRole('rowheader');
    fireEvent.click(firstDeal);
    const touchRows = bodyRows().filter((r) => r.getAttribute('data-kind') === 'touch');
    expect(touchRows.length).toBeGreaterThan(0);
    expect(touchRows[0]?.getAttribute('aria-level')).toBe('3');
    expect(touchRows[0]?.textContent).toMatch(/W-shaped: /);
    expect(touchRows[0]?.textContent).toMatch(/Linear: /);
    // Closing the row closes its deals too.
    fireEvent.click(content);
    expect(bodyRows().some((r) => r.getAttribute('data-kind') === 'touch')).toBe(false);
  });

  it('hides and shows columns from the column menu', () => {
    render(<AttributionTable title="t" data={comparison} />);
    expect(within(grid()).getAllByRole('columnheader', { name: /^Share/ })).toHaveLength(3);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Share' }));
    expect(within(grid()).queryAllByRole('columnheader', { name: /^Share/ })).toHaveLength(0);
    fireEvent.click(screen.getByRole('checkbox', { name: 'ROAS' }));
    expect(within(grid()).getAllByRole('columnheader', { name: /ROAS/ })).toHaveLength(3);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Linear' }));
    expect(within(grid()).getAllByRole('columnheader', { name: /ROAS/ })).toHaveLength(2);
  });

  it('groups campaigns by channel with exact sums', () => {
    render(<AttributionTable title="t" data={result} notation="full" />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Group by channel' }));
    const groups = bodyRows().filter((r) =>
      /campaigns?$/.test(within(r).getByRole('rowheader').textContent ?? ''),
    );
    expect(groups.length).toBeGreaterThan(3);
    fireEvent.click(within(groups[0] as HTMLElement).getByRole('rowheader'));
    expect(groups[0]?.getAttribute('aria-expanded')).toBe('true');
    expect(bodyRows().some((r) => r.getAttribute('aria-level') === '2')).toBe(true);
  });

  it('moves focus by the WAI-ARIA grid keys', () => {
    render(<AttributionTable title="t" data={comparison} />);
    const table = grid();
    const cell = (r: number, c: number) =>
      table.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`);
    // One tab stop: the first body row's name.
    const stops = table.querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    const start = stops[0] as HTMLElement;
    expect(start.dataset.cell).toBe('2:0');
    act(() => start.focus());
    fireEvent.keyDown(start, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cell(3, 0));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell(3, 1));
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(cell(3, 7));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(cell(3, 0));
    // Up into the headers: the leaf header, then the spanning model header.
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(cell(0, 2));
    expect(document.activeElement?.getAttribute('colspan')).toBe('2');
    // Ctrl+End: the total row's last cell; the tab stop follows focus.
    fireEvent.keyDown(document.activeElement as Element, { key: 'End', ctrlKey: true });
    const rows = Number(table.getAttribute('aria-rowcount'));
    expect(document.activeElement).toBe(cell(rows - 1, 7));
    expect(table.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home', ctrlKey: true });
    expect(document.activeElement).toBe(cell(0, 0));
    // Enter on a header sorts; Enter on a name opens the row.
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' });
    expect(cell(1, 1)?.hasAttribute('aria-sort')).toBe(true);
    const name = cell(2, 0) as HTMLElement;
    act(() => name.focus());
    fireEvent.keyDown(name, { key: ' ' });
    expect(name.closest('tr')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('exports what is shown as CSV with the result’s exact decimal strings', () => {
    const onExport = vi.fn();
    render(<AttributionTable title="t" data={comparison} onExport={onExport} />);
    fireEvent.click(within(grid()).getByRole('rowheader', { name: /^Blog/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv, filename] = onExport.mock.calls[0] as [string, string];
    expect(filename).toBe('attribution-campaign.csv');
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([
      'level',
      'Campaign',
      'Cost',
      'W-shaped Revenue',
      'W-shaped Share',
      'Full path (pending) Revenue',
      'Full path (pending) Share',
      'Linear Revenue',
      'Linear Share',
    ]);
    const model = buildTableModel(comparison, 'campaign');
    const byName = new Map(rows.map((r) => [`${r[0]}|${r[1]}`, r]));
    for (const row of model.rows) {
      const line = byName.get(`row|${row.key === '(no campaign)' ? 'No campaign' : row.label}`);
      expect(line?.[3]).toBe(row.values[0]);
      expect(line?.[5]).toBe(row.values[1]);
      expect(line?.[7]).toBe(row.values[2]);
      expect(line?.[2]).toBe(row.cost ?? '');
    }
    // Deals of the open row are there too, and add up to it.
    const blog = model.rows.find((r) => r.label === 'Blog');
    const deals = rows.filter((r) => r[0] === 'deal');
    expect(deals.length).toBeGreaterThan(0);
    expect(
      sumDecimals(
        deals.map((d) => d[3] ?? '0'),
        2,
      ),
    ).toBe(blog?.values[0]);
    // Not attributed and total: rows + not attributed = total, per model, exactly.
    const unattributed = rows.find((r) => r[0] === 'unattributed');
    const total = rows.find((r) => r[0] === 'total');
    expect(unattributed?.[3]).toBe(comparison.results[0]?.totals.unattributedValue);
    expect(total?.[3]).toBe('5601499.59');
    for (const k of [3, 5, 7]) {
      const parts = rows
        .filter((r) => r[0] === 'row' || r[0] === 'unattributed')
        .map((r) => r[k] ?? '0');
      expect(sumDecimals(parts, 2)).toBe(total?.[k]);
    }
  });

  it('gives onSelect the deal ids behind a row, the touch ids behind a deal and a touch id', () => {
    const onSelect = vi.fn();
    render(
      <AttributionTable
        title="t"
        data={comparison}
        defaultDimension="channel"
        onSelect={onSelect}
      />,
    );
    const content = within(grid()).getByRole('rowheader', { name: /^Content/ });
    const row = content.closest('tr') as HTMLElement;
    fireEvent.click(within(row).getAllByRole('gridcell')[0] as HTMLElement);
    const selection = onSelect.mock.calls[0]?.[0];
    const model = buildTableModel(comparison, 'channel');
    const contentRow = model.rows.find((r) => r.key === 'content');
    const { deals } = dealsOfRow(model.results, 'channel', 'content', 2, contentRow?.values ?? []);
    expect(selection).toMatchObject({
      widget: 'attribution-table',
      kind: 'row',
      entity: 'deal',
      key: 'row:content',
      detail: { dimension: 'channel', rowKey: 'content', model: 'W-shaped', metric: 'value' },
    });
    expect([...selection.ids].sort()).toEqual(
      deals
        .filter((d) => (d.weights[0] ?? 0) > 0)
        .map((d) => d.dealId)
        .sort(),
    );
    fireEvent.click(content);
    const deal = bodyRows().find((r) => r.getAttribute('data-kind') === 'deal') as HTMLElement;
    fireEvent.click(within(deal).getAllByRole('gridcell')[2] as HTMLElement);
    const dealSelection = onSelect.mock.calls[1]?.[0];
    expect(dealSelection).toMatchObject({
      kind: 'deal',
      entity: 'touch',
      detail: { model: 'Full path (pending)' },
    });
    expect(dealSelection.ids.length).toBeGreaterThan(0);
    fireEvent.click(within(deal).getByRole('rowheader'));
    const touch = bodyRows().find((r) => r.getAttribute('data-kind') === 'touch') as HTMLElement;
    fireEvent.click(within(touch).getAllByRole('gridcell')[0] as HTMLElement);
    const touchSelection = onSelect.mock.calls[2]?.[0];
    expect(touchSelection.kind).toBe('touch');
    expect(touchSelection.ids).toHaveLength(1);
    expect(touchSelection.detail.touchId).toBe(touchSelection.ids[0]);
  });

  it('shows the loading, empty and error states with the title kept', () => {
    const onRetry = vi.fn();
    const { rerender } = render(<AttributionTable title="Revenue" status="loading" />);
    expect(screen.getByRole('status').textContent).toBe('Loading attribution…');
    expect(screen.getByText('Revenue')).toBeTruthy();
    rerender(<AttributionTable title="Revenue" />);
    expect(screen.getByRole('status').textContent).toBe('No converted deals to attribute.');
    rerender(
      <AttributionTable
        title="Revenue"
        status="error"
        onRetry={onRetry}
        errorMessage="Timed out"
      />,
    );
    expect(screen.getByRole('status').textContent).toContain('Timed out');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('renders hostile names as inert text and guards them in the CSV', () => {
    const onExport = vi.fn();
    const { container } = render(
      <AttributionTable title="<b>x</b>" data={hostileComparison()} onExport={onExport} />,
    );
    expect(container.querySelector('img, a, script, b')).toBeNull();
    expect(container.textContent).toContain('javascript:alert(1)');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const csv = onExport.mock.calls[0]?.[0] as string;
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('formats in another locale and currency', () => {
    render(
      <AttributionTable
        title="t"
        data={eurResult()}
        locale="de-DE"
        notation="full"
        labels={{ total: 'Summe' }}
      />,
    );
    const total = within(grid())
      .getByRole('rowheader', { name: 'Summe' })
      .closest('tr') as HTMLElement;
    expect(total.textContent?.replace(/\s/g, ' ')).toMatch(/5\.\d{3}\.\d{3} €/);
  });

  it('says when a team row cannot be opened exactly', () => {
    render(
      <AttributionTable
        title="t"
        data={sampleResult({ teamBy: 'deal-owner' })}
        defaultDimension="team"
      />,
    );
    fireEvent.click(within(grid()).getAllByRole('rowheader')[0] as HTMLElement);
    expect(screen.getByText(/a touch’s team comes from its owner/)).toBeTruthy();
  });

  it('switches what the rows are', () => {
    const onDimensionChange = vi.fn();
    render(<AttributionTable title="t" data={comparison} onDimensionChange={onDimensionChange} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Rows' }), {
      target: { value: 'touchType' },
    });
    expect(onDimensionChange).toHaveBeenCalledWith('touchType');
    expect(within(grid()).getByRole('columnheader', { name: /Touch type/ })).toBeTruthy();
    expect(within(grid()).getByRole('rowheader', { name: /Page view/ })).toBeTruthy();
  });
});
