import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ModelComparison } from './model-comparison';
import { sampleComparison } from './model-comparison.fixtures';

describe('ModelComparison on the server', () => {
  it('runs without DOM globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders the dots, names and table at the server size', () => {
    const comparison = sampleComparison({ scale: 0.3, models: ['first-touch', 'w-shaped'] });
    const html = renderToString(<ModelComparison title="Models" comparison={comparison} />);
    expect(html).toContain('<svg');
    expect(html).toContain('width="560"');
    expect(html).toContain('role="group"');
    expect((html.match(/role="img"/g) ?? []).length).toBe(comparison.channels.length * 2);
    expect(html).toContain('versus First touch');
    expect(html).toContain('<table');
    expect(html).not.toContain('role="tooltip"');
  });

  it('escapes hostile titles and renders each state', () => {
    expect(renderToString(<ModelComparison title="<script>x</script>" />)).toContain(
      '&lt;script&gt;',
    );
    for (const status of ['loading', 'empty', 'error'] as const) {
      const html = renderToString(<ModelComparison title="Models" status={status} />);
      expect(html).toContain('role="status"');
      expect(html).toContain(`data-status="${status}"`);
    }
  });
});
