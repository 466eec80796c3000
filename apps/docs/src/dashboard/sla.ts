import type { Dataset, Sla } from '@closedloop/core';
import {
  SAMPLE_BUSINESS_HOURS,
  SAMPLE_SEGMENTS,
  SAMPLE_SLA_FIRST_TOUCH_BUSINESS_HOURS,
  type SampleSegment,
} from '@closedloop/core/sample';
import type { SegmentFilter } from './options';

/**
 * The dashboard's SLA contract, as a company would write it. The sample ships goals but no
 * SLA, so the contract is declared here: marketing commits the quarter's MQL goal, split
 * across segments by these shares; sales commits a first human touch within the sample's 4
 * business hours of assignment and 3 attempts in 5 business days.
 */
export const SEGMENT_SHARES: Readonly<Record<SampleSegment, number>> = {
  SMB: 0.45,
  'Mid-Market': 0.35,
  Enterprise: 0.2,
};

type Commitment = Extract<Sla['marketing'], readonly unknown[]>[number];

/** The SLA for the whole company (split by segment) or for one segment's commitment. */
export function slaFor(dataset: Dataset, segment: SegmentFilter): Sla {
  const goal = dataset.goals.find((g) => g.metric === 'mqls' && g.segment === null);
  const total = goal === undefined ? 0 : Math.round(Number(goal.target));
  // Whole MQLs per segment that add up to the goal: the last segment takes the remainder.
  let left = total;
  const split: Commitment[] = SAMPLE_SEGMENTS.map((s, i) => {
    const target = i === SAMPLE_SEGMENTS.length - 1 ? left : Math.round(total * SEGMENT_SHARES[s]);
    left -= target;
    return { metric: 'mqls', target, per: 'quarter', fiscalYearStartMonth: 1, segment: s };
  });
  return {
    id: 'sample-sla',
    name: 'Brightwave marketing–sales SLA',
    businessHours: { ...SAMPLE_BUSINESS_HOURS, weekdays: [...SAMPLE_BUSINESS_HOURS.weekdays] },
    marketing: segment === 'all' ? split : split.filter((c) => c.segment === segment),
    sales: {
      firstTouch: {
        withinBusinessHours: SAMPLE_SLA_FIRST_TOUCH_BUSINESS_HOURS,
        clockStartsAt: 'assignment',
      },
      attempts: { min: 3, withinBusinessDays: 5 },
    },
  };
}
