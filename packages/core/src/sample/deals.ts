import type { Deal, DealContact, Pipeline, Stage } from '../model/deals';
import { type ActivityScope, addActivity, addTask, completeTask } from './activities';
import { DEAL_LOST_REASONS, type SampleSegment } from './constants';
import { type Ctx, EMPTY_CUSTOM, sampleId, sampleSource } from './context';
import { formatCents, usdCentsTo } from './money';
import { type AccountPlan, type Env, type PersonPlan, setStage } from './plan';
import { AS_OF_MS, addBusinessMinutes, DAY, formatUtc, HOUR, localDate, START_MS } from './time';

/** The two deal pipelines and their stage ids. */
export interface PipelineDirectory {
  newBusiness: Pipeline;
  expansion: Pipeline;
}

const NB = {
  discovery: 'sample:stage:nb-discovery',
  demo: 'sample:stage:nb-demo',
  proposal: 'sample:stage:nb-proposal',
  negotiation: 'sample:stage:nb-negotiation',
  won: 'sample:stage:nb-closed-won',
  lost: 'sample:stage:nb-closed-lost',
} as const;
const EX = {
  scoping: 'sample:stage:ex-scoping',
  proposal: 'sample:stage:ex-proposal',
  won: 'sample:stage:ex-closed-won',
  lost: 'sample:stage:ex-closed-lost',
} as const;

function stage(
  id: string,
  name: string,
  order: number,
  probability: number,
  category: Stage['category'],
  archived = false,
): Stage {
  return { id, name, order, probability, category, archived };
}

/** "New business" (with one retired stage, as real pipelines have) and "Expansion". */
export function generatePipelines(ctx: Ctx): PipelineDirectory {
  const make = (name: string, order: number, stages: Stage[]): Pipeline => {
    const n = ctx.next('pipeline');
    const p: Pipeline = {
      id: sampleId('pipeline', n),
      source: sampleSource('pipeline', n),
      createdAt: formatUtc(START_MS),
      updatedAt: null,
      deletedAt: null,
      custom: EMPTY_CUSTOM,
      name,
      order,
      objectType: 'deal',
      stages,
    };
    ctx.data.pipelines.push(p);
    return p;
  };
  return {
    newBusiness: make('New business', 0, [
      stage(NB.discovery, 'Discovery', 0, 0.1, 'open'),
      stage(NB.demo, 'Demo', 1, 0.25, 'open'),
      stage(NB.proposal, 'Proposal', 2, 0.5, 'open'),
      stage(NB.negotiation, 'Negotiation', 3, 0.75, 'open'),
      stage('sample:stage:nb-verbal-commit', 'Verbal commit (retired)', 4, 0.9, 'open', true),
      stage(NB.won, 'Closed won', 5, 1, 'won'),
      stage(NB.lost, 'Closed lost', 6, 0, 'lost'),
    ]),
    expansion: make('Expansion', 1, [
      stage(EX.scoping, 'Scoping', 0, 0.3, 'open'),
      stage(EX.proposal, 'Proposal', 1, 0.6, 'open'),
      stage(EX.won, 'Closed won', 2, 1, 'won'),
      stage(EX.lost, 'Closed lost', 3, 0, 'lost'),
    ]),
  };
}

const STAGE_NAMES: Record<string, string> = {
  [NB.discovery]: 'Discovery',
  [NB.demo]: 'Demo',
  [NB.proposal]: 'Proposal',
  [NB.negotiation]: 'Negotiation',
  [NB.won]: 'Closed won',
  [NB.lost]: 'Closed lost',
  [EX.scoping]: 'Scoping',
  [EX.proposal]: 'Proposal',
  [EX.won]: 'Closed won',
  [EX.lost]: 'Closed lost',
};

const MEDIAN_USD: Record<SampleSegment, number> = {
  SMB: 16_000,
  'Mid-Market': 55_000,
  Enterprise: 190_000,
};
const MEDIAN_CYCLE_DAYS: Record<SampleSegment, number> = {
  SMB: 32,
  'Mid-Market': 65,
  Enterprise: 120,
};
const WIN_RATE: Record<SampleSegment, number> = { SMB: 0.34, 'Mid-Market': 0.29, Enterprise: 0.24 };
const GROUP_SIZE: Record<SampleSegment, [number, number]> = {
  SMB: [1, 2],
  'Mid-Market': [2, 4],
  Enterprise: [3, 6],
};

