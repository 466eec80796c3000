import type { EntityName } from '../../model/dataset';

/** Ids deleted in the CRM during a sync, by entity. */
export type DeletedIds = ReadonlyMap<EntityName, ReadonlySet<string>>;

type Target = 'users' | 'accounts' | 'people' | 'leads' | 'deals' | 'campaigns';
type Path = readonly string[];

/** A reference that belongs to its record: when the target is deleted, so is the record. */
const OWNED: { readonly [E in EntityName]?: readonly (readonly [Path, Target])[] } = {
  touchpoints: [[['personId'], 'people']],
  campaignMemberships: [
    [['personId'], 'people'],
    [['campaignId'], 'campaigns'],
  ],
};

/** Field-change owners by `change.entity`. */
const CHANGE_OWNERS: Readonly<Record<string, Target>> = {
  person: 'people',
  account: 'accounts',
  lead: 'leads',
  deal: 'deals',
};

/** References set to null when their target is deleted; the record itself lives on. */
const DETACHED: { readonly [E in EntityName]?: readonly (readonly [Path, Target])[] } = {
  accounts: [
    [['ownerId'], 'users'],
    [['parentAccountId'], 'accounts'],
  ],
  people: [
    [['accountId'], 'accounts'],
    [['ownerId'], 'users'],
    [['attribution', 'original', 'campaignId'], 'campaigns'],
    [['attribution', 'latest', 'campaignId'], 'campaigns'],
    [['conversion', 'contactId'], 'people'],
    [['conversion', 'accountId'], 'accounts'],
    [['conversion', 'dealId'], 'deals'],
  ],
  leads: [
    [['personId'], 'people'],
    [['accountId'], 'accounts'],
    [['ownerId'], 'users'],
    [['channel', 'campaignId'], 'campaigns'],
    [['convertedDealId'], 'deals'],
  ],
  deals: [
    [['ownerId'], 'users'],
    [['accountId'], 'accounts'],
    [['primaryCampaignId'], 'campaigns'],
    [['originalSource', 'campaignId'], 'campaigns'],
  ],
  campaigns: [[['parentId'], 'campaigns']],
  touchpoints: [
    [['accountId'], 'accounts'],
    [['campaignId'], 'campaigns'],
  ],
  activities: [
    [['ownerId'], 'users'],
    [['accountId'], 'accounts'],
    [['dealId'], 'deals'],
    [['leadId'], 'leads'],
  ],
  changes: [[['actorUserId'], 'users']],
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function read(record: unknown, path: Path): unknown {
  let node = record;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  return node;
}

/** A copy of `record` with the value at `path` replaced (objects on the path copied). */
function write(
  record: Record<string, unknown>,
  path: Path,
  value: unknown,
): Record<string, unknown> {
  const [key, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) return { ...record, [key]: value };
  const child = record[key];
  return { ...record, [key]: isObject(child) ? write(child, rest, value) : child };
}

/** What deleting records did to one record that was not deleted itself. */
export type DetachOutcome =
  | { readonly kind: 'kept' }
  | { readonly kind: 'detached'; readonly record: unknown }
  | { readonly kind: 'removed' };

/**
 * Applies deletions to a record that points at deleted records. CRMs do not touch a record
 * when an associated one is deleted (HubSpot leaves a deal's last-modified date alone when a
 * contact is archived), so an incremental sync keeps the stale reference: records that
 * belong to the deleted one (its touches, its field history, its campaign memberships) go
 * with it, and other references are removed (a deal keeps its other contacts, a person
 * loses its account), never turning a live record into a rejection.
 */
export function detachDeleted(
  entity: EntityName,
  record: unknown,
  deleted: DeletedIds,
): DetachOutcome {
  if (!isObject(record)) return { kind: 'kept' };
  const gone = (target: Target, id: unknown) =>
    typeof id === 'string' && (deleted.get(target)?.has(id) ?? false);
  if (entity === 'changes') {
    const owner = CHANGE_OWNERS[String(record.entity)];
    if (owner && gone(owner, record.entityId)) return { kind: 'removed' };
  }
  for (const [path, target] of OWNED[entity] ?? [])
    if (gone(target, read(record, path))) return { kind: 'removed' };
  let next = record;
  for (const [path, target] of DETACHED[entity] ?? [])
    if (gone(target, read(next, path))) next = write(next, path, null);
  if (entity === 'deals' && Array.isArray(next.contacts)) {
    const contacts = next.contacts.filter(
      (contact) => !gone('people', read(contact, ['personId'])),
    );
    if (contacts.length !== next.contacts.length) next = { ...next, contacts };
  }
  if (entity === 'activities' && Array.isArray(next.personIds)) {
    const personIds = next.personIds.filter((id) => !gone('people', id));
    if (personIds.length !== next.personIds.length) next = { ...next, personIds };
  }
  return next === record ? { kind: 'kept' } : { kind: 'detached', record: next };
}
