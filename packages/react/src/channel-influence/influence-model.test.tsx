import { attributePaths } from '@closedloop/core';
import { describe, expect, it } from 'vitest';
import { pathFit, sampleDataDriven, THREE_PATHS, widePaths } from './channel-influence.fixtures';
import { influenceBars } from './influence-bars';
import { CONVERSION_STATE, NULL_STATE, rampStep, transitionMatrix } from './transition-matrix';

describe('influenceBars', () => {
  it('shows the share of conversions with the bootstrap interval over the same total', () => {
    const fit = pathFit(widePaths());
    const { bars, metric, smallSample } = influenceBars(fit);
    expect(metric).toBe('removal-effect');
    expect(smallSample).toBe(false);
    expect(bars.reduce((s, b) => s + b.value, 0)).toBeCloseTo(1, 9);
    for (const bar of bars) {
      const credit = fit.channels.find((c) => c.channel === bar.channel);
      expect(bar.value).toBeCloseTo((credit?.conversions ?? 0) / fit.totals.conversions, 12);
      expect(bar.low).toBeLessThanOrEqual(bar.value);
      expect(bar.high).toBeGreaterThanOrEqual(bar.value);
      expect(bar.removalEffect).toBe(credit?.removalEffect);
    }
    const values = bars.map((b) => b.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('flags few conversions: the whole fit below minConversions, a channel below its floor', () => {
    const tiny = influenceBars(pathFit(THREE_PATHS));
    expect(tiny.smallSample).toBe(true);
    // One conversion in all: every channel holds less than the floor of 10.
    expect(tiny.bars.every((b) => b.uncertain !== null)).toBe(true);
    expect(influenceBars(pathFit(widePaths()), { minConversions: 10_000 }).smallSample).toBe(true);
    const wide = influenceBars(pathFit(widePaths()), { minChannelConversions: 50 });
    const flagged = wide.bars.filter((b) => b.uncertain === 'small-sample').map((b) => b.channel);
    expect(flagged).toEqual(wide.bars.filter((b) => b.conversions < 50).map((b) => b.channel));
  });

  it('measures credited conversions or value with their own intervals', () => {
    const fit = pathFit(widePaths(), 'shapley');
    const value = influenceBars(fit, { measure: 'value' });
    expect(value.metric).toBe('shapley');
    const top = value.bars[0];
    const credit = fit.channels.find((c) => c.channel === top?.channel);
    expect(top?.value).toBe(credit?.value);
    expect(top?.low).toBe(Math.min(credit?.intervals?.value.low ?? 0, credit?.value ?? 0));
    const conversions = influenceBars(fit, { measure: 'conversions' });
    expect(conversions.bars.reduce((s, b) => s + b.value, 0)).toBeCloseTo(
      fit.totals.conversions,
      9,
    );
  });

  it('has no interval without a bootstrap, and a domain from zero', () => {
    const fit = attributePaths(widePaths(), { model: 'markov' });
    const { bars, domain } = influenceBars(fit);
    expect(bars.every((b) => b.low === null && b.high === null)).toBe(true);
    expect(domain[0]).toBe(0);
  });

  it('reads the sample company’s data-driven fit', () => {
    const fit = sampleDataDriven({ scale: 0.5, samples: 50 }).dataDriven;
    expect(fit).toBeDefined();
    if (!fit) return;
    const { bars } = influenceBars(fit);
    expect(bars).toHaveLength(fit.channels.length);
  });
});

describe('transitionMatrix', () => {
  const fit = pathFit(THREE_PATHS);
  if (!fit.markov) throw new Error('no chain');
  const matrix = transitionMatrix(fit.markov);

  it('puts start first, channels, then conversion and null columns', () => {
    expect(matrix.rows).toEqual(['(start)', 'C1', 'C2', 'C3']);
    expect(matrix.columns).toEqual(['C1', 'C2', 'C3', CONVERSION_STATE, NULL_STATE]);
  });

  it('holds the published transitions (jerednel test) and rows that sum to 1', () => {
    const at = (from: string, to: string) =>
      matrix.cells[matrix.rows.indexOf(from)]?.[matrix.columns.indexOf(to)];
    expect(at('(start)', 'C1')).toBeCloseTo(2 / 3, 12);
    expect(at('(start)', 'C2')).toBeCloseTo(1 / 3, 12);
    expect(at('C1', 'C2')).toBeCloseTo(0.5, 12);
    expect(at('C1', NULL_STATE)).toBeCloseTo(0.5, 12);
    for (const row of matrix.cells) expect(row.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
  });

  it('files k-gram transitions under the channel they move to (order 2)', () => {
    const fit = attributePaths(widePaths(), { model: 'markov', markov: { order: 2 } });
    if (!fit.markov) throw new Error('no chain');
    const order2 = transitionMatrix(fit.markov);
    expect(order2.rows.some((r) => r.includes(' > '))).toBe(true);
    expect(order2.columns.every((c) => !c.includes(' > '))).toBe(true);
    for (const row of order2.cells) expect(row.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
  });

  it('steps the ramp by share of the largest probability', () => {
    expect(rampStep(0, 1)).toBe(0);
    expect(rampStep(1, 1)).toBe(4);
    expect(rampStep(0.5, 1)).toBe(2);
    expect(rampStep(0.19, 1)).toBe(0);
  });
});