/** Deal amount in integer cents of the account's currency: list prices or quoted seats. */
function dealCents(ctx: Ctx, acc: AccountPlan, usdMedian: number, fit: number): number {
  const usd = ctx.rng.logNormal(usdMedian, 0.45) * (0.75 + fit / 200);
  const local = usdCentsTo(acc.currency, usd * 100);
  // Most deals are quoted in round hundreds; some carry per-seat cents.
  return ctx.rng.chance(0.7) ? Math.max(100_00, Math.round(local / 10_000) * 10_000) : local;
}

function roleFor(p: PersonPlan, ctx: Ctx): string | null {
  if (ctx.rng.chance(0.05)) return null; // a missing contact role, as CRMs often have
  const t = p.record.title ?? '';
  if (t.includes('Financial')) return 'Economic Buyer';
  if (p.seniority >= 2) return ctx.rng.chance(0.6) ? 'Decision Maker' : 'Influencer';
  if (p.seniority === 1) return 'Technical Evaluator';
  return ctx.rng.chance(0.5) ? 'End User' : 'Influencer';
}

interface Transition {
  ms: number;
  to: string;
}

function dealRecord(
  ctx: Ctx,
  acc: AccountPlan,
  name: string,
  pipelineId: string,
  createdMs: number,
  cents: number,
  contacts: DealContact[],
  primaryCampaignId: string | null,
): Deal {
  const n = ctx.next('deal');
  return {
    id: sampleId('deal', n),
    source: sampleSource('deal', n),
    createdAt: formatUtc(createdMs),
    updatedAt: formatUtc(createdMs),
    deletedAt: null,
    custom: EMPTY_CUSTOM,
    name,
    amount: { amount: formatCents(cents), currency: acc.currency },
    status: 'open',
    closeDate: null,
    closedAt: null,
    pipelineId,
    stageId: '',
    rawStage: null,
    lostReason: null,
    ownerId: acc.owner.id,
    accountId: acc.record.id,
    contacts,
    primaryCampaignId,
    originalSource: null,
  };
}

/**
 * Applies a deal's stage path up to the as-of instant: stage changes, status, close fields.
 * Returns the close instant when the deal closed by then, else null (still open).
 */
function playDeal(
  ctx: Ctx,
  deal: Deal,
  path: Transition[],
  closeMs: number,
  outcome: 'won' | 'lost' | 'open',
  expectedCloseMs: number,
): number | null {
  const actor = deal.ownerId;
  let current: string | null = null;
  let lastMs = Date.parse(deal.createdAt as string);
  for (const t of path) {
    if (t.ms > AS_OF_MS) break;
    ctx.change('deal', deal.id, 'dealStage', current, t.to, t.ms, actor, 'CRM_UI');
    current = t.to;
    lastMs = t.ms;
  }
  deal.stageId = current as string;
  deal.rawStage = STAGE_NAMES[current as string] ?? null;
  deal.updatedAt = formatUtc(lastMs);
  const closed = outcome !== 'open' && closeMs <= AS_OF_MS;
  if (closed) {
    ctx.change('deal', deal.id, 'dealStatus', 'open', outcome, closeMs, actor, 'CRM_UI');
    deal.status = outcome;
    deal.closedAt = formatUtc(closeMs);
    deal.closeDate = localDate(closeMs);
    if (outcome === 'lost') deal.lostReason = ctx.rng.pick(DEAL_LOST_REASONS);
    return closeMs;
  }
  deal.closeDate = localDate(expectedCloseMs);
  return null;
}

