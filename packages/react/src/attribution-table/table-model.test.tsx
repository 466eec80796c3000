import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleComparison, sampleResult } from './attribution-table.fixtures';
import { csvCell, toCsv } from './csv';
import { fromUnits, sumDecimals, toUnits } from './decimal';
import { ATTRIBUTION_DIMENSIONS } from './dimension';
import { dealsOfRow, touchesOfDeal, unattributedDeals } from './drill-down';
import { buildTableModel } from './table-model';

const comparison = sampleComparison();
const result = sampleResult();

describe('decimal strings', () => {
  it('round-trips any decimal at its scale', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat(4), (units, scale) => {
        expect(toUnits(fromUnits(units, scale), scale)).toBe(units);
      }),
    );
  });

  it('sums exactly where floating point drifts', () => {
    expect(sumDecimals(['0.10', '0.20', '-0.05'], 2)).toBe('0.25');
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDecimals(Array(10).fill('0.10'), 2)).toBe('1.00');
    expect(() => toUnits('1.234', 2)).toThrow(RangeError);
    expect(() => toUnits('1e5', 2)).toThrow(RangeError);
  });
});

describe('buildTableModel', () => {
  it('reconciles every dimension of every model: rows + not attributed = total', () => {
    for (const dimension of ATTRIBUTION_DIMENSIONS) {
      const model = buildTableModel(comparison, dimension);
      expect(model.models.map((m) => m.label)).toEqual([
        'W-shaped',
        'Full path (pending)',
        'Linear',
      ]);
      for (const line of model.reconciliation) {
        expect(line.reconciles, `${dimension} ${line.label}`).toBe(true);
        expect(line.difference).toBe('0.00');
      }
    }
  });

  it('shows unattributed deals and pending shares, never drops them', () => {
    const model = buildTableModel(comparison, 'channel');
    const [wShaped, fullPath] = comparison.results;
    expect(wShaped?.totals.unattributedDeals).toBeGreaterThan(0);
    expect(Number(fullPath?.totals.pendingValue)).toBeGreaterThan(0);
    expect(model.unattributed.values).toEqual(
      comparison.results.map((r) => r.totals.unattributedValue),
    );
    expect(model.unattributed.pending).toEqual(
      comparison.results.map((r) => r.totals.pendingValue),
    );
    expect(model.unattributed.deals[0]).toBe(wShaped?.totals.unattributedDeals);
    // The by-reason rows plus pending add up to the row.
    comparison.results.forEach((r, k) => {
      const parts = [
        ...model.unattributed.byReason.map((b) => b.values[k] ?? '0.00'),
        r.totals.pendingValue,
      ];
      expect(sumDecimals(parts, 2)).toBe(r.totals.unattributedValue);
    });
  });

  it('matches the rollup strings exactly and the comparison per channel', () => {
    const model = buildTableModel(comparison, 'channel');
    for (const channel of comparison.channels) {
      if (channel.channel === '(unattributed)') continue;
      const row = model.rows.find((r) => r.key === channel.channel);
      expect(row?.values).toEqual(channel.values);
    }
    const rollup = comparison.results[0]?.rollups.byChannel ?? [];
    for (const entry of rollup) {
      const row = model.rows.find((r) => r.key === entry.key);
      expect(row?.values[0]).toBe(entry.value);
      expect(row?.credit[0]).toBe(entry.credit);
      expect(row?.touches[0]).toBe(entry.touches);
    }
  });

  it('lists every campaign with its cost, credited or not, and ROI as core computes it', () => {
    const model = buildTableModel(result, 'campaign');
    for (const campaign of result.campaigns) {
      const row = model.rows.find((r) => r.key === campaign.campaignId);
      expect(row, campaign.name).toBeDefined();
      expect(row?.values[0]).toBe(campaign.attributed);
      expect(row?.cost).toBe(campaign.cost);
      expect(row?.roi[0]).toBe(campaign.roi);
      expect(row?.roas[0]).toBe(campaign.roas);
    }
    expect(model.rows.some((r) => r.values[0] === '0.00' && r.cost !== null)).toBe(true);
  });

  it('groups campaigns by channel with exact sums', () => {
    const flat = buildTableModel(comparison, 'campaign');
    const grouped = buildTableModel(comparison, 'campaign', true);
    expect(grouped.rows.every((g) => g.kind === 'group')).toBe(true);
    for (const group of grouped.rows) {
      for (let k = 0; k < 3; k++) {
        expect(group.values[k]).toBe(
          sumDecimals(
            (group.subRows ?? []).map((r) => r.values[k] ?? '0'),
            2,
          ),
        );
      }
    }
    expect(grouped.rows.flatMap((g) => g.subRows ?? []).length).toBe(flat.rows.length);
  });
});

