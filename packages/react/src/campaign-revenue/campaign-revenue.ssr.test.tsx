import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CampaignRevenue } from './campaign-revenue';
import { sampleRevenue, smallCampaigns } from './campaign-revenue.fixtures';

describe('CampaignRevenue on the server', () => {
  it('renders bars and the scatter without DOM globals', () => {
    expect(typeof window).toBe('undefined');
    const bars = renderToString(
      <CampaignRevenue title="R" campaigns={smallCampaigns()} currency="USD" model="Linear" />,
    );
    expect(bars).toContain('Attributed revenue under Linear');
    expect(bars).toContain('No cost');
    const result = sampleRevenue();
    const scatter = renderToString(
      <CampaignRevenue title="R" campaigns={result.campaigns} currency="USD" />,
    );
    expect(scatter).toContain('<svg');
    expect(scatter).toContain('ROAS = 1');
  });

  it('escapes hostile names and renders each state', () => {
    const hostile = smallCampaigns().map((c) => ({ ...c, name: '<script>alert(1)</script>' }));
    const html = renderToString(<CampaignRevenue title="R" campaigns={hostile} currency="USD" />);
    expect(html).not.toContain('<script>');
    for (const status of ['loading', 'empty', 'error'] as const) {
      expect(renderToString(<CampaignRevenue title="R" status={status} />)).toContain(
        `data-status="${status}"`,
      );
    }
  });
});
