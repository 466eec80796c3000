import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HandoffFlow } from './handoff-flow';
import { flowData, sampleHandoff } from './handoff-flow.fixtures';

describe('HandoffFlow on the server', () => {
  const result = sampleHandoff({ scale: 0.3 });

  it('renders without DOM globals, at the initial width', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<HandoffFlow title="Q1 MQLs" result={result} />);
    expect(html).toContain('aria-label="Q1 MQLs: hand-off flow"');
    expect(html).toMatch(/<svg role="group"[^>]*width="640"/);
    expect(html).toMatch(/aria-label="Paid search → MQL: \d+ MQLs/);
    expect(html).toContain('Why sales rejected MQLs');
    expect(html).toContain('<table');
  });

  it('renders the narrow bars at a small initial width, and each state', () => {
    const html = renderToString(<HandoffFlow title="Q1" result={result} initialWidth={360} />);
    expect(html).not.toContain('<svg role="group"');
    expect(html).toMatch(/MQL → Accepted: \d+ MQLs/);
    for (const status of ['loading', 'error'] as const) {
      expect(renderToString(<HandoffFlow title="Q1" status={status} />)).toContain('role="status"');
    }
    expect(
      renderToString(<HandoffFlow title="Q1" result={flowData({ nodes: [], links: [] })} />),
    ).toContain('No MQLs yet');
  });

  it('escapes hostile strings', () => {
    const html = renderToString(<HandoffFlow title="<script>alert(1)</script>" result={result} />);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