describe('drill-down', () => {
  it('opens every row to deals whose credits add up to the row, under every model', () => {
    for (const dimension of ['campaign', 'channel', 'touchType', 'content'] as const) {
      const model = buildTableModel(comparison, dimension);
      for (const row of model.rows) {
        const { deals, complete } = dealsOfRow(model.results, dimension, row.key, 2, row.values);
        expect(complete, `${dimension} ${row.key}`).toBe(true);
        for (let k = 0; k < 3; k++) {
          expect(
            sumDecimals(
              deals.map((d) => d.values[k] ?? '0'),
              2,
            ),
          ).toBe(row.values[k]);
          const weights = deals.reduce((sum, d) => sum + (d.weights[k] ?? 0), 0);
          expect(weights).toBeCloseTo(row.credit[k] ?? 0, 9);
        }
      }
    }
  });

  it('opens a deal to the touches that credited it, each with its sentence', () => {
    const model = buildTableModel(comparison, 'channel');
    const row = model.rows[0];
    if (!row) throw new Error('no rows');
    const { deals } = dealsOfRow(model.results, 'channel', row.key, 2, row.values);
    const deal = deals[0];
    if (!deal) throw new Error('no deals');
    const touches = touchesOfDeal(model.results, 'channel', row.key, deal.dealId, 2);
    expect(touches.length).toBeGreaterThan(0);
    for (let k = 0; k < 3; k++) {
      expect(
        sumDecimals(
          touches.map((t) => t.values[k] ?? '0'),
          2,
        ),
      ).toBe(deal.values[k]);
    }
    const credited = touches.find((t) => (t.weights[0] ?? 0) > 0);
    expect(credited?.explanations[0]).toMatch(/^W-shaped: /);
    expect(credited?.channel).toBe(row.key);
    const times = touches.map((t) => Date.parse(t.occurredAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('says when a team row cannot be opened exactly (team by deal owner)', () => {
    const byOwner = sampleResult({ teamBy: 'deal-owner' });
    const model = buildTableModel(byOwner, 'team');
    const row = model.rows[0];
    if (!row) throw new Error('no rows');
    expect(dealsOfRow(model.results, 'team', row.key, 2, row.values).complete).toBe(false);
  });

  it('lists the deals behind the not-attributed row, adding up to it', () => {
    const lines = unattributedDeals(comparison.results, 2);
    comparison.results.forEach((r, k) => {
      expect(
        sumDecimals(
          lines.map((l) => l.values[k] ?? '0'),
          2,
        ),
      ).toBe(r.totals.unattributedValue);
    });
    const reasoned = lines.find((l) => l.reasons[0] !== null);
    expect(reasoned?.reasons[0]).toBe('all-touches-excluded');
    const touches = touchesOfDeal(comparison.results, 'channel', null, reasoned?.dealId ?? '', 2);
    for (const touch of touches) expect(touch.explanations[0]).toMatch(/no credit/);
  });
});

describe('csv', () => {
  it('writes decimal strings exactly and neutralises formulas in text', () => {
    expect(csvCell('1234.56')).toBe('1234.56');
    expect(csvCell('-0.50')).toBe('-0.50');
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe('');
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('a,1\r\nb,');
  });
});
