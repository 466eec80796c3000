import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DealJourney } from './deal-journey';
import { largeJourney, sampleJourney } from './deal-journey.fixtures';

describe('DealJourney on the server', () => {
  it('runs without DOM globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders lanes, rules, dots and the roving mark at the server size', () => {
    const j = sampleJourney({ contacts: 3, touches: 12 });
    const html = renderToString(
      <DealJourney title="Journey" deal={j.deal} contacts={j.contacts} touches={j.touches} />,
    );
    expect(html).toContain('width="560"');
    expect(html).toContain('role="group"');
    expect(html).toContain('tabindex="0"');
    expect(html).toContain('stroke-dasharray="4 3"');
    expect(html).toContain('<path d="M');
    expect(html).not.toContain('role="tooltip"');
  });

  it('draws 12,000 touches as a few paths', () => {
    const big = largeJourney(40, 300);
    const html = renderToString(
      <DealJourney title="Journey" deal={big.deal} contacts={big.contacts} touches={big.touches} />,
    );
    expect((html.match(/<path /g) ?? []).length).toBeLessThan(20);
    expect((html.match(/M[\d.]+,/g) ?? []).length).toBe(12_000);
  });

  it('escapes hostile titles and renders each state', () => {
    expect(renderToString(<DealJourney title="<b>x</b>" />)).toContain('&lt;b&gt;');
    for (const status of ['loading', 'empty', 'error'] as const) {
      const html = renderToString(<DealJourney title="Journey" status={status} />);
      expect(html).toContain('role="status"');
      expect(html).toContain(`data-status="${status}"`);
    }
  });
});
