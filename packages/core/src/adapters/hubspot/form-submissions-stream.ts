import type { JsonValue } from '../contract/crm-adapter-v1';
import type { HubSpotSubmission } from './hubspot-api-types';
import { type HubSpotStream, personLookup } from './hubspot-sync-context';
import { mapHubSpotSubmission, submissionEmail } from './map-hubspot-touchpoints';

/** Where the stream stands: forms before `form` (by id) are done; in `form`, everything newer than `before` is too. */
interface SubmissionPosition {
  readonly form: string | null;
  readonly before: number | null;
  /** Conversions at exactly `before` already handed out. */
  readonly skip: readonly string[];
}

function readPosition(position: JsonValue | undefined): SubmissionPosition {
  const value = (position ?? {}) as { form?: unknown; before?: unknown; skip?: unknown };
  return {
    form: typeof value.form === 'string' ? value.form : null,
    before: typeof value.before === 'number' ? value.before : null,
    skip: Array.isArray(value.skip)
      ? value.skip.filter((id): id is string => typeof id === 'string')
      : [],
  };
}

/**
 * Form submissions in the pass window as touchpoints, form by form (legacy v1, newest first,
 * 50 per page; guide §2.8). Within a form the position is the oldest submission handed out,
 * so a resumed stream re-lists the form and skips what it already gave.
 */
export const formSubmissionsStream: HubSpotStream = async function* (context, position) {
  const start = readPosition(position);
  const since = context.since === null ? Number.NEGATIVE_INFINITY : Date.parse(context.since);
  const until = Date.parse(context.until);
  const forms = [...(await context.api.forms())].sort((a, b) => a.id.localeCompare(b.id));
  for (const form of forms) {
    if (start.form !== null && form.id < start.form) continue;
    const resuming = form.id === start.form ? start : { before: null, skip: [] };
    let before = resuming.before;
    let skip = [...resuming.skip];
    let after: string | undefined;
    let older = false;
    do {
      const page = await context.api.submissions(form.id, after);
      after = page.paging?.next?.after;
      const fresh: HubSpotSubmission[] = [];
      for (const submission of page.results) {
        if (submission.submittedAt < since) older = true;
        const handed =
          before !== null &&
          (submission.submittedAt > before ||
            (submission.submittedAt === before && skip.includes(submission.conversionId)));
        if (submission.submittedAt < since || submission.submittedAt > until || handed) continue;
        fresh.push(submission);
      }
      const oldest = fresh.at(-1)?.submittedAt;
      if (oldest !== undefined) {
        const person = await personLookup(
          context,
          fresh.flatMap((submission) => submissionEmail(submission) ?? []),
        );
        const records = fresh.flatMap(
          (submission) => mapHubSpotSubmission(submission, form, person, context.mapping) ?? [],
        );
        skip = [
          ...(oldest === before ? skip : []),
          ...fresh
            .filter((submission) => submission.submittedAt === oldest)
            .map((submission) => submission.conversionId),
        ];
        before = oldest;
        yield {
          entity: 'touchpoints',
          records,
          position: { form: form.id, before, skip },
          done: false,
        };
      }
    } while (after && !older);
  }
  yield { entity: 'touchpoints', records: [], position: null, done: true };
};
