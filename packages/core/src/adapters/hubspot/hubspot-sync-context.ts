import type { JsonValue } from '../contract/crm-adapter-v1';
import type { StreamPart } from '../contract/run-streams';
import type { HubSpotApi } from './hubspot-api';
import type { HubSpotOwner, HubSpotPipeline, HubSpotStage } from './hubspot-api-types';
import { type HubSpotMappingContext, hubspotId } from './hubspot-mapping-context';
import type { HubSpotObjectType } from './hubspot-paths';

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
  /** Deal pipelines, read once per sync (the pipelines stream and the stage index share them). */
  pipelines(): Promise<readonly HubSpotPipeline[]>;
  /** Deal stages by id, from the same read. */
  stages(): Promise<ReadonlyMap<string, HubSpotStage>>;
  /** Contact ids by lower-cased e-mail (null: no such contact), bounded; see `personLookup`. */
  readonly emailCache: Map<string, string | null>;
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

/** Most e-mail → contact answers kept per sync: touchpoints repeat the same people. */
const EMAIL_CACHE_SIZE = 20_000;

/**
 * Normalized contact ids for e-mail addresses (batch read with `idProperty: email`). Answers,
 * misses included, are kept in the sync's bounded cache, so a person's thousand email
 * events cost one lookup.
 */
export async function personLookup(
  context: HubSpotSyncContext,
  emails: readonly string[],
): Promise<(email: string) => string | null> {
  const cache = context.emailCache;
  const missing = [...new Set(emails.map((email) => email.toLowerCase()))].filter(
    (email) => !cache.has(email),
  );
  const contacts =
    missing.length === 0
      ? []
      : await context.api.batchRead('contacts', missing, {
          idProperty: 'email',
          properties: ['email'],
          chunkSize: 100,
        });
  for (const email of missing) cache.set(email, null);
  for (const contact of contacts) {
    const email = contact.properties.email;
    if (typeof email === 'string')
      cache.set(email.toLowerCase(), hubspotId('contacts', contact.id));
  }
  // Oldest first in a Map: trim from the front.
  for (const email of cache.keys()) {
    if (cache.size <= EMAIL_CACHE_SIZE) break;
    cache.delete(email);
  }
  return (email) => cache.get(email.toLowerCase()) ?? null;
}
