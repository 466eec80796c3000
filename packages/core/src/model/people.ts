import * as z from 'zod';
import { baseFields, IsoDate, IsoDateTime, Money, Ref } from './primitives';
import { Channel, Team } from './vocabulary';

/** An owner: a HubSpot owner, Salesforce User or Pipedrive user (or a queue). */
export const User = z.object({
  ...baseFields,
  email: z.string().nullable().default(null),
  name: z.string().nullable().default(null),
  active: z.boolean().default(true),
  kind: z.enum(['person', 'queue']).default('person'),
  /** The team the user works in, or null when unknown (e.g. a queue). */
  team: Team.nullable().default(null),
});
export type User = z.infer<typeof User>;

/** A company: HubSpot company, Salesforce Account, Pipedrive organization. */
export const Account = z.object({
  ...baseFields,
  name: z.string().nullable().default(null),
  domain: z.string().nullable().default(null),
  industry: z.string().nullable().default(null),
  employeeCount: z.number().int().nonnegative().nullable().default(null),
  /** Market segment (e.g. SMB, mid-market, enterprise) for goal and funnel splits. */
  segment: z.string().nullable().default(null),
  ownerId: Ref,
  parentAccountId: Ref,
  lifecycleStage: z.string().nullable().default(null),
  rawLifecycleStage: z.string().nullable().default(null),
});
export type Account = z.infer<typeof Account>;

/** Where a person or lead first (or latest) came from. */
export const Attribution = z.object({
  channel: Channel,
  rawChannel: z.string().nullable().default(null),
  detail1: z.string().nullable().default(null),
  detail2: z.string().nullable().default(null),
  campaignId: Ref,
  at: IsoDateTime.nullable().default(null),
});
export type Attribution = z.infer<typeof Attribution>;

/**
 * A person: a Salesforce Lead (`kind: 'lead'`) or a contact (HubSpot contact, Salesforce
 * Contact, Pipedrive person).
 */
export const Person = z.object({
  ...baseFields,
  kind: z.enum(['lead', 'contact']),
  emails: z.array(z.object({ value: z.string(), primary: z.boolean().default(false) })).default([]),
  firstName: z.string().nullable().default(null),
  lastName: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  companyName: z.string().nullable().default(null),
  accountId: Ref,
  ownerId: Ref,
  /** Current lifecycle stage id (one of the configured stages), or null when unmapped. */
  lifecycleStage: z.string().nullable().default(null),
  rawLifecycleStage: z.string().nullable().default(null),
  /** Lead status as the CRM names it (e.g. "Working", "Unqualified"). */
  leadStatus: z.string().nullable().default(null),
  /** When the person entered each lifecycle stage, keyed by stage id. */
  stageDates: z.record(z.string(), IsoDateTime).default({}),
  attribution: z
    .object({
      original: Attribution.nullable().default(null),
      latest: Attribution.nullable().default(null),
    })
    .default({ original: null, latest: null }),
  /** Lead conversion (Salesforce `IsConverted`), when the lead became a contact. */
  conversion: z
    .object({
      convertedAt: z.union([IsoDateTime, IsoDate]),
      contactId: Ref,
      accountId: Ref,
      dealId: Ref,
    })
    .nullable()
    .default(null),
});
export type Person = z.infer<typeof Person>;

/**
 * A lead as a qualification work item (Salesforce Lead, HubSpot Leads object, Pipedrive
 * lead): the object marketing hands to sales.
 */
export const Lead = z.object({
  ...baseFields,
  title: z.string().nullable().default(null),
  personId: Ref,
  accountId: Ref,
  ownerId: Ref,
  status: z.string().nullable().default(null),
  labels: z.array(z.string()).default([]),
  sourceName: z.string().nullable().default(null),
  channel: Attribution.nullable().default(null),
  value: Money.nullable().default(null),
  archived: z.boolean().default(false),
  convertedAt: IsoDateTime.nullable().default(null),
  convertedDealId: Ref,
});
export type Lead = z.infer<typeof Lead>;
