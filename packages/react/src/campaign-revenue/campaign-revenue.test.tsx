import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sumDecimals } from '../attribution-table/decimal';
import { CampaignRevenue } from './campaign-revenue';
import { euroRevenue, sampleRevenue, smallCampaigns } from './campaign-revenue.fixtures';
import { dealsOfCampaigns, revenueRows } from './revenue-rows';

afterEach(cleanup);

const result = sampleRevenue();

describe('revenueRows', () => {
  it('keeps core’s numbers per campaign and sums channels exactly', () => {
    const campaigns = revenueRows(result.campaigns, 'campaign');
    expect(campaigns).toHaveLength(result.campaigns.length);
    for (const row of campaigns) {
      const source = result.campaigns.find((c) => c.campaignId === row.key);
      expect(row.attributed).toBe(source?.attributed);
      expect(row.roi).toBe(source?.roi);
      expect(row.roas).toBe(source?.roas);
    }
    const channels = revenueRows(result.campaigns, 'channel');
    for (const row of channels) {
      const members = result.campaigns.filter((c) => c.channel === row.key);
      expect(row.attributed).toBe(
        sumDecimals(
          members.map((c) => c.attributed),
          2,
        ),
      );
      const costs = members.flatMap((c) => (c.cost === null ? [] : [c.cost]));
      expect(row.cost).toBe(costs.length ? sumDecimals(costs, 2) : null);
      expect(row.withoutCost).toBe(members.length - costs.length);
    }
    const revenues = channels.map((r) => r.revenue);
    expect(revenues).toEqual([...revenues].sort((a, b) => b - a));
  });
});

describe('CampaignRevenue', () => {
  it('draws one focusable row per campaign with revenue, cost, ROI and ROAS in its name', () => {
    render(
      <CampaignRevenue
        title="Revenue"
        campaigns={smallCampaigns()}
        currency="USD"
        model="W-shaped"
      />,
    );
    expect(screen.getByText('Attributed revenue under W-shaped')).toBeTruthy();
    const rows = screen.getAllByRole('img');
    expect(rows).toHaveLength(6);
    expect(rows[0]?.getAttribute('aria-label')).toBe(
      'Google Ads — Brand: revenue $310,073, cost $77,703, ROI +299%, ROAS 4.0×',
    );
    const noCost = rows.find((r) => r.getAttribute('aria-label')?.startsWith('Partner webinar'));
    expect(noCost?.getAttribute('aria-label')).toBe(
      'Partner webinar series: revenue $95,001, no cost recorded',
    );
    expect(noCost?.textContent).toContain('No cost');
    const loss = rows.find((r) => r.getAttribute('aria-label')?.startsWith('LinkedIn'));
    expect(loss?.textContent).toContain('-20%');
    expect(loss?.textContent).toContain('0.8×');
  });

  it('walks rows with the keyboard and shows the same facts in the tooltip', () => {
    render(<CampaignRevenue title="Revenue" campaigns={smallCampaigns()} currency="USD" />);
    const rows = screen.getAllByRole('img');
    expect(rows.filter((r) => r.tabIndex === 0)).toHaveLength(1);
    (rows[0] as HTMLElement).focus();
    fireEvent.keyDown(rows[0] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('Nurture — Welcome series');
    expect(tooltip.textContent).toContain('$233,000.00');
    fireEvent.keyDown(rows[1] as HTMLElement, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('gives onSelect the deals credited to a channel’s campaigns', () => {
    const onSelect = vi.fn();
    render(
      <CampaignRevenue
        title="By channel"
        campaigns={result.campaigns}
        currency={result.currency}
        deals={result.deals}
        grouping="channel"
        onSelect={onSelect}
      />,
    );
    fireEvent.click(screen.getAllByRole('button')[0] as HTMLElement);
    const selection = onSelect.mock.calls[0]?.[0];
    const top = revenueRows(result.campaigns, 'channel')[0];
    expect(selection).toMatchObject({
      widget: 'campaign-revenue',
      kind: 'channel',
      key: top?.key,
      entity: 'deal',
    });
    expect(selection.ids).toEqual(dealsOfCampaigns(result.deals, top?.campaignIds ?? []));
    expect(selection.ids.length).toBeGreaterThan(0);
  });

  it('turns into a cost × revenue scatter past 15 campaigns and lists those without cost', () => {
    render(<CampaignRevenue title="All" campaigns={result.campaigns} currency="USD" />);
    const points = screen.getAllByRole('img');
    const withCost = result.campaigns.filter((c) => c.cost !== null);
    expect(points).toHaveLength(withCost.length);
    expect(screen.getAllByText('ROAS = 1').length).toBeGreaterThan(0);
    const without = result.campaigns.length - withCost.length;
    if (without > 0) expect(screen.getByText(/no cost and (is|are) not plotted/)).toBeTruthy();
  });

  it('shows the states, another locale and hostile names as text', () => {
    const { rerender, container } = render(<CampaignRevenue title="R" status="loading" />);
    expect(screen.getByRole('status').textContent).toBe('Loading campaign revenue…');
    rerender(<CampaignRevenue title="R" campaigns={[]} />);
    expect(screen.getByRole('status').textContent).toBe('No campaigns to compare.');
    const eur = euroRevenue();
    rerender(
      <CampaignRevenue
        title="R"
        campaigns={eur.campaigns}
        currency="EUR"
        grouping="channel"
        locale="de-DE"
      />,
    );
    expect(screen.getAllByRole('img')[0]?.getAttribute('aria-label')?.replace(/\s/g, ' ')).toBe(
      'Content: revenue 2.306.138 €, cost 108.137 €, ROI +2.033 %, ROAS 21,3×',
    );
    const hostile = smallCampaigns().map((c, i) =>
      i === 0 ? { ...c, name: 'javascript:alert(1)<img src=x>' } : c,
    );
    rerender(<CampaignRevenue title="R" campaigns={hostile} currency="USD" />);
    expect(container.querySelector('img, a')).toBeNull();
    expect(container.textContent).toContain('javascript:alert(1)<img src=x>');
  });
});
