import { BREACH_KIND_LABELS, type BreachKind } from '@closedloop/core';
import { defaultStateLabels, type StateLabels, type StatusTone } from '../kit';

/** Every word `SlaScorecard` shows, overridable for translation. */
export interface SlaScorecardLabels extends StateLabels {
  marketing: string;
  sales: string;
  /** What marketing committed, by metric. */
  metrics: Record<'mqls' | 'sals' | 'sourced_pipeline', string>;
  /** Beside the delivered figure: "of 180 (69%)". */
  ofTarget: (target: string, percent: string) => string;
  /** The pro-rated marker: "Expected by May 15". */
  expectedBy: (date: string) => string;
  /** The pro-rated expectation in the context line: "88 expected by May 15". */
  expectedValue: (value: string, date: string) => string;
  target: string;
  delivered: string;
  forecast: string;
  /** The run-rate forecast in the context line: "on course for 255". */
  forecastValue: (value: string) => string;
  /** "142% of pace". */
  ofPace: (percent: string) => string;
  /** The period line, e.g. "Apr 1–Jun 30 · 49% elapsed". */
  period: (range: string, elapsed: string) => string;
  firstTouch: (duration: string, clock: 'mql' | 'assignment') => string;
  attempts: (min: string, days: string) => string;
  /** "84 of 120 met". */
  met: (met: string, eligible: string) => string;
  /** "36 breached · 0 running · 5 not started". */
  clockFacts: (breached: string, running: string, notStarted: string) => string;
  /** Status words beside each glyph. */
  status: Record<StatusTone, string>;
  /** How statuses are decided, in words (the footnote). */
  rules: (facts: {
    pace: string;
    paceRisk: string;
    salesTarget: string;
    salesRisk: string;
  }) => string;
  breachesTitle: (count: string) => string;
  noBreaches: string;
  breachKinds: Record<BreachKind, string>;
  lead: string;
  owner: string;
  kind: string;
  started: string;
  late: string;
  /** A clock still running past its deadline. */
  running: string;
  noOwner: string;
  showAll: (count: string) => string;
  showFewer: string;
  /** Tooltip and table words. */
  eligible: string;
  breached: string;
  attainment: string;
  window: string;
  /** Names the owner button's action: "Breaches of Ana (3)". */
  ownerBreaches: (owner: string, count: string) => string;
}

/** English defaults of `SlaScorecardLabels`. */
export const defaultSlaScorecardLabels: SlaScorecardLabels = {
  ...defaultStateLabels,
  marketing: 'Marketing commits',
  sales: 'Sales commits',
  metrics: { mqls: 'MQLs delivered', sals: 'SALs delivered', sourced_pipeline: 'Sourced pipeline' },
  ofTarget: (target, percent) => `of ${target} (${percent})`,
  expectedBy: (date) => `Expected by ${date}`,
  expectedValue: (value, date) => `${value} expected by ${date}`,
  target: 'Committed',
  delivered: 'Delivered',
  forecast: 'Run-rate forecast',
  forecastValue: (value) => `on course for ${value}`,
  ofPace: (percent) => `${percent} of pace`,
  period: (range, elapsed) => `${range} · ${elapsed} elapsed`,
  firstTouch: (duration, clock) =>
    `First touch within ${duration} of ${clock === 'mql' ? 'the MQL' : 'assignment'}`,
  attempts: (min, days) => `At least ${min} attempts in ${days} business days`,
  met: (met, eligible) => `${met} of ${eligible} met`,
  clockFacts: (breached, running, notStarted) =>
    `${breached} breached · ${running} running · ${notStarted} not started`,
  status: {
    ahead: 'Ahead',
    'on-track': 'On track',
    met: 'Met',
    'at-risk': 'At risk',
    behind: 'Behind',
    breached: 'Breached',
    pending: 'Pending',
  },
  rules: ({ pace, paceRisk, salesTarget, salesRisk }) =>
    `Marketing is on track at ${pace} of pace or more (at risk from ${paceRisk}); sales meets its SLA at ${salesTarget} attainment (at risk from ${salesRisk}).`,
  breachesTitle: (count) => `Breaches (${count}), worst first`,
  noBreaches: 'No breaches in this period.',
  breachKinds: BREACH_KIND_LABELS,
  lead: 'Lead',
  owner: 'Owner',
  kind: 'Breach',
  started: 'Clock started',
  late: 'How late (business time)',
  running: 'still running',
  noOwner: 'No owner',
  showAll: (count) => `Show all ${count}`,
  showFewer: 'Show the worst 5',
  eligible: 'Eligible',
  breached: 'Breached',
  attainment: 'Attainment',
  window: 'Window',
  ownerBreaches: (owner, count) => `Breaches of ${owner} (${count})`,
};
