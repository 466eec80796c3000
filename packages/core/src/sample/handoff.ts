import type { Lead } from '../model/people';
import { type ActivityScope, addActivity, addTask, completeTask } from './activities';
import { type DispositionReason, LEAD_STATUSES, RECYCLE_REASONS } from './constants';
import { type Ctx, EMPTY_CUSTOM, sampleId, sampleSource } from './context';
import { openNewBusinessDeal } from './deals';
import { planTrigger } from './journeys';
import {
  type AccountPlan,
  type Env,
  type PersonPlan,
  setOwner,
  setStage,
  setStatus,
  type Trigger,
} from './plan';
import { AS_OF_MS, addBusinessMinutes, DAY, formatUtc, HOUR, MINUTE, SECOND, sec } from './time';
import type { Sdr } from './users';

/*
 * The marketing → sales hand-off, one MQL episode at a time: routing (queue, then a rep, with
 * a routing delay that is sometimes long), automated sequence steps that are not human
 * touches, the first human touch after a log-normal owner delay in business hours, call
 * attempts, acceptance or rejection with a reason, recycling to nurture and re-MQL.
 */

const SEQUENCE_SUBJECTS = [
  'Sequence step 1: thanks for your interest',
  'Sequence step 2: a resource for you',
  'Sequence step 3: still interested?',
];
const CALL_SUBJECTS = [
  '',
  'Call attempt 1',
  'Call attempt 2',
  'Call attempt 3',
  'Call attempt 4',
  'Call attempt 5',
  'Call attempt 6',
  'Call attempt 7',
];

const HOT_LABELS = Object.freeze(['Hot']) as unknown as string[];
const NO_LABELS = Object.freeze([]) as unknown as string[];

/** Round-robin over the SDRs working at `ms`; after the deactivation a few still leak to the leaver. */
export function pickSdr(ctx: Ctx, env: Env, ms: number): Sdr {
  const { sdrs, inactiveSdr, deactivatedMs } = env.staff;
  if (ms >= deactivatedMs && ctx.rng.chance(0.03)) return inactiveSdr;
  const from = ms >= deactivatedMs ? 1 : 0; // the inactive SDR is first in the list
  const i = from + (env.sdrCursor++ % (sdrs.length - from));
  return sdrs[i] as Sdr;
}

function newLead(ctx: Ctx, p: PersonPlan, trigger: Trigger, mqlMs: number): Lead {
  const n = ctx.next('lead');
  const c = trigger.campaign;
  const lead: Lead = {
    id: sampleId('lead', n),
    source: sampleSource('lead', n),
    createdAt: formatUtc(mqlMs),
    updatedAt: formatUtc(mqlMs),
    deletedAt: null,
    custom: EMPTY_CUSTOM,
    title: `${p.record.firstName} ${p.record.lastName} — ${p.account.record.name}`,
    personId: p.record.id,
    accountId: p.account.record.id,
    ownerId: null,
    status: null,
    labels: trigger.hot ? HOT_LABELS : NO_LABELS,
    sourceName: c.record.name,
    channel: {
      channel: c.channel,
      rawChannel: c.rawChannel,
      detail1: c.detail1,
      detail2: c.record.name,
      campaignId: c.id,
      at: formatUtc(trigger.ms),
    },
    value: null,
    archived: false,
    convertedAt: null,
    convertedDealId: null,
  };
  ctx.data.leads.push(lead);
  p.lead = lead;
  return lead;
}

function rejectionReason(
  ctx: Ctx,
  p: PersonPlan,
  acc: AccountPlan,
  mqlMs: number,
): DispositionReason | null {
  const { rng } = ctx;
  if (p.duplicate) return 'Duplicate';
  if (openDealAt(acc, mqlMs) && rng.chance(0.5)) return 'Existing opportunity';
  const noFit = p.fit < 35 ? 0.5 : p.fit < 55 ? 0.18 : 0.05;
  const r = rng.float();
  if (r < noFit) return 'No ICP fit';
  if (r < noFit + 0.17) return 'Bad timing';
  return null;
}

function openDealAt(acc: AccountPlan, ms: number): boolean {
  for (const [start, end] of acc.dealSpans) if (start <= ms && ms < end) return true;
  return false;
}

