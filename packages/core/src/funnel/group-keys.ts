import type { StageEntity } from '../lifecycle/options';
import type { StagedRecord } from '../lifecycle/visits';
import type { Dataset } from '../model/dataset';
import type { Deal } from '../model/deals';
import type { Account, Attribution, Person } from '../model/people';
import type { FunnelSplit } from './options';

/** Reads the split key of a record; null when the record has none. */
export type KeyOf<T> = (record: T) => string | null;

/** Which source attribution a person's campaign and channel come from. */
export type SourceField = 'original' | 'latest';

/**
 * Split keys, as stated in `FUNNEL_SPLIT_RULES`: a person's campaign and channel come from its
 * (original or latest) source; a deal's from its primary campaign and original source, else
 * its primary contact's; segment is the account's; owner is the record's current owner.
 * `personById` saves indexing people again when the caller has an index (deleted people
 * are then not found, so they give a deal no key).
 */
export function splitKeys(
  dataset: Dataset,
  by: FunnelSplit,
  field: SourceField,
  personById: ((id: string) => Person | undefined) | null,
) {
  // Accounts are indexed only for a segment split.
  let segments: Map<string, string | null> | undefined;
  // People are indexed only if a deal needs its primary contact, and not twice.
  let lookup = personById;
  const source = (person: Person | undefined): Attribution | null =>
    person?.attribution[field] ?? null;
  const primaryContact = (deal: Deal): Person | undefined => {
    if (lookup === null) {
      const people = new Map(dataset.people.map((p) => [p.id, p]));
      lookup = (id) => people.get(id);
    }
    const ref = deal.contacts.find((c) => c.primary) ?? deal.contacts[0];
    return ref === undefined ? undefined : lookup(ref.personId);
  };
  const segmentOf = (accountId: string | null) => {
    if (accountId === null) return null;
    segments ??= new Map(dataset.accounts.map((a) => [a.id, a.segment]));
    return segments.get(accountId) ?? null;
  };

  const person: KeyOf<Person> = (p) =>
    by === 'campaign'
      ? (source(p)?.campaignId ?? null)
      : by === 'channel'
        ? (source(p)?.channel ?? null)
        : by === 'segment'
          ? segmentOf(p.accountId)
          : p.ownerId;
  const deal: KeyOf<Deal> = (d) =>
    by === 'campaign'
      ? (d.primaryCampaignId ??
        d.originalSource?.campaignId ??
        source(primaryContact(d))?.campaignId ??
        null)
      : by === 'channel'
        ? (d.originalSource?.channel ?? source(primaryContact(d))?.channel ?? null)
        : by === 'segment'
          ? segmentOf(d.accountId)
          : d.ownerId;
  const account: KeyOf<Account> = (a) => (by === 'segment' ? a.segment : a.ownerId);
  return {
    /** The key of a staged record of the given kind. */
    record(entity: StageEntity): KeyOf<StagedRecord> {
      return (
        entity === 'person' ? person : entity === 'deal' ? deal : account
      ) as KeyOf<StagedRecord>;
    },
    deal,
  };
}

/** How a split key is shown: campaign and owner names, channels and segments as they are. */
export function splitLabel(dataset: Dataset, by: FunnelSplit): (key: string | null) => string {
  const names =
    by === 'campaign'
      ? new Map(dataset.campaigns.map((c) => [c.id, c.name]))
      : by === 'owner'
        ? new Map(dataset.users.map((u) => [u.id, u.name ?? u.email ?? u.id]))
        : null;
  return (key) => (key === null ? '(none)' : (names?.get(key) ?? key));
}

/** The split rules in words, for widgets to print. */
export const FUNNEL_SPLIT_RULES: Readonly<Record<FunnelSplit, string>> = {
  campaign:
    "People split by the campaign of their source (original unless `attribution: 'latest'`); deals by their primary campaign, else their original source's, else their primary contact's.",
  channel:
    "People split by the channel of their source (original unless `attribution: 'latest'`); deals by their original source's channel, else their primary contact's.",
  segment: "Records split by their account's segment.",
  owner: "Records split by their current owner (a deal's owner for pipeline velocity).",
};
