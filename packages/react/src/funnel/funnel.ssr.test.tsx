import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Funnel } from './funnel';
import { sampleFunnel } from './funnel.sample';

describe('Funnel on the server', () => {
  it('renders without DOM globals, both orientations and two slices', () => {
    expect(typeof window).toBe('undefined');
    const result = sampleFunnel();
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const html = renderToString(
        <Funnel
          title="Leads"
          orientation={orientation}
          result={result}
          groups={['content', 'paid_search']}
        />,
      );
      expect(html).toContain('data-stage="mql"');
      expect(html).toContain('Cohort method');
      expect(html).not.toContain('role="tooltip"');
    }
  });

  it('renders the median-time column at the 560px server width', () => {
    const html = renderToString(<Funnel title="Leads" result={sampleFunnel()} />);
    expect(html).toContain('Median time');
  });

  it('renders each state', () => {
    for (const status of ['loading', 'empty', 'error'] as const) {
      expect(renderToString(<Funnel title="Leads" status={status} />)).toContain(
        `data-status="${status}"`,
      );
    }
  });
});
