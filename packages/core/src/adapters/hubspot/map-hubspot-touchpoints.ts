import type { TouchpointType } from '../../model/vocabulary';
import type { CrmRecord } from '../contract/crm-adapter-v1';
import type { HubSpotEmailEvent, HubSpotForm, HubSpotSubmission } from './hubspot-api-types';
import { type HubSpotMappingContext, hubspotId, hubspotSource } from './hubspot-mapping-context';
import { instant, text } from './hubspot-values';

/**
 * Email event types that are touches (guide §2.8). Delivery plumbing (`PROCESSED`,
 * `DEFERRED`, `DROPPED`, `SUGGESTION`) is not a touch and is skipped.
 */
export const EMAIL_TOUCH_TYPES: Readonly<Record<string, TouchpointType>> = {
  SENT: 'email_sent',
  DELIVERED: 'email_delivered',
  OPEN: 'email_open',
  CLICK: 'email_click',
  BOUNCE: 'email_bounce',
  STATUSCHANGE: 'email_unsubscribe',
  SPAMREPORT: 'email_unsubscribe',
  FORWARD: 'other',
  PRINT: 'other',
};

/** Resolves an e-mail address to a normalized person id. */
export type PersonLookup = (email: string) => string | null;

/** The e-mail address in a submission's values, if any. */
export function submissionEmail(submission: HubSpotSubmission): string | null {
  return text(submission.values?.find((field) => field.name === 'email')?.value);
}

/**
 * A form submission as a touchpoint. The legacy payload has no contact id, so the person is
 * found by the submitted e-mail (guide §2.8).
 */
export function mapHubSpotSubmission(
  submission: HubSpotSubmission,
  form: HubSpotForm,
  person: PersonLookup,
  context: HubSpotMappingContext,
): CrmRecord<'touchpoints'> | null {
  const occurredAt = instant(submission.submittedAt);
  if (occurredAt === null) return null;
  const email = submissionEmail(submission);
  return {
    id: hubspotId('form_submissions', submission.conversionId),
    source: { ...hubspotSource('form_submissions', submission.conversionId, context), url: null },
    createdAt: occurredAt,
    type: 'form_submission',
    occurredAt,
    personId: email === null ? null : person(email),
    origin: 'online',
    url: text(submission.pageUrl),
    title: text(form.name),
    formId: form.id,
    custom: { email },
  };
}

/** A marketing email event as a touchpoint, or null for event types that are not touches. */
export function mapHubSpotEmailEvent(
  event: HubSpotEmailEvent,
  person: PersonLookup,
  context: HubSpotMappingContext,
): CrmRecord<'touchpoints'> | null {
  const type = EMAIL_TOUCH_TYPES[event.type];
  const occurredAt = instant(event.created);
  if (!type || occurredAt === null) return null;
  const recipient = text(event.recipient);
  return {
    id: hubspotId('email_events', event.id),
    source: { ...hubspotSource('email_events', event.id, context), url: null },
    createdAt: occurredAt,
    type,
    occurredAt,
    personId: recipient === null ? null : person(recipient),
    channel: 'email',
    origin: 'online',
    url: text(event.url),
    custom: { emailCampaignId: event.emailCampaignId ?? null, rawType: event.type },
  };
}
