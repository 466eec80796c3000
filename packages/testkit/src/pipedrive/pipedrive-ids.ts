import { createHash } from 'node:crypto';

/** A custom-field key as Pipedrive makes them: 40 hex characters, unique per company (guide §4.5). */
export function fieldHash(name: string): string {
  return createHash('sha1').update(`closedloop-fake:${name}`).digest('hex');
}

/** A deterministic lead uuid for the nth lead (Pipedrive lead ids are uuids, guide §4.4). */
export function leadUuid(index: number): string {
  const hex = createHash('sha1').update(`lead:${index}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** RFC3339 to the second, as v2 sends timestamps. */
export function v2Time(iso: string | null | undefined): string | null {
  return iso ? `${new Date(iso).toISOString().slice(0, 19)}Z` : null;
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, as most of v1 sends timestamps. */
export function v1Time(iso: string | null | undefined): string | null {
  return iso ? new Date(iso).toISOString().slice(0, 19).replace('T', ' ') : null;
}

/** `paid_search` → `Paid search`: a marketing-channel option label. */
export function channelLabel(channel: string): string {
  const words = channel.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
