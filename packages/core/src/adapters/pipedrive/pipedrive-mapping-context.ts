import { CHANNEL_NAMES } from '../../model/channel-names';
import type { Channel } from '../../model/vocabulary';
import type { PipedriveField } from './pipedrive-api-types';
import type { PipedriveMappingConfig } from './pipedrive-mapping-config';

/** Field definitions of one object type, by key (custom keys are 40-hex hashes). */
export type FieldIndex = ReadonlyMap<string, PipedriveField>;

/** What the pure mapping functions need besides the payload. */
export interface PipedriveMappingContext {
  readonly mapping: PipedriveMappingConfig;
  /** The company domain (`acme` of acme.pipedrive.com), for record links; null when unknown. */
  readonly companyDomain: string | null;
  /** `/v1/dealFields`, `/v1/personFields`, `/v1/organizationFields` by key. */
  readonly fields: {
    readonly deal: FieldIndex;
    readonly person: FieldIndex;
    readonly organization: FieldIndex;
  };
  /** Stage names and pipelines by stage id, for `rawStage`. */
  readonly stages: ReadonlyMap<
    number,
    { readonly name: string; readonly pipelineId: number | null }
  >;
  /** Lead label names by uuid. */
  readonly leadLabels: ReadonlyMap<string, string>;
}

/** A normalized id: `pipedrive:<objectType>:<remoteId>`. */
export function pipedriveId(objectType: string, remoteId: string | number): string {
  return `pipedrive:${objectType}:${remoteId}`;
}

/** A normalized reference, or null when the Pipedrive id is empty. */
export function pipedriveRef(objectType: string, remoteId: unknown): string | null {
  if (typeof remoteId === 'number' && Number.isFinite(remoteId))
    return pipedriveId(objectType, remoteId);
  if (typeof remoteId === 'string' && remoteId !== '') return pipedriveId(objectType, remoteId);
  // v1 sometimes nests the related object: `{ value: 1, name: … }`.
  if (typeof remoteId === 'object' && remoteId !== null && 'value' in remoteId)
    return pipedriveRef(objectType, (remoteId as { value: unknown }).value);
  return null;
}

const LINK_PATHS: Readonly<Record<string, string>> = {
  deals: 'deal',
  persons: 'person',
  organizations: 'organization',
  leads: 'leads/inbox',
  activities: 'activities',
};

/** Provenance of a record, with a link into the company's Pipedrive when its domain is known. */
export function pipedriveSource(
  objectType: string,
  remoteId: string | number,
  context: PipedriveMappingContext,
) {
  const path = LINK_PATHS[objectType];
  const url =
    context.companyDomain && path
      ? `https://${context.companyDomain}.pipedrive.com/${path}/${remoteId}`
      : null;
  return {
    provider: 'pipedrive' as const,
    objectType,
    remoteId: String(remoteId),
    accountId: context.companyDomain,
    url,
  };
}

/** Non-empty text, or null. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * An ISO instant from a Pipedrive timestamp: v2 RFC3339, v1 `YYYY-MM-DD HH:MM:SS` in UTC
 * (guide §4.4). Null when unset or unreadable.
 */
export function instant(value: unknown): string | null {
  const raw = text(value);
  if (raw === null) return null;
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(raw) ? `${raw.replace(' ', 'T')}Z` : raw;
  const time = Date.parse(iso);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/** A decimal string from a Pipedrive number, or null. */
export function decimal(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const raw = text(value)?.trim();
  return raw !== undefined && /^-?\d+(\.\d+)?$/.test(raw) ? raw : null;
}

/** The label of an option of a field (enum values are option ids), or null. */
export function optionLabel(field: PipedriveField | undefined, id: unknown): string | null {
  if (id === null || id === undefined || id === '') return null;
  const option = field?.options?.find((candidate) => String(candidate.id) === String(id));
  return option?.label ?? null;
}

// The channel names, without importing the zod schema into this entry.
const CHANNELS: ReadonlySet<string> = new Set(CHANNEL_NAMES);

/** A channel for a marketing-channel label or origin; `unknown` when not mapped. */
export function channelOf(raw: string | null, context: PipedriveMappingContext): Channel {
  if (raw === null) return 'unknown';
  const mapped = context.mapping.channels[raw];
  if (mapped) return mapped;
  const snake = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return CHANNELS.has(snake) ? (snake as Channel) : 'unknown';
}

/**
 * Custom fields by their names (`custom_fields` is keyed by 40-hex hashes in v2, guide §4.5);
 * enum values become option labels. Keys without a definition keep their key.
 */
export function customByName(
  values: Readonly<Record<string, unknown>> | null | undefined,
  fields: FieldIndex,
): Record<string, unknown> {
  const custom: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    const field = fields.get(key);
    const label = field?.field_type === 'enum' ? optionLabel(field, value) : null;
    custom[field?.name ?? key] = label ?? value ?? null;
  }
  return custom;
}
