import type { CrmRecord } from '../contract/crm-adapter-v1';
import type { PipedriveOrganization, PipedrivePerson, PipedriveUser } from './pipedrive-api-types';
import {
  customByName,
  instant,
  optionLabel,
  type PipedriveMappingContext,
  pipedriveId,
  pipedriveRef,
  pipedriveSource,
  text,
} from './pipedrive-mapping-context';

/** A user (`GET /v1/users`). Pipedrive has no queues, so every user is a person. */
export function mapPipedriveUser(
  user: PipedriveUser,
  context: PipedriveMappingContext,
): CrmRecord<'users'> {
  return {
    id: pipedriveId('users', user.id),
    source: { ...pipedriveSource('users', user.id, context), url: null },
    createdAt: instant(user.created),
    updatedAt: instant(user.modified),
    email: text(user.email),
    name: text(user.name),
    active: user.active_flag !== false && user.is_deleted !== true,
    kind: 'person',
  };
}

function firstField(custom: Record<string, unknown>, names: readonly string[]): string | null {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  for (const [name, value] of Object.entries(custom))
    if (wanted.has(name.toLowerCase()) && typeof value === 'string' && value !== '') return value;
  return null;
}

/**
 * An organization as an account. Pipedrive organizations have no domain or industry field
 * of their own; they are read from custom fields named in `mapping.accountFields` (custom
 * keys are hashes, resolved through `/v1/organizationFields`, guide §4.5). Parent
 * organizations (v1 organization relationships) are not read.
 */
export function mapPipedriveOrganization(
  organization: PipedriveOrganization,
  context: PipedriveMappingContext,
): CrmRecord<'accounts'> {
  const custom = customByName(organization.custom_fields, context.fields.organization);
  const domain = firstField(custom, context.mapping.accountFields.domain);
  return {
    id: pipedriveId('organizations', organization.id),
    source: pipedriveSource('organizations', organization.id, context),
    createdAt: instant(organization.add_time),
    updatedAt: instant(organization.update_time),
    name: text(organization.name),
    domain: domain?.replace(/^https?:\/\//, '').replace(/\/.*$/, '') ?? null,
    industry: firstField(custom, context.mapping.accountFields.industry),
    ownerId: pipedriveRef('users', organization.owner_id),
    custom,
  };
}

/**
 * A person as a contact. Pipedrive has no lifecycle stage: the first person label (field
 * `label_ids` of `/v1/personFields`) listed in `mapping.personLabels` gives it, and the raw
 * label names are kept in `rawLifecycleStage` (comma-separated). Persons carry no source or
 * channel (guide §4.9), so `attribution` stays empty.
 */
export function mapPipedrivePerson(
  person: PipedrivePerson,
  context: PipedriveMappingContext,
): CrmRecord<'people'> {
  const labelField = context.fields.person.get('label_ids') ?? context.fields.person.get('label');
  const labels = (person.label_ids ?? [])
    .map((id) => optionLabel(labelField, id))
    .filter((label): label is string => label !== null);
  const stage = labels.map((label) => context.mapping.personLabels[label]).find(Boolean) ?? null;
  const emails = (person.emails ?? [])
    .filter((email) => text(email.value) !== null)
    .map((email) => ({ value: email.value as string, primary: email.primary === true }));
  return {
    id: pipedriveId('persons', person.id),
    source: pipedriveSource('persons', person.id, context),
    createdAt: instant(person.add_time),
    updatedAt: instant(person.update_time),
    kind: 'contact',
    emails,
    firstName: text(person.first_name),
    lastName: text(person.last_name),
    title: text(person.job_title),
    accountId: pipedriveRef('organizations', person.org_id),
    ownerId: pipedriveRef('users', person.owner_id),
    lifecycleStage: stage,
    rawLifecycleStage: labels.length > 0 ? labels.join(', ') : null,
    custom: customByName(person.custom_fields, context.fields.person),
  };
}
