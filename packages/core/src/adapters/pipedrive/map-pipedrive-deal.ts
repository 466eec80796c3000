import type { Attribution } from '../../model/people';
import type { CrmRecord } from '../contract/crm-adapter-v1';
import type {
  PipedriveChangelogEntry,
  PipedriveDeal,
  PipedrivePipeline,
  PipedriveStage,
} from './pipedrive-api-types';
import {
  channelOf,
  customByName,
  decimal,
  instant,
  optionLabel,
  type PipedriveMappingContext,
  pipedriveId,
  pipedriveRef,
  pipedriveSource,
  text,
} from './pipedrive-mapping-context';

/**
 * Marketing attribution of a deal or lead: the "Marketing channel" option (`channel`, an
 * option id of the `channel` deal field) mapped to a channel, `origin` (system-set, e.g.
 * `WebForms`) in `detail1` and `channel_id` (free text, e.g. a campaign name) in `detail2`
 * (guide §4.4, §4.9). Null when none is set. Pipedrive has no campaign objects, so
 * `campaignId` is always null.
 */
export function pipedriveAttribution(
  record: {
    readonly channel?: number | null;
    readonly channel_id?: string | null;
    readonly origin?: string | null;
  },
  at: string | null,
  context: PipedriveMappingContext,
): Attribution | null {
  const channelLabel = optionLabel(context.fields.deal.get('channel'), record.channel);
  const origin = text(record.origin);
  const detail = text(record.channel_id);
  if (channelLabel === null && origin === null && detail === null) return null;
  const raw = channelLabel ?? origin;
  return {
    channel: channelOf(raw, context),
    rawChannel: raw,
    detail1: origin,
    detail2: detail,
    campaignId: null,
    at,
  };
}

/**
 * A v2 deal. Won and lost are `status`, not stages (guide §4.4): the deal keeps the stage it
 * closed in, and `closedAt` is `won_time`/`lost_time`. Only the deal's person (`person_id`)
 * is read as its contact (participants need one call per deal).
 */
export function mapPipedriveDeal(
  deal: PipedriveDeal,
  context: PipedriveMappingContext,
): CrmRecord<'deals'> {
  const status = deal.status === 'won' || deal.status === 'lost' ? deal.status : 'open';
  const closedAt =
    status === 'won'
      ? instant(deal.won_time ?? deal.close_time)
      : status === 'lost'
        ? instant(deal.lost_time ?? deal.close_time)
        : null;
  const amount = decimal(deal.value);
  const stage = typeof deal.stage_id === 'number' ? context.stages.get(deal.stage_id) : undefined;
  const createdAt = instant(deal.add_time);
  return {
    id: pipedriveId('deals', deal.id),
    source: pipedriveSource('deals', deal.id, context),
    createdAt,
    updatedAt: instant(deal.update_time),
    name: text(deal.title),
    amount: amount === null ? null : { amount, currency: text(deal.currency) },
    status,
    closeDate: text(deal.expected_close_date) ?? closedAt,
    closedAt,
    pipelineId: pipedriveRef('pipelines', deal.pipeline_id),
    stageId: pipedriveRef('stages', deal.stage_id),
    rawStage: stage?.name ?? null,
    lostReason: text(deal.lost_reason),
    ownerId: pipedriveRef('users', deal.owner_id),
    accountId: pipedriveRef('organizations', deal.org_id),
    contacts:
      typeof deal.person_id === 'number'
        ? [{ personId: pipedriveId('persons', deal.person_id), primary: true }]
        : [],
    originalSource: pipedriveAttribution(deal, createdAt, context),
    custom: customByName(deal.custom_fields, context.fields.deal),
  };
}

/**
 * A v2 pipeline with its v2 stages. Every Pipedrive stage is open (`category: 'open'`)
 * unless `mapping.stageCategories` names it; `deal_probability` is a percentage.
 */
export function mapPipedrivePipeline(
  pipeline: PipedrivePipeline,
  stages: readonly PipedriveStage[],
  context: PipedriveMappingContext,
): CrmRecord<'pipelines'> {
  return {
    id: pipedriveId('pipelines', pipeline.id),
    source: { ...pipedriveSource('pipelines', pipeline.id, context), url: null },
    createdAt: instant(pipeline.add_time),
    updatedAt: instant(pipeline.update_time),
    name: text(pipeline.name) ?? `Pipeline ${pipeline.id}`,
    order: pipeline.order_nr ?? 0,
    objectType: 'deal',
    stages: [...stages]
      .sort((a, b) => (a.order_nr ?? 0) - (b.order_nr ?? 0))
      .map((stage, index) => {
        const name = text(stage.name) ?? `Stage ${stage.id}`;
        const probability = stage.deal_probability;
        return {
          id: pipedriveId('stages', stage.id),
          name,
          order: stage.order_nr ?? index,
          probability:
            typeof probability === 'number' ? Math.min(Math.max(probability / 100, 0), 1) : null,
          category: context.mapping.stageCategories[name] ?? 'open',
          archived: stage.is_deleted === true,
        };
      }),
  };
}

/** Changelog field keys of the tracked fields, and how their values read (guide §4.6). */
const TRACKED: Readonly<Record<string, { field: string; ref?: string }>> = {
  stage_id: { field: 'dealStage', ref: 'stages' },
  status: { field: 'dealStatus' },
  value: { field: 'amount' },
  user_id: { field: 'owner', ref: 'users' },
  expected_close_date: { field: 'closeDate' },
};

function changeValue(value: unknown, ref: string | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  return ref ? pipedriveRef(ref, typeof value === 'number' ? value : String(value)) : String(value);
}

/**
 * A deal's changelog (`GET /v1/deals/{id}/changelog`, newest first) as field changes,
 * oldest first. Tracked fields get model names (`stage_id` → `dealStage` with stage ids,
 * `status` → `dealStatus`, `value` → `amount`, `user_id` → `owner`); other fields are named
 * by their deal field name (custom hash keys resolved). Times are UTC `YYYY-MM-DD HH:MM:SS`.
 * Ids are stable per deal, time and field, so a re-read replaces rather than duplicates.
 */
export function mapPipedriveChangelog(
  dealId: number,
  entries: readonly PipedriveChangelogEntry[],
  context: PipedriveMappingContext,
): CrmRecord<'changes'>[] {
  const seen = new Map<string, number>();
  const changes: CrmRecord<'changes'>[] = [];
  for (const entry of [...entries].reverse()) {
    const at = instant(entry.time);
    if (at === null || !text(entry.field_key)) continue;
    const tracked = TRACKED[entry.field_key];
    const base = `${dealId}:${entry.time.replace(' ', 'T')}:${entry.field_key}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const remoteId = count === 0 ? base : `${base}:${count}`;
    changes.push({
      id: pipedriveId('dealChanges', remoteId),
      source: { provider: 'pipedrive', remoteId },
      entity: 'deal',
      entityId: pipedriveId('deals', dealId),
      field: tracked?.field ?? context.fields.deal.get(entry.field_key)?.name ?? entry.field_key,
      from: changeValue(entry.old_value, tracked?.ref),
      to: changeValue(entry.new_value, tracked?.ref),
      at,
      actorUserId: pipedriveRef('users', entry.actor_user_id),
      changeSource: text(entry.change_source),
      provenance: 'changelog',
    });
  }
  return changes;
}
