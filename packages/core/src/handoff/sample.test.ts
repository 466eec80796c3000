import { describe, expect, it } from 'vitest';
import { FATES } from '../lead-timeline/types';
import {
  DISPOSITION_REASONS,
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
  sampleDataQuality,
} from '../sample/index';
import { handoff } from './handoff';

const dataset = generateSampleDataset({ seed: 1, scale: 1 });
const result = handoff(dataset, { asOf: SAMPLE_AS_OF, businessHours: SAMPLE_BUSINESS_HOURS });

describe('handoff on the sample dataset', () => {
  it('finds one MQL episode per lead work item, and every fate', () => {
    expect(result.counts.mqls).toBe(dataset.leads.length);
    for (const fate of FATES) expect(result.counts.byFate[fate]).toBeGreaterThan(0);
    expect(new Set(result.ledger.map((row) => row.leadId)).size).toBe(dataset.leads.length);
  });

  it('matches the rejections and re-MQLs the sample README documents', () => {
    // data/sample/README.md: Bad timing 175 and No contact 162 recycled; No ICP fit 103,
    // Existing opportunity 66, Duplicate 17 disqualified; 104 people came back as MQLs.
    expect(result.sales.byReason.map((row) => [row.kind, row.reason, row.count])).toEqual([
      ['recycled', 'Bad timing', 175],
      ['recycled', 'No contact', 162],
      ['disqualified', 'No ICP fit', 103],
      ['disqualified', 'Existing opportunity', 66],
      ['disqualified', 'Duplicate', 17],
    ]);
    expect(new Set(result.sales.byReason.map((row) => row.reason))).toEqual(
      new Set(DISPOSITION_REASONS),
    );
    const cameBack = new Set(
      result.ledger.filter((row) => row.number > 1).map((row) => row.personId),
    );
    expect(cameBack.size).toBe(104);
  });

  it('reports the deliberate hand-off problems and nothing else', () => {
    const codes = Object.fromEntries(result.quality.map((f) => [f.code, f.count]));
    expect(Object.keys(codes).sort()).toEqual(['episode_unassigned', 'owner_inactive']);
    const inactive = sampleDataQuality(dataset).inactiveUser;
    const owner = result.sales.byOwner.find((row) => row.ownerId === inactive);
    expect(owner?.active).toBe(false);
    expect(result.sales.byOwner.find((row) => row.ownerId === null)?.mqls).toBe(
      codes.episode_unassigned,
    );
  });

  it('keeps the split of speed to lead consistent on every touched lead', () => {
    for (const row of result.ledger) {
      if (row.speedToLeadMinutes === null) continue;
      expect((row.routingDelayMinutes ?? 0) + (row.ownerDelayMinutes ?? 0)).toBeCloseTo(
        row.speedToLeadMinutes,
        6,
      );
    }
  });
});
