import type { Deal } from '../model/deals';
import type { Touchpoint } from '../model/marketing';
import type { Account, Lead, Person, User } from '../model/people';
import type { TouchOrigin, TouchpointType } from '../model/vocabulary';
import type { CampaignDirectory, CampaignInfo } from './campaigns';
import type { SampleLifecycleStage, SampleSegment } from './constants';
import type { Ctx } from './context';
import type { PipelineDirectory } from './deals';
import { formatUtc, type ZoneId } from './time';
import type { Sdr, Staff } from './users';

/*
 * The generator's working state for accounts and people. Records are built mutably while an
 * account is simulated and are final once the account is done; the plans are then dropped.
 */

/** How a person first became known. */
export type Origin =
  | 'paid_search'
  | 'paid_social'
  | 'organic_social'
  | 'content'
  | 'webinar'
  | 'event'
  | 'partner'
  | 'outbound'
  | 'subscriber';

/** One marketing touch before it becomes a record. */
export interface TouchSpec {
  ms: number;
  campaign: CampaignInfo;
  type: TouchpointType;
  origin: TouchOrigin;
  title: string | null;
  formId: string | null;
  url: string | null;
}

/** The high-intent moment that makes a person an MQL, with the touches that show it. */
export interface Trigger {
  /** The instant of the decisive touch. */
  ms: number;
  /** How long scoring or list sync takes before the lifecycle stage changes. */
  mqlDelayMs: number;
  campaign: CampaignInfo;
  touches: TouchSpec[];
  /** A "how did you hear about us" answer given on the form, if any. */
  selfReported: string | null;
  hot: boolean;
}

/** Everything shared by the simulation of all accounts. */
export interface Env {
  staff: Staff;
  campaigns: CampaignDirectory;
  pipelines: PipelineDirectory;
  /** Round-robin cursors. */
  sdrCursor: number;
  aeCursor: Record<SampleSegment, number>;
  /** Expansion deals generated so far (the first two lack contact roles on purpose). */
  expansions: number;
  /** The current account's deals, whose `originalSource` is the primary contact's, once known. */
  pendingDealSources: { deal: Deal; primary: PersonPlan }[];
}

/** An account being simulated. */
export interface AccountPlan {
  record: Account;
  segment: SampleSegment;
  zone: ZoneId;
  currency: 'USD' | 'EUR' | 'GBP';
  /** Fit with the ideal customer profile, 0–100. */
  fit: number;
  owner: User;
  people: PersonPlan[];
  /** New-business deals as [created, closed) intervals; open deals end at Infinity. */
  dealSpans: [number, number][];
  wonAny: boolean;
  openAtAsOf: boolean;
}

/** A person being simulated, with their lifecycle state as of the simulation clock. */
export interface PersonPlan {
  n: number;
  record: Person;
  account: AccountPlan;
  /** [record.id], shared by this person's single-person activities. */
  idList: string[];
  zone: ZoneId;
  seniority: number;
  fit: number;
  engagement: number;
  origin: Origin;
  createdMs: number;
  /** When the person became a lead; null for subscribers who never did. */
  leadMs: number | null;
  duplicate: boolean;
  subscribed: boolean;
  bounced: boolean;
  creationTouches: TouchSpec[];
  firstTrigger: Trigger | null;
  outboundSdr: Sdr | null;
  // Simulation state.
  stage: SampleLifecycleStage | null;
  stageDates: Record<string, string>;
  leadStatus: string | null;
  ownerId: string | null;
  updatedMs: number;
  lead: Lead | null;
  /** MQL triggers that happened (their touches are emitted). */
  triggers: Trigger[];
  recycledMs: number[];
  customerMs: number | null;
  selfReported: string | null;
  /** The first touch and the latest one that is not a mere send, once touches exist. */
  firstTouch: TouchRef | null;
  latestTouch: TouchRef | null;
}

/** A touchpoint record with its instant. */
export interface TouchRef {
  tp: Touchpoint;
  ms: number;
}

const RAW_STAGE: Record<SampleLifecycleStage, string> = {
  subscriber: 'subscriber',
  lead: 'lead',
  mql: 'marketingqualifiedlead',
  sal: 'salesacceptedlead',
  sql: 'salesqualifiedlead',
  opportunity: 'opportunity',
  customer: 'customer',
};

/** The CRM's own value for a stage (HubSpot-style internal names). */
export function rawStage(stage: SampleLifecycleStage | null): string | null {
  return stage === null ? null : RAW_STAGE[stage];
}

function touch(p: PersonPlan, ms: number): void {
  if (ms > p.updatedMs) p.updatedMs = ms;
}

/** Moves a person to a lifecycle stage, keeping `stageDates` (first entry) and history in step. */
export function setStage(
  ctx: Ctx,
  p: PersonPlan,
  to: SampleLifecycleStage,
  ms: number,
  actor: string | null,
  changeSource: string,
): void {
  if (p.stage === to) return;
  ctx.change('person', p.record.id, 'lifecycleStage', p.stage, to, ms, actor, changeSource);
  if (p.stageDates[to] === undefined) p.stageDates[to] = formatUtc(ms);
  p.stage = to;
  touch(p, ms);
}

/** Sets the lead status (and the current lead work item's status), with a reason if given. */
export function setStatus(
  ctx: Ctx,
  p: PersonPlan,
  to: string,
  ms: number,
  actor: string | null,
  changeSource: string,
  reason: string | null = null,
): void {
  ctx.change(
    'person',
    p.record.id,
    'leadStatus',
    p.leadStatus,
    to,
    ms,
    actor,
    changeSource,
    reason,
  );
  p.leadStatus = to;
  if (p.lead !== null) {
    p.lead.status = to;
    p.lead.updatedAt = formatUtc(ms);
  }
  touch(p, ms);
}

/** Changes the owner: an `owner` change to a rep after an MQL is the assignment. */
export function setOwner(
  ctx: Ctx,
  p: PersonPlan,
  to: string | null,
  ms: number,
  actor: string | null,
  changeSource: string,
): void {
  if (p.ownerId === to) return;
  ctx.change('person', p.record.id, 'owner', p.ownerId, to, ms, actor, changeSource);
  p.ownerId = to;
  touch(p, ms);
}
