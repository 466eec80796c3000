import * as z from 'zod/mini';
import { Attribution } from './people';
import { baseFields, Id, IsoDate, IsoDateTime, Money, nullOr, Ref } from './primitives';

/** A stage of a pipeline, with its win probability and whether it closes the deal. */
export const Stage = z.object({
  id: Id,
  name: z.string(),
  order: z.number().check(z.int()),
  /** Win probability from 0 to 1, or null when the CRM has none. */
  probability: nullOr(z.number().check(z.gte(0), z.lte(1))),
  category: nullOr(z.enum(['open', 'won', 'lost'])),
  archived: z._default(z.boolean(), false),
});
/** A parsed pipeline stage: its order, win probability and category. */
export type Stage = z.infer<typeof Stage>;

/** A deal pipeline (or a lead / lifecycle pipeline) with its ordered stages. */
export const Pipeline = z.object({
  ...baseFields,
  name: z.string(),
  order: z._default(z.number().check(z.int()), 0),
  objectType: z._default(z.enum(['deal', 'lead', 'lifecycle']), 'deal'),
  stages: z.array(Stage).check(z.minLength(1, 'a pipeline needs at least one stage')),
});
/** A parsed pipeline with its ordered stages. */
export type Pipeline = z.infer<typeof Pipeline>;

/** A person's part in a deal (Salesforce OpportunityContactRole, HubSpot association label). */
export const DealContact = z.object({
  personId: Id,
  role: nullOr(z.string()),
  primary: z._default(z.boolean(), false),
});
/** A parsed deal contact: a person's role on a deal. */
export type DealContact = z.infer<typeof DealContact>;

/** A deal: HubSpot deal, Salesforce Opportunity, Pipedrive deal. */
export const Deal = z.object({
  ...baseFields,
  name: nullOr(z.string()),
  amount: nullOr(Money),
  status: z.enum(['open', 'won', 'lost']),
  /** Expected (open) or actual (closed) close date. */
  closeDate: nullOr(z.union([IsoDateTime, IsoDate])),
  /** The instant the deal was won or lost; null while open. */
  closedAt: nullOr(IsoDateTime),
  pipelineId: Ref,
  stageId: Ref,
  rawStage: nullOr(z.string()),
  lostReason: nullOr(z.string()),
  ownerId: Ref,
  accountId: Ref,
  contacts: z._default(z.array(DealContact), []),
  /** Salesforce `Opportunity.CampaignId`: the campaign credited as primary source. */
  primaryCampaignId: Ref,
  originalSource: nullOr(Attribution),
});
/** A parsed deal record: amount, status, stage, dates and contacts. */
export type Deal = z.infer<typeof Deal>;
