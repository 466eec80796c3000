import type { Dataset } from '../model/dataset';
import type { SourceRef } from '../model/primitives';
import type { FieldChange } from '../model/sales';
import type { Rng } from './random';
import { formatUtc } from './time';

/** One shared, frozen `custom: {}`: most records have no custom fields (keeps memory lean). */
export const EMPTY_CUSTOM = Object.freeze({}) as Record<string, unknown>;

/** The `source` of every generated field change (shared: it carries no per-record data). */
export const CHANGE_SOURCE: FieldChange['source'] = Object.freeze({
  provider: 'sample',
  remoteId: null,
});

/** The CRM object type in ids and `source.objectType`. */
export type ObjectType =
  | 'user'
  | 'account'
  | 'person'
  | 'lead'
  | 'pipeline'
  | 'stage'
  | 'deal'
  | 'campaign'
  | 'campaign_member'
  | 'touchpoint'
  | 'activity'
  | 'change'
  | 'goal';

/** A zero-padded record number: `000123`. */
export function pad(n: number): string {
  if (n >= 1_000_000) return String(n);
  // One flat string straight from digits: ids are made millions of times at large scales.
  return String.fromCharCode(
    48 + Math.floor(n / 100_000),
    48 + (Math.floor(n / 10_000) % 10),
    48 + (Math.floor(n / 1000) % 10),
    48 + (Math.floor(n / 100) % 10),
    48 + (Math.floor(n / 10) % 10),
    48 + (n % 10),
  );
}

const prefixCodes = new Map<string, number[]>();

/**
 * `sample:<type>:<digits>` as one flat string, as a parser would give it: a concatenation is
 * a rope that V8 flattens on first read, a cost that real datasets do not have and that
 * would otherwise show in every benchmark's first pass.
 */
export function recordId(type: ObjectType, digits: string): string {
  let codes = prefixCodes.get(type);
  if (!codes) {
    codes = [...`sample:${type}:`].map((c) => c.charCodeAt(0));
    prefixCodes.set(type, codes);
  }
  const all = codes.slice();
  for (let i = 0; i < digits.length; i++) all.push(digits.charCodeAt(i));
  return String.fromCharCode(...all);
}

/** A deterministic id: `sample:person:000123`. */
export function sampleId(type: ObjectType, n: number): string {
  return recordId(type, pad(n));
}

/** The provenance of a generated record. */
export function sampleSource(type: ObjectType, n: number): SourceRef {
  return { provider: 'sample', objectType: type, remoteId: pad(n), accountId: null, url: null };
}

/** The provenance of a record whose padded number is `remoteId`. */
export function sourceFor(type: ObjectType, remoteId: string): SourceRef {
  return { provider: 'sample', objectType: type, remoteId, accountId: null, url: null };
}

/** The generator's running state: the random source, the output arrays and id counters. */
export class Ctx {
  readonly data: Dataset = {
    users: [],
    accounts: [],
    people: [],
    leads: [],
    pipelines: [],
    deals: [],
    campaigns: [],
    campaignMemberships: [],
    touchpoints: [],
    activities: [],
    changes: [],
    goals: [],
  };
  private readonly counters = new Map<ObjectType, number>();

  constructor(
    readonly rng: Rng,
    readonly scale: number,
  ) {}

  /** The next number for an object type, starting at 1. */
  next(type: ObjectType): number {
    const n = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, n);
    return n;
  }

  /** Records one field change (history is generated, never observed). */
  change(
    entity: FieldChange['entity'],
    entityId: string,
    field: string,
    from: string | null,
    to: string | null,
    atMs: number,
    actorUserId: string | null,
    changeSource: string | null,
    reason: string | null = null,
  ): void {
    this.data.changes.push({
      id: sampleId('change', this.next('change')),
      source: CHANGE_SOURCE,
      entity,
      entityId,
      field,
      from,
      to,
      at: formatUtc(atMs),
      actorUserId,
      reason,
      changeSource,
      provenance: 'generated',
    });
  }
}
