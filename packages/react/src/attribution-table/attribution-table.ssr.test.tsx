import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AttributionTable } from './attribution-table';
import { hostileComparison, sampleComparison } from './attribution-table.fixtures';
import { largeComparison } from './attribution-table.large';

describe('AttributionTable on the server', () => {
  it('runs without DOM globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders the grid, the first rows, the not-attributed row and the total', () => {
    const html = renderToString(
      <AttributionTable title="Revenue by campaign" data={sampleComparison()} height={4000} />,
    );
    expect(html).toContain('role="treegrid"');
    expect(html).toContain('aria-rowcount=');
    expect(html).toContain('Blog');
    expect(html).toContain('Not attributed');
    expect(html).toContain('Total');
    expect(html).toContain('Every column adds up to $5,601,499.59, not attributed included.');
  });

  it('renders only the rows in the window of a 10,000-row table', () => {
    const data = largeComparison({
      campaigns: 10_000,
      models: 3,
      dealsOfFirst: 10,
      otherDeals: 2_000,
    });
    const html = renderToString(<AttributionTable title="Large" data={data} height={360} />);
    const rows = html.match(/data-kind="row"/g) ?? [];
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
  });

  it('escapes hostile names', () => {
    const html = renderToString(
      <AttributionTable title="<script>x</script>" data={hostileComparison()} height={4000} />,
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/href="javascript:/);
  });

  it('renders each state', () => {
    for (const status of ['loading', 'empty', 'error'] as const) {
      const html = renderToString(<AttributionTable title="t" status={status} />);
      expect(html).toContain('role="status"');
      expect(html).toContain(`data-status="${status}"`);
    }
  });
});
