import { evaluateSla, type HandoffResult, handoff, type SlaEvaluation } from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_BUSINESS_HOURS,
  SAMPLE_SLA_FIRST_TOUCH_BUSINESS_HOURS,
} from '@closedloop/core/sample';

/** The sample SLA: 180 MQLs a quarter; first touch in 4 business hours, 3 attempts in 5 days. */
export function sampleSla(clockStartsAt: 'mql' | 'assignment' = 'assignment') {
  return {
    businessHours: SAMPLE_BUSINESS_HOURS,
    marketing: { metric: 'mqls' as const, target: 180, per: 'quarter' as const },
    sales: {
      firstTouch: { withinBusinessHours: SAMPLE_SLA_FIRST_TOUCH_BUSINESS_HOURS, clockStartsAt },
      attempts: { min: 3, withinBusinessDays: 5 },
    },
  };
}

/**
 * The sample's SLA evaluation at `SAMPLE_AS_OF` and the hand-off of the same MQL cohort (the
 * evaluation's period), whose ledger holds each episode's delays.
 */
export function sampleResponse(
  options: { seed?: number; scale?: number; clockStartsAt?: 'mql' | 'assignment' } = {},
): { evaluation: SlaEvaluation; handoff: HandoffResult } {
  const dataset = generateSampleDataset({ seed: options.seed ?? 1, scale: options.scale ?? 1 });
  const evaluation = evaluateSla(dataset, sampleSla(options.clockStartsAt), {
    asOf: SAMPLE_AS_OF,
  });
  const result = handoff(dataset, {
    asOf: SAMPLE_AS_OF,
    businessHours: SAMPLE_BUSINESS_HOURS,
    period: { start: evaluation.period.start, end: evaluation.period.end },
  });
  return { evaluation, handoff: result };
}

/**
 * The sample's evaluation with its ledger spread over `owners` synthetic owners (episodes
 * dealt round-robin): the 50-owner performance and stress case.
 */
export function manyOwners(
  owners: number,
  scale = 2,
): { evaluation: SlaEvaluation; handoff: HandoffResult } {
  const { evaluation, handoff: result } = sampleResponse({ scale });
  const ids = Array.from({ length: owners }, (_, i) => `owner-${String(i + 1).padStart(2, '0')}`);
  const ledger = result.ledger.map((row, i) =>
    row.assigneeId === null ? row : { ...row, assigneeId: ids[i % owners] as string },
  );
  const byOwner = ids.map((ownerId, i) => ({
    ownerId,
    name: `Rep ${i + 1} ${'Lindqvist-Okonkwo'.slice(0, (i % 17) + 1)}`,
    active: true,
    firstTouch: { eligible: 0, met: 0, breached: 0, attainment: null, running: 0, notStarted: 0 },
    attempts: null,
  }));
  return {
    evaluation: { ...evaluation, sales: { ...evaluation.sales, byOwner } },
    handoff: { ...result, ledger },
  };
}

/**
 * The sample's evaluation with `count` of its still-waiting MQLs rejected before anyone
 * touched them instead (the sample's reps touch every lead they reject): core then counts
 * them as `rejectedUnseen` on speed to lead and owner delay, not as waiting, so each row
 * still adds up to the MQLs. The edge case behind the widget's "rejected before a touch" line.
 */
export function withRejectedUnseen(evaluation: SlaEvaluation, count: number): SlaEvaluation {
  const times = evaluation.responseTimes.business;
  const move = (d: typeof times.speedToLead) => {
    const moved = Math.min(count, d.waiting);
    return { ...d, waiting: d.waiting - moved, rejectedUnseen: d.rejectedUnseen + moved };
  };
  return {
    ...evaluation,
    responseTimes: {
      ...evaluation.responseTimes,
      business: {
        ...times,
        speedToLead: move(times.speedToLead),
        ownerDelay: move(times.ownerDelay),
      },
    },
  };
}
