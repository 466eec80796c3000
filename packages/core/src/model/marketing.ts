import * as z from 'zod';
import { baseFields, IsoDate, IsoDateTime, Money, Ref } from './primitives';
import { Channel, TouchOrigin, TouchpointType } from './vocabulary';

/** A marketing campaign with its channel, dates and costs. */
export const Campaign = z.object({
  ...baseFields,
  name: z.string(),
  channel: Channel.default('unknown'),
  /** The CRM's campaign type (e.g. "Webinar", "Trade Show"). */
  type: z.string().nullable().default(null),
  status: z.string().nullable().default(null),
  startDate: IsoDate.nullable().default(null),
  endDate: IsoDate.nullable().default(null),
  parentId: Ref,
  budget: Money.nullable().default(null),
  actualCost: Money.nullable().default(null),
});
export type Campaign = z.infer<typeof Campaign>;

/** A person's membership in a campaign (Salesforce CampaignMember). */
export const CampaignMembership = z.object({
  ...baseFields,
  campaignId: z.string().min(1),
  personId: z.string().min(1),
  status: z.string().nullable().default(null),
  responded: z.boolean().default(false),
  firstRespondedAt: z.union([IsoDateTime, IsoDate]).nullable().default(null),
  /** How membership was established: explicitly in the CRM or derived from touches. */
  basis: z.enum(['explicit', 'first_touch', 'last_touch', 'influenced']).default('explicit'),
});
export type CampaignMembership = z.infer<typeof CampaignMembership>;

/** One marketing interaction of a person: the unit attribution credits. */
export const Touchpoint = z.object({
  ...baseFields,
  type: TouchpointType,
  occurredAt: IsoDateTime,
  personId: Ref,
  accountId: Ref,
  campaignId: Ref,
  channel: Channel.default('unknown'),
  origin: TouchOrigin.default('online'),
  url: z.string().nullable().default(null),
  /** Page, asset or email title, e.g. the content asset a download was for. */
  title: z.string().nullable().default(null),
  formId: z.string().nullable().default(null),
});
export type Touchpoint = z.infer<typeof Touchpoint>;
