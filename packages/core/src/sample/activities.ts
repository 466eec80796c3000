import type { Activity } from '../model/sales';
import type { ActivityType } from '../model/vocabulary';
import { type Ctx, EMPTY_CUSTOM, pad, recordId, sourceFor } from './context';
import { formatUtc } from './time';

/** Where an activity belongs: its owner, people and the account, deal or lead it is about. */
export interface ActivityScope {
  ownerId: string;
  personIds: string[];
  accountId: string | null;
  dealId: string | null;
  leadId: string | null;
}

/**
 * Adds one sales activity that happened at `ms` and returns it (tasks are then adjusted by
 * mutation). Positional on purpose: this runs hundreds of thousands of times at large scales.
 */
export function addActivity(
  ctx: Ctx,
  scope: ActivityScope,
  type: ActivityType,
  rawType: string,
  ms: number,
  subject: string,
  direction: Activity['direction'] = null,
  automated = false,
): Activity {
  const remoteId = pad(ctx.next('activity'));
  const at = formatUtc(ms);
  const activity: Activity = {
    id: recordId('activity', remoteId),
    source: sourceFor('activity', remoteId),
    createdAt: at,
    updatedAt: null,
    deletedAt: null,
    custom: EMPTY_CUSTOM,
    type,
    rawType,
    occurredAt: at,
    dueAt: null,
    done: true,
    ownerId: scope.ownerId,
    personIds: scope.personIds,
    accountId: scope.accountId,
    dealId: scope.dealId,
    leadId: scope.leadId,
    subject,
    direction,
    automated,
  };
  ctx.data.activities.push(activity);
  return activity;
}

/** Adds an open task created at `createdMs`, due at `dueMs`; `completeTask` closes it. */
export function addTask(
  ctx: Ctx,
  scope: ActivityScope,
  createdMs: number,
  dueMs: number,
  subject: string,
): Activity {
  const task = addActivity(ctx, scope, 'task', 'Task', createdMs, subject);
  task.occurredAt = null;
  task.dueAt = formatUtc(dueMs);
  task.done = false;
  return task;
}

/** Marks a task done at `ms`. */
export function completeTask(task: Activity, ms: number): void {
  task.done = true;
  task.occurredAt = formatUtc(ms);
}
