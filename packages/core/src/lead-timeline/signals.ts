import type { FieldChange } from '../model/sales';
import type { WalkContext } from './context';
import type { Episode, SalesRejection } from './types';

/** A new episode at an MQL, owned by `owner` at that instant. */
export function openEpisode(
  ctx: WalkContext,
  personId: string,
  personIndex: number,
  number: number,
  ms: number,
  at: string,
  owner: string | null,
): Episode {
  const assigned = ctx.isSalesOwner(owner);
  return {
    id: `${personId}#${number}`,
    number,
    personId,
    personIndex,
    leadId: null,
    previousId: null,
    nextId: null,
    mqlMs: ms,
    mqlAt: at,
    endMs: Number.POSITIVE_INFINITY,
    campaignId: null,
    channel: 'unknown',
    ownerMs: [ms],
    ownerIds: [owner],
    assignedMs: assigned ? ms : Number.NaN,
    assignedAt: assigned ? at : null,
    assigneeId: assigned ? owner : null,
    attemptMs: [],
    firstTouchAt: null,
    firstTouchActivityId: null,
    firstTouchOwnerId: null,
    contactMs: Number.NaN,
    contactAt: null,
    acceptedMs: Number.NaN,
    acceptedAt: null,
    rejection: null,
    firstDecisionMs: Number.NaN,
    firstDecisionAt: null,
    decision: null,
    decidedMs: Number.NaN,
    opportunity: null,
    fate: 'pending',
  };
}

/**
 * An owner change (to `owner`, change `i` of the dataset) inside the episode: the first one to
 * a sales owner is the assignment. (The walk adds it to the episode's owner timeline.)
 */
export function applyOwner(
  ctx: WalkContext,
  ep: Episode,
  i: number,
  owner: string | null,
  ms: number,
): void {
  if (ep.assigneeId === null && ctx.isSalesOwner(owner)) {
    ep.assignedMs = ms;
    ep.assignedAt = (ctx.index.changes[i] as FieldChange).at;
    ep.assigneeId = owner;
  }
}

function decide(ep: Episode, ms: number, at: string): void {
  if (!(ep.firstDecisionMs <= ms)) {
    ep.firstDecisionMs = ms;
    ep.firstDecisionAt = at;
  }
}

function accept(ep: Episode, ms: number, at: string): void {
  decide(ep, ms, at);
  if (!(ep.acceptedMs <= ms)) {
    ep.acceptedMs = ms;
    ep.acceptedAt = at;
  }
  if (!(ep.decidedMs > ms)) {
    ep.decision = 'accepted';
    ep.decidedMs = ms;
  }
}

/**
 * A rejection. A status change and a return to nurture at the same instant are one decision:
 * the status gives the kind and the reason, whichever of the two changes comes first.
 */
function reject(ep: Episode, next: SalesRejection): void {
  decide(ep, next.ms, next.at);
  const same = ep.rejection !== null && ep.rejection.ms === next.ms ? ep.rejection : null;
  if (same === null) ep.rejection = next;
  else if (next.status !== null || same.status === null) {
    ep.rejection = { ...next, reason: next.reason ?? same.reason };
  } else if (same.reason === null && next.reason !== null) {
    ep.rejection = { ...same, reason: next.reason };
  }
  if (!(ep.decidedMs > next.ms)) {
    ep.decision = 'rejected';
    ep.decidedMs = next.ms;
  }
}

/**
 * A lifecycle change inside the episode: back before the MQL stage is a return to nurture
 * (recycled); the accepted stage or later is an acceptance; the opportunity and customer
 * stages mark an opportunity (open or won) when no deal shows one.
 */
export function applyStage(
  ctx: WalkContext,
  ep: Episode,
  change: FieldChange,
  ms: number,
  rank: number,
): void {
  const config = ctx.config;
  if (rank < 0) return;
  if (rank < config.mqlRank) {
    const rejection: SalesRejection = {
      kind: 'recycled',
      ms,
      at: change.at,
      reason: change.reason,
      status: null,
      changeId: change.id,
    };
    reject(ep, rejection);
    return;
  }
  if (rank >= config.acceptedRank) accept(ep, ms, change.at);
  if (rank >= config.opportunityRank) {
    const won = rank >= config.customerRank;
    const opp = ep.opportunity;
    if (opp === null) {
      ep.opportunity = {
        dealId: null,
        ms,
        at: change.at,
        status: won ? 'won' : 'open',
        closedAt: won ? change.at : null,
        amount: null,
      };
    } else if (won && opp.status !== 'won') {
      ep.opportunity = { ...opp, status: 'won', closedAt: change.at };
    }
  }
}

/**
 * A lead status change (change `i` of the dataset, to the value code `to`) inside the
 * episode: a decision or a first contact.
 */
export function applyStatus(ctx: WalkContext, ep: Episode, i: number, to: number, ms: number) {
  const kind = ctx.statusKindOf(to);
  if (kind === null) return;
  const change = ctx.index.changes[i] as FieldChange;
  if (kind === 'accepted') accept(ep, ms, change.at);
  else if (kind === 'contacted') {
    if (!(ep.contactMs <= ms)) {
      ep.contactMs = ms;
      ep.contactAt = change.at;
    }
  } else {
    reject(ep, {
      kind,
      ms,
      at: change.at,
      reason: change.reason,
      status: change.to,
      changeId: change.id,
    });
  }
}
