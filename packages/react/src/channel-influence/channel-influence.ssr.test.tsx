import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChannelInfluence } from './channel-influence';
import { pathFit, THREE_PATHS, widePaths } from './channel-influence.fixtures';

describe('ChannelInfluence on the server', () => {
  it('runs without DOM globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders bars, error bars, warnings and the heatmap at the server size', () => {
    const fit = pathFit(widePaths(), 'markov', 50);
    const html = renderToString(<ChannelInfluence title="Influence" result={fit} />);
    expect(html).toContain('width="560"');
    expect((html.match(/role="img"/g) ?? []).length).toBe(
      fit.channels.length + (fit.markov?.transitions.length ?? 0),
    );
    expect(html).toContain('Transition probabilities');
    expect(html).toContain('95% bootstrap interval');
    const small = renderToString(
      <ChannelInfluence title="Influence" result={pathFit(THREE_PATHS)} />,
    );
    expect(small).toContain('fewer than 100');
  });

  it('escapes hostile titles and renders each state', () => {
    expect(renderToString(<ChannelInfluence title="<b>x</b>" />)).toContain('&lt;b&gt;');
    for (const status of ['loading', 'empty', 'error'] as const) {
      const html = renderToString(<ChannelInfluence title="Influence" status={status} />);
      expect(html).toContain('role="status"');
      expect(html).toContain(`data-status="${status}"`);
    }
  });
});
