import type { Deal } from '../model/deals';
import type { Goal } from '../model/sales';
import { type SupportedGoalMetric, UnsupportedGoalMetricError } from './errors';
import type { GoalQualityCode } from './types';

/** How one goal metric picks and values its deals. */
export interface DealMetric {
  /** The metric. */
  metric: SupportedGoalMetric;
  /** Money metrics sum deal amounts; count metrics count deals. */
  kind: 'money' | 'count';
  /** Whether the deal is the kind of record the metric measures (e.g. won deals for revenue). */
  applies: (deal: Deal) => boolean;
  /** The timestamp that places the deal in a period, or null when it is missing. */
  timestamp: (deal: Deal) => string | null;
  /** The quality finding for a deal without that timestamp. */
  missingTimestamp: GoalQualityCode;
}

/**
 * The definition of a supported goal metric.
 * @throws {UnsupportedGoalMetricError} for a metric not measured yet.
 */
export function dealMetric(goal: Goal): DealMetric {
  switch (goal.metric) {
    case 'revenue':
      return {
        metric: 'revenue',
        kind: 'money',
        applies: (deal) => deal.status === 'won',
        timestamp: (deal) => deal.closedAt,
        missingTimestamp: 'deal_missing_closed_at',
      };
    case 'deals_won':
      return {
        metric: 'deals_won',
        kind: 'count',
        applies: (deal) => deal.status === 'won',
        timestamp: (deal) => deal.closedAt,
        missingTimestamp: 'deal_missing_closed_at',
      };
    case 'pipeline':
      return {
        metric: 'pipeline',
        kind: 'money',
        applies: () => true,
        timestamp: (deal) => deal.createdAt,
        missingTimestamp: 'deal_missing_created_at',
      };
    default:
      throw new UnsupportedGoalMetricError(goal.metric, goal.id);
  }
}