function dealActivities(
  ctx: Ctx,
  deal: Deal,
  acc: AccountPlan,
  primary: PersonPlan,
  group: string[],
  path: Transition[],
  endMs: number,
): void {
  const { rng } = ctx;
  const one: ActivityScope = {
    ownerId: deal.ownerId as string,
    personIds: primary.idList,
    accountId: acc.record.id,
    dealId: deal.id,
    leadId: null,
  };
  const all: ActivityScope = { ...one, personIds: group };
  const firstTwo: ActivityScope = {
    ...one,
    personIds: group.length > 1 ? group.slice(0, 2) : primary.idList,
  };
  const stop = Math.min(endMs, AS_OF_MS);
  const createdMs = Date.parse(deal.createdAt as string);
  for (const t of path) {
    if (t.ms > stop) break;
    switch (t.to) {
      case NB.discovery:
      case EX.scoping:
        addActivity(ctx, firstTwo, 'meeting', 'Meeting', t.ms, 'Discovery meeting', 'outbound');
        break;
      case NB.demo:
        addActivity(ctx, all, 'meeting', 'Meeting', t.ms, 'Product demo', 'outbound');
        break;
      case NB.proposal:
      case EX.proposal: {
        const task = addTask(
          ctx,
          one,
          Math.max(createdMs, t.ms - 3 * DAY),
          t.ms,
          'Prepare proposal',
        );
        completeTask(task, t.ms - HOUR);
        addActivity(ctx, all, 'email', 'Email', t.ms, 'Proposal sent', 'outbound');
        break;
      }
      case NB.negotiation:
        addActivity(ctx, one, 'call', 'Call — Connected', t.ms, 'Pricing and terms', 'outbound');
        break;
      default:
        addActivity(ctx, one, 'note', 'Note', t.ms, STAGE_NAMES[t.to] ?? 'Closed');
    }
  }
  // Follow-ups between milestones: e-mails, calls and the odd inbound reply.
  let t = addBusinessMinutes(createdMs, rng.logNormal(3600, 0.5));
  while (t < stop) {
    const r = rng.float();
    if (r < 0.5) addActivity(ctx, one, 'email', 'Email', t, 'Following up', 'outbound');
    else if (r < 0.8) {
      const raw = rng.chance(0.5) ? 'Call — Connected' : 'Call — Left voicemail';
      addActivity(ctx, one, 'call', raw, t, 'Check-in call', 'outbound');
    } else addActivity(ctx, one, 'email', 'Email', t, 'Re: next steps', 'inbound');
    t = addBusinessMinutes(t, rng.logNormal(3600, 0.6));
  }
}

function pickGroup(ctx: Ctx, acc: AccountPlan, primary: PersonPlan, atMs: number): DealContact[] {
  const [lo, hi] = GROUP_SIZE[acc.segment];
  const want = ctx.rng.int(lo, hi) - 1;
  const candidates = acc.people.filter((q) => q !== primary && !q.duplicate && q.createdMs <= atMs);
  const chosen = ctx.rng.shuffled(candidates).slice(0, want);
  const contacts: DealContact[] = [
    { personId: primary.record.id, role: 'Champion', primary: true },
  ];
  for (const q of chosen) {
    contacts.push({ personId: q.record.id, role: roleFor(q, ctx), primary: false });
    q.record.kind = 'contact';
  }
  return contacts;
}

/**
 * Opens a new-business deal for an SQL: a buying group from the account's people, an amount
 * in the account's currency, a stage path (with the odd skipped stage and backward move) and
 * an outcome. Deals closing after the as-of instant stay open at their last stage; a few
 * stall and stay open past their expected close date.
 */
