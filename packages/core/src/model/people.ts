import * as z from 'zod/mini';
import { baseFields, IsoDate, IsoDateTime, Money, nullOr, Ref } from './primitives';
import { Channel, Team } from './vocabulary';

/** An owner: a HubSpot owner, Salesforce User or Pipedrive user (or a queue). */
export const User = z.object({
  ...baseFields,
  email: nullOr(z.string()),
  name: nullOr(z.string()),
  active: z._default(z.boolean(), true),
  kind: z._default(z.enum(['person', 'queue']), 'person'),
  /** The team the user works in, or null when unknown (e.g. a queue). */
  team: nullOr(Team),
});
/** A parsed user record: an owner or queue records are assigned to. */
export type User = z.infer<typeof User>;

/** A company: HubSpot company, Salesforce Account, Pipedrive organization. */
export const Account = z.object({
  ...baseFields,
  name: nullOr(z.string()),
  domain: nullOr(z.string()),
  industry: nullOr(z.string()),
  employeeCount: nullOr(z.number().check(z.int(), z.nonnegative())),
  /** Market segment (e.g. SMB, mid-market, enterprise) for goal and funnel splits. */
  segment: nullOr(z.string()),
  ownerId: Ref,
  parentAccountId: Ref,
  lifecycleStage: nullOr(z.string()),
  rawLifecycleStage: nullOr(z.string()),
});
/** A parsed account record: a company, with its segment and owner. */
export type Account = z.infer<typeof Account>;

/** Where a person or lead first (or latest) came from. */
export const Attribution = z.object({
  channel: Channel,
  rawChannel: nullOr(z.string()),
  detail1: nullOr(z.string()),
  detail2: nullOr(z.string()),
  campaignId: Ref,
  at: nullOr(IsoDateTime),
});
/** A parsed lead source: the channel, campaign and moment a person or lead came from. */
export type Attribution = z.infer<typeof Attribution>;

/**
 * A person: a Salesforce Lead (`kind: 'lead'`) or a contact (HubSpot contact, Salesforce
 * Contact, Pipedrive person).
 */
export const Person = z.object({
  ...baseFields,
  kind: z.enum(['lead', 'contact']),
  emails: z._default(
    z.array(z.object({ value: z.string(), primary: z._default(z.boolean(), false) })),
    [],
  ),
  firstName: nullOr(z.string()),
  lastName: nullOr(z.string()),
  title: nullOr(z.string()),
  companyName: nullOr(z.string()),
  accountId: Ref,
  ownerId: Ref,
  /** Current lifecycle stage id (one of the configured stages), or null when unmapped. */
  lifecycleStage: nullOr(z.string()),
  rawLifecycleStage: nullOr(z.string()),
  /** Lead status as the CRM names it (e.g. "Working", "Unqualified"). */
  leadStatus: nullOr(z.string()),
  /** When the person entered each lifecycle stage, keyed by stage id. */
  stageDates: z._default(z.record(z.string(), IsoDateTime), {}),
  attribution: z._default(
    z.object({ original: nullOr(Attribution), latest: nullOr(Attribution) }),
    {
      original: null,
      latest: null,
    },
  ),
  /** Lead conversion (Salesforce `IsConverted`), when the lead became a contact. */
  conversion: nullOr(
    z.object({
      convertedAt: z.union([IsoDateTime, IsoDate]),
      contactId: Ref,
      accountId: Ref,
      dealId: Ref,
    }),
  ),
});
/** A parsed person record: a lead or contact with its lifecycle stage, stage dates and sources. */
export type Person = z.infer<typeof Person>;

/**
 * A lead as a qualification work item (Salesforce Lead, HubSpot Leads object, Pipedrive
 * lead): the object marketing hands to sales.
 */
export const Lead = z.object({
  ...baseFields,
  title: nullOr(z.string()),
  personId: Ref,
  accountId: Ref,
  ownerId: Ref,
  status: nullOr(z.string()),
  labels: z._default(z.array(z.string()), []),
  sourceName: nullOr(z.string()),
  channel: nullOr(Attribution),
  value: nullOr(Money),
  archived: z._default(z.boolean(), false),
  convertedAt: nullOr(IsoDateTime),
  convertedDealId: Ref,
});
/** A parsed lead record: the qualification work item marketing hands to sales. */
export type Lead = z.infer<typeof Lead>;
