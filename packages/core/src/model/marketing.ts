import * as z from 'zod/mini';
import { baseFields, IsoDate, IsoDateTime, Money, nullOr, Ref } from './primitives';
import { Channel, TouchOrigin, TouchpointType } from './vocabulary';

/** A marketing campaign with its channel, dates and costs. */
export const Campaign = z.object({
  ...baseFields,
  name: z.string(),
  channel: z._default(Channel, 'unknown'),
  /** The CRM's campaign type (e.g. "Webinar", "Trade Show"). */
  type: nullOr(z.string()),
  status: nullOr(z.string()),
  startDate: nullOr(IsoDate),
  endDate: nullOr(IsoDate),
  parentId: Ref,
  budget: nullOr(Money),
  actualCost: nullOr(Money),
});
/** A parsed campaign record: channel, dates, budget and cost. */
export type Campaign = z.infer<typeof Campaign>;

/** A person's membership in a campaign (Salesforce CampaignMember). */
export const CampaignMembership = z.object({
  ...baseFields,
  campaignId: z.string().check(z.minLength(1)),
  personId: z.string().check(z.minLength(1)),
  status: nullOr(z.string()),
  responded: z._default(z.boolean(), false),
  firstRespondedAt: nullOr(z.union([IsoDateTime, IsoDate])),
  /** How membership was established: explicitly in the CRM or derived from touches. */
  basis: z._default(z.enum(['explicit', 'first_touch', 'last_touch', 'influenced']), 'explicit'),
});
/** A parsed campaign membership: a person's status in a campaign. */
export type CampaignMembership = z.infer<typeof CampaignMembership>;

/** One marketing interaction of a person: the unit attribution credits. */
export const Touchpoint = z.object({
  ...baseFields,
  type: TouchpointType,
  occurredAt: IsoDateTime,
  personId: Ref,
  accountId: Ref,
  campaignId: Ref,
  channel: z._default(Channel, 'unknown'),
  origin: z._default(TouchOrigin, 'online'),
  url: nullOr(z.string()),
  /** Page, asset or email title, e.g. the content asset a download was for. */
  title: nullOr(z.string()),
  formId: nullOr(z.string()),
});
/** A parsed touchpoint: one marketing interaction of a person, the unit attribution credits. */
export type Touchpoint = z.infer<typeof Touchpoint>;
