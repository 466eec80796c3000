import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResponseTimes } from './response-times';
import { sampleResponse } from './response-times.fixtures';

describe('ResponseTimes on the server', () => {
  const { evaluation, handoff } = sampleResponse({ scale: 0.3 });

  it('renders rows, bands and owners without DOM globals', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <ResponseTimes title="Speed" evaluation={evaluation} episodes={handoff.ledger} />,
    );
    expect(html).toContain('aria-label="Speed: Business time, log scale"');
    expect(html).toMatch(/<svg role="group"[^>]*width="640"/);
    expect(html).toContain('SLA 4 hr');
    expect(html).toContain('Share by band');
    expect(html).toContain('Owner delay by owner, worst P90 first');
    expect(html).toContain('<table');
  });

  it('renders each state and escapes hostile titles', () => {
    for (const status of ['loading', 'empty', 'error'] as const) {
      expect(renderToString(<ResponseTimes title="x" status={status} />)).toContain(
        'role="status"',
      );
    }
    const html = renderToString(
      <ResponseTimes title="<script>alert(1)</script>" evaluation={evaluation} />,
    );
    expect(html).not.toContain('<script>');
  });
});
