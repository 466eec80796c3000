import type { Dataset, EntityName } from '@closedloop/core';
import type { HistoryEntry } from './hubspot-records';

/** Dataset ids → HubSpot ids, and what rendering one record needs to know of others. */
export class RenderContext {
  readonly #ids = new Map<EntityName | 'stages', Map<string, string>>();
  /** HubSpot user id (not owner id) of each user (dataset id). */
  readonly userIds = new Map<string, number>();
  /** Primary e-mail of each person (dataset id). */
  readonly emails = new Map<string, string>();
  /** Property histories by `${entity}:${datasetId}:${property}`, newest first. */
  readonly history = new Map<string, HistoryEntry[]>();
  readonly fallbackTime: string;

  constructor(fallbackTime: string) {
    this.fallbackTime = fallbackTime;
  }

  /** Records a dataset id's HubSpot id. */
  assign(entity: EntityName | 'stages', datasetId: string, remoteId: string): void {
    let ids = this.#ids.get(entity);
    if (!ids) {
      ids = new Map();
      this.#ids.set(entity, ids);
    }
    ids.set(datasetId, remoteId);
  }

  /** The HubSpot id of a dataset record, or null when it was not rendered. */
  remoteId(entity: EntityName | 'stages', datasetId: string | null | undefined): string | null {
    if (datasetId == null) return null;
    return this.#ids.get(entity)?.get(datasetId) ?? null;
  }

  /** The stage key used for `stages`: a stage id is unique within its pipeline only. */
  static stageKey(pipelineId: string, stageId: string): string {
    return `${pipelineId}\u0000${stageId}`;
  }
}

/** An ISO instant as HubSpot prints it (UTC, milliseconds). */
export function hubspotInstant(value: string | null | undefined, fallback: string): string {
  const time = Date.parse(value ?? '');
  return new Date(Number.isNaN(time) ? Date.parse(fallback) : time).toISOString();
}

/** A calendar date or instant as a HubSpot datetime property (dates at midnight UTC). */
export function hubspotDateTime(value: string | null | undefined): string | null {
  if (value == null) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? `${value}T00:00:00.000Z`
    : new Date(value).toISOString();
}

/** The latest instant in a dataset (epoch ms), so a fake clock can start after all the data. */
export function latestInstant(dataset: Dataset): number {
  let latest = 0;
  for (const records of Object.values(dataset)) {
    for (const record of records as readonly Record<string, unknown>[]) {
      for (const key of ['createdAt', 'updatedAt', 'occurredAt', 'at', 'closedAt']) {
        const time = Date.parse(String(record[key] ?? ''));
        if (time > latest) latest = time;
      }
    }
  }
  return latest;
}
