import type { JsonValue } from '../contract/crm-adapter-v1';
import { type HubSpotStream, personLookup } from './hubspot-sync-context';
import { mapHubSpotEmailEvent } from './map-hubspot-touchpoints';

/** Events newer than `before` are handed out, and those at exactly `before` listed in `skip`. */
function readPosition(position: JsonValue | undefined): { before: number | null; skip: string[] } {
  const value = (position ?? {}) as { before?: unknown; skip?: unknown };
  return {
    before: typeof value.before === 'number' ? value.before : null,
    skip: Array.isArray(value.skip)
      ? value.skip.filter((id): id is string => typeof id === 'string')
      : [],
  };
}

/**
 * Marketing email events in the pass window as touchpoints (legacy v1, newest first, ≤1,000
 * per page; guide §2.8). A resumed stream asks again with `endTimestamp` at the oldest
 * event it handed out, so it neither repeats nor skips one.
 */
export const emailEventsStream: HubSpotStream = async function* (context, position) {
  const resume = readPosition(position);
  let before = resume.before;
  let skip = resume.skip;
  const window = {
    start: context.since === null ? null : Date.parse(context.since),
    end: before ?? Date.parse(context.until),
    limit: 1000,
  };
  let offset: string | undefined;
  let more = true;
  while (more) {
    const page = await context.api.emailEvents({ ...window, ...(offset ? { offset } : {}) });
    more = page.hasMore === true && typeof page.offset === 'string';
    offset = page.offset;
    const fresh = page.events.filter(
      (event) => !(before !== null && event.created === before && skip.includes(event.id)),
    );
    const oldest = fresh.at(-1)?.created;
    if (oldest === undefined) continue;
    const person = await personLookup(
      context,
      fresh.flatMap((event) => event.recipient ?? []),
    );
    const records = fresh.flatMap(
      (event) => mapHubSpotEmailEvent(event, person, context.mapping) ?? [],
    );
    skip = [
      ...(oldest === before ? skip : []),
      ...fresh.filter((event) => event.created === oldest).map((event) => event.id),
    ];
    before = oldest;
    yield { entity: 'touchpoints', records, position: { before, skip }, done: false };
  }
  yield { entity: 'touchpoints', records: [], position: null, done: true };
};
