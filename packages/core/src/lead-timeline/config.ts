import type * as z from 'zod/mini';
import { OptionsError } from '../options/options-error';
import { type BusinessCalendar, businessCalendar } from '../time/business-hours';
import { parseInstant } from '../time/instant';
import type { LeadTimelineOptionsSchema } from './options';

/** What a lead status change means for the hand-off. */
export type StatusKind = 'accepted' | 'recycled' | 'disqualified' | 'contacted';

const DEFAULT_ORDER = [
  'subscriber',
  'lead',
  'mql',
  'sal',
  'sql',
  'opportunity',
  'customer',
  'evangelist',
];

const DEFAULT_STATUSES: Record<StatusKind, readonly string[]> = {
  accepted: [
    'accepted',
    'sales accepted',
    'qualified',
    'open deal',
    'converted',
    'closed converted',
  ],
  recycled: ['recycled', 'recycle', 'nurture', 'bad timing'],
  disqualified: ['unqualified', 'disqualified', 'rejected', 'junk', 'closed not converted'],
  contacted: ['connected', 'contacted', 'working contacted', 'in conversation'],
};

/** Lower case, punctuation and underscores as single spaces: `BAD_TIMING` → `bad timing`. */
export function normalizeStatus(status: string): string {
  return status
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The options of a timeline, resolved: every default applied, lookups built. */
export interface TimelineConfig {
  asOf: string;
  asOfMs: number;
  calendar: BusinessCalendar;
  neverWorkedAfter: { days: number } | { businessHours: number };
  /** Rank of each ordered lifecycle stage. */
  stageRank: ReadonlyMap<string, number>;
  mqlStage: string;
  mqlRank: number;
  acceptedRank: number;
  opportunityRank: number;
  customerRank: number;
  /** Normalized status → meaning. */
  statusKinds: ReadonlyMap<string, StatusKind>;
}

function rankOf(order: readonly string[], stage: string, key: string, fn: string): number {
  const rank = order.indexOf(stage);
  if (rank < 0) {
    throw new OptionsError(fn, [
      {
        path: `lifecycle.${key}`,
        code: 'invalid_value',
        message: `stage "${stage}" is not in lifecycle.order (${order.join(', ')})`,
      },
    ]);
  }
  return rank;
}

/**
 * Resolves parsed timeline options.
 * @throws {OptionsError} when a named stage is missing from the order.
 */
export function timelineConfig(
  options: z.output<typeof LeadTimelineOptionsSchema>,
  fn: string,
  calendar?: BusinessCalendar,
): TimelineConfig {
  const order = options.lifecycle?.order ?? DEFAULT_ORDER;
  const mqlStage = options.lifecycle?.mql ?? 'mql';
  const statusKinds = new Map<string, StatusKind>();
  for (const kind of ['contacted', 'accepted', 'disqualified', 'recycled'] as const) {
    for (const name of options.statuses?.[kind] ?? DEFAULT_STATUSES[kind]) {
      statusKinds.set(normalizeStatus(name), kind);
    }
  }
  const ranks = {
    mql: rankOf(order, mqlStage, 'mql', fn),
    accepted: rankOf(order, options.lifecycle?.accepted ?? 'sal', 'accepted', fn),
    opportunity: rankOf(order, options.lifecycle?.opportunity ?? 'opportunity', 'opportunity', fn),
    customer: rankOf(order, options.lifecycle?.customer ?? 'customer', 'customer', fn),
  };
  if (
    !(
      ranks.mql < ranks.accepted &&
      ranks.accepted <= ranks.opportunity &&
      ranks.opportunity <= ranks.customer
    )
  ) {
    throw new OptionsError(fn, [
      {
        path: 'lifecycle',
        code: 'conflicting_options',
        message: 'stages must come in the order mql < accepted ≤ opportunity ≤ customer',
      },
    ]);
  }
  return {
    asOf: options.asOf,
    asOfMs: parseInstant(options.asOf),
    calendar: calendar ?? businessCalendar(options.businessHours ?? { timeZone: 'UTC' }),
    neverWorkedAfter: options.neverWorkedAfter ?? { days: 7 },
    stageRank: new Map(order.map((stage, rank) => [stage, rank])),
    mqlStage,
    mqlRank: ranks.mql,
    acceptedRank: ranks.accepted,
    opportunityRank: ranks.opportunity,
    customerRank: ranks.customer,
    statusKinds,
  };
}