export function openNewBusinessDeal(
  ctx: Ctx,
  env: Env,
  acc: AccountPlan,
  primary: PersonPlan,
  oppMs: number,
  campaignId: string | null,
): Deal {
  const { rng } = ctx;
  const seg = acc.segment;
  const contacts = pickGroup(ctx, acc, primary, oppMs);
  primary.record.kind = 'contact';
  const deal = dealRecord(
    ctx,
    acc,
    `${acc.record.name} — Platform (annual)`,
    env.pipelines.newBusiness.id,
    oppMs,
    dealCents(ctx, acc, MEDIAN_USD[seg], primary.fit),
    contacts,
    campaignId,
  );
  ctx.data.deals.push(deal);
  env.pendingDealSources.push({ deal, primary });
  setStage(ctx, primary, 'opportunity', oppMs, acc.owner.id, 'WORKFLOW');

  const cycle = rng.logNormal(MEDIAN_CYCLE_DAYS[seg], 0.45) * DAY;
  const winP = WIN_RATE[seg] * (0.55 + primary.fit / 100);
  const stalled = rng.chance(0.06);
  const won = !stalled && rng.chance(winP);
  const order = [NB.discovery, NB.demo, NB.proposal, NB.negotiation];
  let reach = 3;
  if (!won) reach = stalled ? rng.int(0, 2) : ([0, 0, 1, 1, 1, 2, 2, 3][rng.int(0, 7)] as number);
  const total = won ? cycle : cycle * rng.between(0.3, 0.9);
  const path: Transition[] = [{ ms: oppMs, to: NB.discovery }];
  for (let i = 1; i <= reach; i++) {
    if (order[i] === NB.demo && won && rng.chance(0.12)) continue; // skipped the demo
    const ms = addBusinessMinutes(
      oppMs + (total * i * rng.between(0.85, 1.05)) / (reach + 1),
      rng.between(0, 420),
    );
    path.push({
      ms: Math.max(ms, (path[path.length - 1] as Transition).ms + HOUR),
      to: order[i] as string,
    });
    // A deal that slides back from proposal to demo, then forward again.
    if (order[i] === NB.proposal && rng.chance(0.05)) {
      const back = addBusinessMinutes(ms + 3 * DAY, rng.between(0, 420));
      path.push(
        { ms: back, to: NB.demo },
        { ms: addBusinessMinutes(back + 7 * DAY, rng.between(0, 420)), to: NB.proposal },
      );
    }
  }
  const lastStep = (path[path.length - 1] as Transition).ms;
  const closeMs = stalled
    ? Number.POSITIVE_INFINITY
    : addBusinessMinutes(Math.max(oppMs + total, lastStep + DAY), rng.between(0, 420));
  if (!stalled) path.push({ ms: closeMs, to: won ? NB.won : NB.lost });
  if (rng.chance(0.15)) {
    // The amount was revised at the proposal: history keeps the first figure.
    const revisedAt = path.find((t) => t.to === NB.proposal)?.ms;
    if (revisedAt !== undefined && revisedAt <= AS_OF_MS && deal.amount !== null) {
      const first = formatCents(
        Math.round((Number(deal.amount.amount) * 100 * rng.between(0.8, 1.25)) / 100) * 100,
      );
      ctx.change(
        'deal',
        deal.id,
        'amount',
        first,
        deal.amount.amount,
        revisedAt,
        deal.ownerId,
        'CRM_UI',
      );
    }
  }
  const expected = stalled ? oppMs + total : closeMs;
  const closed = playDeal(
    ctx,
    deal,
    path,
    closeMs,
    stalled ? 'open' : won ? 'won' : 'lost',
    expected,
  );
  const groupIds = contacts.map((c) => c.personId);
  dealActivities(ctx, deal, acc, primary, groupIds, path, closed ?? AS_OF_MS);
  acc.dealSpans.push([oppMs, closed ?? Number.POSITIVE_INFINITY]);
  if (closed === null) acc.openAtAsOf = true;
  if (closed !== null && won) {
    acc.wonAny = true;
    setStage(ctx, primary, 'customer', closed, deal.ownerId, 'WORKFLOW');
    primary.customerMs = closed;
    maybeExpansion(ctx, env, acc, primary, deal, closed);
  }
  return deal;
}

/** Some customers buy more months later: sales-sourced deals with no marketing touch. */
function maybeExpansion(
  ctx: Ctx,
  env: Env,
  acc: AccountPlan,
  primary: PersonPlan,
  original: Deal,
  wonMs: number,
): void {
  const { rng } = ctx;
  if (!rng.chance(0.35)) return;
  const startMs = addBusinessMinutes(wonMs + rng.logNormal(120 * DAY, 0.4), rng.between(0, 420));
  if (startMs > AS_OF_MS) return;
  env.expansions++;
  // The first two expansion deals have no contact roles: coverage diagnostics must flag them.
  const contacts: DealContact[] =
    env.expansions <= 2
      ? []
      : [{ personId: primary.record.id, role: 'Decision Maker', primary: true }];
  const originalCents = Math.round(Number(original.amount?.amount ?? '0') * 100);
  const cents = Math.max(
    100_00,
    Math.round((originalCents * rng.between(0.15, 0.4)) / 10_000) * 10_000,
  );
  const deal = dealRecord(
    ctx,
    acc,
    `${acc.record.name} — Expansion`,
    env.pipelines.expansion.id,
    startMs,
    cents,
    contacts,
    null,
  );
  ctx.data.deals.push(deal);
  const total = rng.logNormal(30, 0.4) * DAY;
  const won = rng.chance(0.6);
  const path: Transition[] = [{ ms: startMs, to: EX.scoping }];
  const proposalMs = addBusinessMinutes(startMs + total * 0.5, rng.between(0, 420));
  if (won || rng.chance(0.5)) path.push({ ms: proposalMs, to: EX.proposal });
  const closeMs = addBusinessMinutes(startMs + total, rng.between(0, 420));
  path.push({ ms: Math.max(closeMs, proposalMs + HOUR), to: won ? EX.won : EX.lost });
  const closed = playDeal(
    ctx,
    deal,
    path,
    Math.max(closeMs, proposalMs + HOUR),
    won ? 'won' : 'lost',
    closeMs,
  );
  dealActivities(
    ctx,
    deal,
    acc,
    primary,
    contacts.length === 0 ? primary.idList : [primary.record.id],
    path,
    closed ?? AS_OF_MS,
  );
}
