import type { DelayDistribution, LedgerRow, SlaEvaluation } from '@closedloop/core';
import { binDelays, type DelayBin, type DelayValue } from './delay-bins';

/** The three delays of the hand-off, in the order the widget draws them. */
export type DelayKind = 'speedToLead' | 'routingDelay' | 'ownerDelay';
export const DELAY_KINDS: readonly DelayKind[] = ['speedToLead', 'routingDelay', 'ownerDelay'];

/**
 * One episode's delays in minutes, as the hand-off's ledger gives them (business time):
 * `HandoffResult.ledger` rows fit as they are.
 */
export type DelayEpisode = Pick<
  LedgerRow,
  'episodeId' | 'assigneeId' | 'routingDelayMinutes' | 'ownerDelayMinutes' | 'speedToLeadMinutes'
>;

const FIELD = {
  speedToLead: 'speedToLeadMinutes',
  routingDelay: 'routingDelayMinutes',
  ownerDelay: 'ownerDelayMinutes',
} as const satisfies Record<DelayKind, keyof DelayEpisode>;

/** The delays of one kind that have ended, with their episode ids. */
export function delayValues(episodes: readonly DelayEpisode[], kind: DelayKind): DelayValue[] {
  const field = FIELD[kind];
  const values: DelayValue[] = [];
  for (const episode of episodes) {
    const minutes = episode[field];
    if (minutes !== null) values.push({ id: episode.episodeId, minutes });
  }
  return values;
}

/** The SLA's first-touch rule as the widget draws it: which delay it bounds and where. */
export interface SlaRule {
  /** Speed to lead for a clock started at the MQL, owner delay for one started at assignment. */
  kind: DelayKind;
  minutes: number;
}

/**
 * The first-touch SLA as a rule on the delay it measures, on the business basis only: the
 * commitment is in business hours and must not be drawn on wall-clock time.
 */
export function slaRule(
  sales: Pick<SlaEvaluation['sales'], 'firstTouch'>,
  basis: 'business' | 'elapsed',
): SlaRule | null {
  if (basis !== 'business') return null;
  const { clockStartsAt, withinBusinessHours } = sales.firstTouch;
  return {
    kind: clockStartsAt === 'mql' ? 'speedToLead' : 'ownerDelay',
    minutes: withinBusinessHours * 60,
  };
}

/** One row of the widget: a delay's distribution from core, and its histogram when episodes are given. */
export interface DelayRow {
  kind: DelayKind;
  distribution: DelayDistribution;
  /** Null without episodes: the row then shows percentiles and bands only. */
  bins: DelayBin[] | null;
  /** The SLA rule when it bounds this delay. */
  sla: number | null;
  /** Share of ended delays within the SLA (from the episodes); null without them or a rule. */
  withinSla: number | null;
}

/** The rows of the widget from an evaluation's response times on one basis. */
export function delayRows(
  times: SlaEvaluation['responseTimes']['business'],
  rule: SlaRule | null,
  episodes: readonly DelayEpisode[] | null,
): DelayRow[] {
  return DELAY_KINDS.map((kind) => {
    const values = episodes ? delayValues(episodes, kind) : null;
    const sla = rule?.kind === kind ? rule.minutes : null;
    return {
      kind,
      distribution: times[kind],
      bins: values ? binDelays(values) : null,
      sla,
      withinSla:
        values && sla !== null && values.length > 0
          ? values.filter((value) => value.minutes <= sla).length / values.length
          : null,
    };
  });
}
