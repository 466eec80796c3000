import type { Dataset } from '../model/dataset';
import type { Deal } from '../model/deals';
import type { FieldChange } from '../model/sales';

/*
 * "The future arrives" for a dataset that is complete at `asOf`: what a CRM would record in
 * the days after it, written as a real CRM writes it — every edit of a tracked field leaves a
 * change in the history, the record takes its new value, `updatedAt` moves. A report dated
 * `asOf` must not see any of it.
 */

/** How much future to add; every share is of the eligible records. */
export interface FuturePlan {
  seed: number;
  /** Open deals that close (won or lost) after asOf. */
  close: number;
  /** Open deals that move to another open stage. */
  move: number;
  /** Deals re-priced. */
  reprice: number;
  /** Deals and people given another owner. */
  reassign: number;
  /** People moved to another lifecycle stage / given a lead status. */
  progress: number;
  /** Records deleted (archived) after asOf. */
  remove: number;
  /** New deals, touchpoints and activities, as a share of today's. */
  grow: number;
}

const DAY = 86_400_000;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `dataset` with the future after `asOf` added according to `plan`; the input is not changed. */
export function futureArrives(dataset: Dataset, asOf: string, plan: FuturePlan): Dataset {
  const rand = random(plan.seed);
  const asOfMs = Date.parse(asOf);
  // Strictly after asOf, whole seconds, within 120 days.
  const later = () =>
    new Date(Math.floor((asOfMs + 1000 + rand() * 120 * DAY) / 1000) * 1000).toISOString();
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)] as T;
  const changes: FieldChange[] = [...dataset.changes];
  let n = 0;
  const change = (
    entity: FieldChange['entity'],
    entityId: string,
    field: string,
    from: string | null,
    to: string | null,
    at: string,
  ) =>
    changes.push({
      id: `future-change-${++n}`,
      source: { provider: 'manual', remoteId: null },
      entity,
      entityId,
      field,
      from,
      to,
      at,
      actorUserId: null,
      reason: null,
      changeSource: null,
      provenance: 'field_history',
    });

  const users = dataset.users.filter((u) => u.kind === 'person').map((u) => u.id);
  const stagesOf = new Map(dataset.pipelines.map((p) => [p.id, p.stages]));

  const deals = dataset.deals.map((deal): Deal => {
    let next = deal;
    const edit = (fields: Partial<Deal>, at: string) => {
      next = { ...next, ...fields, updatedAt: at };
    };
    const stages = next.pipelineId ? (stagesOf.get(next.pipelineId) ?? []) : [];
    if (next.status === 'open' && next.deletedAt === null) {
      if (rand() < plan.close) {
        const at = later();
        const won = rand() < 0.5;
        const stage = stages.find((s) => s.category === (won ? 'won' : 'lost'));
        const status = won ? 'won' : 'lost';
        change('deal', next.id, 'dealStatus', 'open', status, at);
        if (stage) change('deal', next.id, 'dealStage', next.stageId, stage.id, at);
        // Closing sets the close date to the day it closed, as CRMs do.
        const closeDate = at.slice(0, 10);
        if (closeDate !== next.closeDate)
          change('deal', next.id, 'closeDate', next.closeDate, closeDate, at);
        edit({ status, closedAt: at, stageId: stage?.id ?? next.stageId, closeDate }, at);
      } else if (rand() < plan.move) {
        const open = stages.filter((s) => s.category !== 'won' && s.category !== 'lost');
        const stage = open.length > 0 ? pick(open) : undefined;
        if (stage && stage.id !== next.stageId) {
          const at = later();
          change('deal', next.id, 'dealStage', next.stageId, stage.id, at);
          edit({ stageId: stage.id }, at);
        }
      }
    }
    if (next.amount !== null && rand() < plan.reprice) {
      const at = later();
      const amount = (Number(next.amount.amount) * (0.5 + rand())).toFixed(2);
      change('deal', next.id, 'amount', next.amount.amount, amount, at);
      edit({ amount: { ...next.amount, amount } }, at);
    }
    if (users.length > 1 && rand() < plan.reassign) {
      const at = later();
      const ownerId = pick(users.filter((u) => u !== next.ownerId));
      change('deal', next.id, 'owner', next.ownerId, ownerId, at);
      edit({ ownerId }, at);
    }
    if (next.deletedAt === null && rand() < plan.remove) next = { ...next, deletedAt: later() };
    return next;
  });

  const stagesSeen = [...new Set(dataset.people.map((p) => p.lifecycleStage))].filter(
    (s): s is string => s !== null,
  );
  const statusesSeen = [...new Set(dataset.people.map((p) => p.leadStatus))].filter(
    (s): s is string => s !== null,
  );
  const people = dataset.people.map((person) => {
    let next = person;
    if (stagesSeen.length > 0 && rand() < plan.progress) {
      const at = later();
      const stage = pick(stagesSeen);
      if (stage !== next.lifecycleStage) {
        change('person', next.id, 'lifecycleStage', next.lifecycleStage, stage, at);
        next = {
          ...next,
          lifecycleStage: stage,
          stageDates: { ...next.stageDates, [stage]: at },
          updatedAt: at,
        };
      }
    }
    if (statusesSeen.length > 0 && rand() < plan.progress) {
      const at = later();
      const status = pick(statusesSeen);
      if (status !== next.leadStatus) {
        change('person', next.id, 'leadStatus', next.leadStatus, status, at);
        next = { ...next, leadStatus: status, updatedAt: at };
      }
    }
    if (users.length > 1 && rand() < plan.reassign) {
      const at = later();
      const ownerId = pick(users.filter((u) => u !== next.ownerId));
      change('person', next.id, 'owner', next.ownerId, ownerId, at);
      next = { ...next, ownerId, updatedAt: at };
    }
    if (next.deletedAt === null && rand() < plan.remove) next = { ...next, deletedAt: later() };
    return next;
  });

  // New records dated after asOf, copied from today's so their references hold.
  const grown = <T extends { id: string }>(records: readonly T[], make: (r: T, i: number) => T) => {
    const out = [...records];
    const count = Math.floor(records.length * plan.grow);
    for (let i = 0; i < count && records.length > 0; i++) out.push(make(pick(records), i));
    return out;
  };
  const newDeals = grown(deals, (d, i): Deal => {
    const at = later();
    return {
      ...d,
      id: `future-deal-${i}`,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      status: 'open',
      closedAt: null,
    };
  });
  const touchpoints = grown(dataset.touchpoints, (t, i) => {
    const at = later();
    return { ...t, id: `future-touch-${i}`, occurredAt: at, createdAt: at, updatedAt: at };
  });
  const activities = grown(dataset.activities, (a, i) => {
    const at = later();
    return {
      ...a,
      id: `future-activity-${i}`,
      occurredAt: at,
      createdAt: at,
      updatedAt: at,
      dueAt: null,
    };
  });
  return { ...dataset, deals: newDeals, people, touchpoints, activities, changes };
}
