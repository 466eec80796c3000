import type { Dataset, EntityName } from '@closedloop/core';

/** Resolves a reference (an id of a record of `entity`) to the CRM's id of that record. */
type Resolve = (entity: EntityName, id: string | null | undefined) => string | null;

/** One side of the comparison: the source dataset as the fake serves it, or the adapter's output. */
export interface ComparisonSide {
  readonly dataset: Dataset;
  /** The CRM id of a record of this side, or null when it is not served. */
  remoteId(entity: EntityName, id: string): string | null;
}

const CHANGE_TARGETS: Readonly<Record<string, EntityName>> = {
  person: 'people',
  account: 'accounts',
  lead: 'leads',
  deal: 'deals',
};

const instant = (value: string | null | undefined) => (value ? Date.parse(value) : null);
const primaryEmail = (person: Dataset['people'][number]) =>
  (person.emails.find((email) => email.primary) ?? person.emails[0])?.value.toLowerCase() ?? null;

/** E-mail addresses shared by several people: a CRM cannot tell those people apart by e-mail. */
function sharedEmails(dataset: Dataset): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const person of dataset.people) {
    const email = primaryEmail(person);
    if (email && seen.has(email)) shared.add(email);
    if (email) seen.add(email);
  }
  return shared;
}

/**
 * The fields compared per entity, with references as CRM ids so both sides compare: what a
 * CRM round-trip must preserve (not provider-specific extras such as raw values).
 */
function project(
  entity: EntityName,
  record: Record<string, unknown>,
  ref: Resolve,
  person: (id: unknown) => string | null,
): unknown {
  const r = record as never as Record<string, never>;
  switch (entity) {
    case 'users':
      return { email: r.email, name: r.name, kind: r.kind, active: r.active };
    case 'accounts':
      return {
        name: r.name,
        domain: r.domain,
        owner: ref('users', r.ownerId),
        parent: ref('accounts', r.parentAccountId),
      };
    case 'people': {
      const p = record as unknown as Dataset['people'][number];
      return {
        first: p.firstName,
        last: p.lastName,
        email: primaryEmail(p),
        stage: p.lifecycleStage,
        account: ref('accounts', p.accountId),
        owner: ref('users', p.ownerId),
      };
    }
    case 'pipelines': {
      const p = record as unknown as Dataset['pipelines'][number];
      return { name: p.name, stages: p.stages.map((stage) => `${stage.name}:${stage.category}`) };
    }
    case 'deals': {
      const d = record as unknown as Dataset['deals'][number];
      return {
        name: d.name,
        status: d.status,
        amount: d.amount ? Number(d.amount.amount) : null,
        currency: d.amount?.currency ?? null,
        account: ref('accounts', d.accountId),
        owner: ref('users', d.ownerId),
        contacts: d.contacts.map((contact) => ref('people', contact.personId)).sort(),
        closedAt: instant(d.closedAt),
      };
    }
    case 'campaigns':
      return { name: r.name, start: r.startDate, end: r.endDate };
    case 'touchpoints':
      return { type: r.type, at: instant(r.occurredAt), person: person(r.personId) };
    case 'changes':
      return { field: r.field, to: r.field === 'lifecycleStage' ? r.to : '(not compared)' };
    default:
      return {};
  }
}

/** Comparable key and projection of every served record of an entity on one side. */
function entries(
  entity: EntityName,
  side: ComparisonSide,
  shared: Set<string>,
): Map<string, unknown[]> {
  const ref: Resolve = (target, id) => (id ? side.remoteId(target, id) : null);
  const people = new Map(side.dataset.people.map((person) => [person.id, person]));
  const person = (id: unknown) => {
    const found = typeof id === 'string' ? people.get(id) : undefined;
    const email = found ? primaryEmail(found) : null;
    return email && shared.has(email)
      ? '(shared e-mail)'
      : ref('people', typeof id === 'string' ? id : null);
  };
  const byKey = new Map<string, unknown[]>();
  for (const record of side.dataset[entity] as readonly Record<string, unknown>[]) {
    let key: string | null;
    if (entity === 'changes') {
      const change = record as unknown as Dataset['changes'][number];
      const owner = ref(CHANGE_TARGETS[change.entity] as EntityName, change.entityId);
      key =
        owner === null || side.remoteId('changes', change.id) === null
          ? null
          : `${owner}|${change.field}|${instant(change.at)}`;
    } else key = side.remoteId(entity, record.id as string);
    if (key === null) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), project(entity, record, ref, person)]);
  }
  return byKey;
}

const canonical = (value: unknown) => JSON.stringify(value);

/**
 * Differences between what the fake serves and what the adapter produced, entity by entity:
 * missing, unexpected and duplicated records, and records whose compared fields differ.
 * Empty when the adapter read everything faithfully.
 */
export function compareDatasets(
  entities: readonly EntityName[],
  expected: ComparisonSide,
  actual: ComparisonSide,
): string[] {
  const shared = sharedEmails(expected.dataset);
  const differences: string[] = [];
  for (const entity of entities) {
    const want = entries(entity, expected, shared);
    const got = entries(entity, actual, shared);
    for (const [key, projections] of want) {
      const found = got.get(key);
      if (!found) differences.push(`${entity} ${key}: missing`);
      else if (
        canonical([...found].map(canonical).sort()) !==
        canonical([...projections].map(canonical).sort())
      ) {
        differences.push(
          `${entity} ${key}: expected ${canonical(projections)}, got ${canonical(found)}`,
        );
      }
    }
    for (const [key, projections] of got) {
      if (!want.has(key)) differences.push(`${entity} ${key}: unexpected`);
      else if (projections.length > (want.get(key)?.length ?? 0))
        differences.push(`${entity} ${key}: duplicated`);
    }
  }
  return differences;
}
