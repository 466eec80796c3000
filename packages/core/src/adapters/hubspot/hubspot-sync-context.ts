import type { EntityName } from '../../model/dataset';
import type { JsonValue } from '../contract/crm-adapter-v1';
import type { HubSpotApi } from './hubspot-api';
import type { HubSpotOwner, HubSpotStage } from './hubspot-api-types';
import { type HubSpotMappingContext, hubspotId } from './hubspot-mapping-context';
import type { HubSpotObjectType } from './hubspot-paths';

/** One step of a stream: records of one entity, deletions, where it stands, and whether it is done. */
export interface StreamPart {
  readonly entity: EntityName;
  readonly records: readonly unknown[];
  readonly deleted?: readonly string[];
  readonly position: JsonValue;
  readonly done: boolean;
}

/** A stream: resumes from its last position and yields parts; the last part has `done: true`. */
export type HubSpotStream = (
  context: HubSpotSyncContext,
  position: JsonValue | undefined,
) => AsyncIterable<StreamPart>;

/** What the streams of one `sync()` call share. */
export interface HubSpotSyncContext {
  readonly api: HubSpotApi;
  readonly mapping: HubSpotMappingContext;
  /** The pass: records modified in [since, until]; since null for a full pass. */
  readonly since: string | null;
  readonly until: string;
  /** Search page size (≤200). */
  readonly pageSize: number;
  /** Read property history (and emit field changes) for these object types. */
  readonly history: ReadonlySet<HubSpotObjectType>;
  /** Owners, read once per sync. */
  owners(): Promise<readonly HubSpotOwner[]>;
  /** Deal stages by id, read once per sync. */
  stages(): Promise<ReadonlyMap<string, HubSpotStage>>;
}

/** Memoizes an async loader for the length of a sync. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}

/** Normalized user ids by the HubSpot user id that property history names. */
export async function actorLookup(
  context: HubSpotSyncContext,
): Promise<(userId: number) => string | null> {
  const byUserId = new Map<number, string>();
  for (const owner of await context.owners()) {
    if (typeof owner.userId === 'number') byUserId.set(owner.userId, hubspotId('owners', owner.id));
  }
  return (userId) => byUserId.get(userId) ?? null;
}

/** Normalized contact ids for e-mail addresses (batch read with `idProperty: email`). */
export async function personLookup(
  context: HubSpotSyncContext,
  emails: readonly string[],
): Promise<(email: string) => string | null> {
  const unique = [...new Set(emails.map((email) => email.toLowerCase()))];
  const contacts =
    unique.length === 0
      ? []
      : await context.api.batchRead('contacts', unique, {
          idProperty: 'email',
          properties: ['email'],
          chunkSize: 100,
        });
  const byEmail = new Map<string, string>();
  for (const contact of contacts) {
    const email = contact.properties.email;
    if (typeof email === 'string')
      byEmail.set(email.toLowerCase(), hubspotId('contacts', contact.id));
  }
  return (email) => byEmail.get(email.toLowerCase()) ?? null;
}
