import { evaluateSla } from '@closedloop/core';
import { generateSampleDataset, SAMPLE_AS_OF } from '@closedloop/core/sample';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { sampleSla } from '../response-times/response-times.fixtures';
import { SlaScorecard } from './sla-scorecard';

describe('SlaScorecard on the server', () => {
  const evaluation = evaluateSla(generateSampleDataset({ scale: 0.3 }), sampleSla(), {
    asOf: SAMPLE_AS_OF,
  });

  it('renders both sides and the breaches without DOM globals, two columns at the initial width', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<SlaScorecard title="SLA" evaluation={evaluation} />);
    expect(html).toContain('Marketing commits');
    expect(html).toContain('Sales commits');
    expect(html).toContain('grid-template-columns:minmax(0, 1fr) minmax(0, 1fr)');
    expect(html).toContain('aria-sort="descending"');
    expect(html).toContain('data-tone=');
  });

  it('renders each state and escapes hostile titles', () => {
    for (const status of ['loading', 'empty', 'error'] as const) {
      expect(renderToString(<SlaScorecard title="x" status={status} />)).toContain('role="status"');
    }
    expect(
      renderToString(<SlaScorecard title="<script>1</script>" evaluation={evaluation} />),
    ).not.toContain('<script>');
  });
});