/** Rejects with a reason: recycle reasons send the person back to nurture, others disqualify. */
function dispose(
  ctx: Ctx,
  p: PersonPlan,
  reason: DispositionReason,
  ms: number,
  actor: string,
): number | null {
  if (RECYCLE_REASONS.includes(reason)) {
    setStatus(ctx, p, LEAD_STATUSES.recycled, ms, actor, 'CRM_UI', reason);
    setStage(ctx, p, 'lead', ms, null, 'WORKFLOW');
    setOwner(ctx, p, null, ms + SECOND, null, 'WORKFLOW');
    p.recycledMs.push(ms);
    return ms;
  }
  setStatus(ctx, p, LEAD_STATUSES.unqualified, ms, actor, 'CRM_UI', reason);
  return null;
}

/**
 * Runs one MQL episode and returns the recycle instant when the lead went back to nurture
 * (a candidate for re-MQL), or null when the episode ended otherwise or is still running at
 * the as-of instant.
 */
function runEpisode(
  ctx: Ctx,
  env: Env,
  acc: AccountPlan,
  p: PersonPlan,
  trigger: Trigger,
  episode: number,
): number | null {
  const { rng } = ctx;
  const { staff } = env;
  const mqlMs = sec(trigger.ms + trigger.mqlDelayMs);
  if (mqlMs > AS_OF_MS) return null;
  setStage(ctx, p, 'mql', mqlMs, null, 'WORKFLOW');
  const lead = newLead(ctx, p, trigger, mqlMs);
  setStatus(ctx, p, LEAD_STATUSES.new, mqlMs, null, 'WORKFLOW');

  // Routing: outbound leads already belong to their SDR; the rest wait in the queue.
  let sdr: Sdr;
  let assignMs: number;
  if (p.outboundSdr !== null && episode === 1) {
    sdr = p.outboundSdr;
    assignMs = mqlMs;
  } else {
    setOwner(ctx, p, staff.queue.id, mqlMs + SECOND, null, 'WORKFLOW');
    lead.ownerId = staff.queue.id;
    const route = rng.float();
    if (route < 0.02) return null; // never routed: sits in the queue
    const manual = route >= 0.82;
    assignMs = !manual
      ? mqlMs + sec(rng.between(3, 180) * SECOND)
      : route < 0.94
        ? addBusinessMinutes(mqlMs, rng.logNormal(40, 0.9))
        : addBusinessMinutes(mqlMs, rng.between(1, 6) * 480);
    if (assignMs > AS_OF_MS) return null;
    sdr = pickSdr(ctx, env, assignMs);
    setOwner(
      ctx,
      p,
      sdr.user.id,
      assignMs,
      manual ? (staff.marketing[0]?.id ?? null) : null,
      manual ? 'CRM_UI' : 'ROUTING',
    );
  }
  lead.ownerId = sdr.user.id;
  const owner = sdr.user.id;
  const scope: ActivityScope = {
    ownerId: owner,
    personIds: p.idList,
    accountId: acc.record.id,
    dealId: null,
    leadId: lead.id,
  };

  // Automation the moment a rep owns the lead: a sequence e-mail and a call task.
  const auto = (ms: number, step: number) => {
    if (ms <= AS_OF_MS) {
      addActivity(
        ctx,
        scope,
        'email',
        'Sequence email',
        ms,
        SEQUENCE_SUBJECTS[step] as string,
        'outbound',
        true,
      );
    }
  };
  auto(sec(assignMs + rng.between(60, 240) * SECOND), 0);
  const task = addTask(
    ctx,
    scope,
    assignMs,
    Math.min(AS_OF_MS, addBusinessMinutes(assignMs, 240)),
    'Call new MQL within 4 business hours',
  );

  const inactive = sdr === staff.inactiveSdr;
  const neverWorked = rng.chance(0.07) || (inactive && assignMs >= staff.deactivatedMs);
  if (neverWorked) {
    auto(addBusinessMinutes(assignMs + 2 * DAY, 0), 1);
    auto(addBusinessMinutes(assignMs + 6 * DAY, 0), 2);
    return null;
  }

  // First human touch: log-normal owner delay in business minutes, scaled by the rep's pace.
  const delay = Math.min(10 * 480, rng.logNormal(70 * sdr.speed, 1.5));
  let t = addBusinessMinutes(assignMs, delay);
  const connectP = delay > 480 ? 0.22 : 0.42;
  const maxAttempts = rng.int(3, 7);
  let connectedMs: number | null = null;
  let lastAttempt = t;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (t > AS_OF_MS || (inactive && t >= staff.deactivatedMs)) return null;
    lastAttempt = t;
    const call = rng.chance(attempt === 1 ? 0.7 : 0.6);
    const connected = call && rng.chance(connectP);
    if (call) {
      const rawType = connected
        ? 'Call — Connected'
        : rng.chance(0.4)
          ? 'Call — Left voicemail'
          : 'Call — No answer';
      addActivity(ctx, scope, 'call', rawType, t, CALL_SUBJECTS[attempt] as string, 'outbound');
    } else {
      addActivity(ctx, scope, 'email', 'Email', t, 'Following up on your request', 'outbound');
    }
    if (attempt === 1) {
      setStatus(ctx, p, LEAD_STATUSES.attempting, t, owner, 'CRM_UI');
      completeTask(task, t);
    }
    if (connected) {
      connectedMs = t + rng.between(4, 25) * MINUTE;
      break;
    }
    if (!call && rng.chance(0.12)) {
      const reply = sec(t + rng.logNormal(3 * HOUR, 1));
      if (reply > AS_OF_MS) return null;
      addActivity(
        ctx,
        scope,
        'email',
        'Email',
        reply,
        'Re: Following up on your request',
        'inbound',
      );
      connectedMs = reply;
      break;
    }
    t = addBusinessMinutes(t, rng.logNormal(600, 0.6));
  }
  if (connectedMs === null) {
    const giveUp = addBusinessMinutes(lastAttempt, rng.between(240, 1440));
    return giveUp > AS_OF_MS ? null : dispose(ctx, p, 'No contact', giveUp, owner);
  }
  connectedMs = sec(connectedMs);
  if (connectedMs > AS_OF_MS) return null;
  setStatus(ctx, p, LEAD_STATUSES.connected, connectedMs, owner, 'CRM_UI');

  const decidedMs = addBusinessMinutes(connectedMs, rng.logNormal(180, 1));
  if (decidedMs > AS_OF_MS) return null;
  const reason = rejectionReason(ctx, p, acc, mqlMs);
  if (reason !== null) return dispose(ctx, p, reason, decidedMs, owner);
  setStage(ctx, p, 'sal', decidedMs, owner, 'CRM_UI');
  setStatus(ctx, p, LEAD_STATUSES.accepted, decidedMs, owner, 'CRM_UI');

  // The SDR's qualification meeting decides SQL or not.
  const meetMs = addBusinessMinutes(decidedMs, rng.logNormal(900, 0.7));
  if (meetMs > AS_OF_MS) return null;
  addActivity(ctx, scope, 'meeting', 'Meeting', meetMs, 'Qualification call', 'outbound');
  const sqlMs = sec(meetMs + rng.between(30, 90) * MINUTE);
  if (sqlMs > AS_OF_MS) return null;
  const r = rng.float();
  const sqlP = 0.56 + p.fit / 250;
  if (r >= sqlP)
    return dispose(ctx, p, r < sqlP + (1 - sqlP) / 2 ? 'Bad timing' : 'No ICP fit', sqlMs, owner);
  setStage(ctx, p, 'sql', sqlMs, owner, 'CRM_UI');
  setStatus(ctx, p, LEAD_STATUSES.qualified, sqlMs, owner, 'CRM_UI');
  setOwner(ctx, p, acc.owner.id, sqlMs + SECOND, owner, 'CRM_UI');
  p.record.kind = 'contact';

  const oppMs = addBusinessMinutes(sqlMs, rng.logNormal(480, 1));
  if (oppMs > AS_OF_MS) return null;
  if (openDealAt(acc, oppMs)) return null; // joins the account's running deal instead
  if (!rng.chance(0.9)) {
    const later = addBusinessMinutes(sqlMs + rng.between(5, 20) * DAY, 0);
    return later > AS_OF_MS ? null : dispose(ctx, p, 'Bad timing', later, acc.owner.id);
  }
  const deal = openNewBusinessDeal(ctx, env, acc, p, oppMs, trigger.campaign.id);
  lead.convertedAt = formatUtc(oppMs);
  lead.convertedDealId = deal.id;
  lead.updatedAt = formatUtc(oppMs);
  return null;
}

/**
 * Simulates a person's hand-offs: the first MQL, then after each recycle a chance to come back
 * as an MQL on a new high-intent touch (up to three episodes).
 */
export function runHandoffs(ctx: Ctx, env: Env, acc: AccountPlan, p: PersonPlan): void {
  let trigger = p.firstTrigger;
  for (let episode = 1; trigger !== null && episode <= 3; episode++) {
    p.triggers.push(trigger);
    const recycled = runEpisode(ctx, env, acc, p, trigger, episode);
    if (recycled === null || !ctx.rng.chance(episode === 1 ? 0.42 : 0.25)) return;
    const t = recycled + ctx.rng.logNormal(60 * DAY, 0.6);
    if (t > AS_OF_MS) return;
    trigger = planTrigger(ctx, env, p, t, recycled);
  }
}
