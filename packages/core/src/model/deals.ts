import * as z from 'zod';
import { Attribution } from './people';
import { baseFields, Id, IsoDate, IsoDateTime, Money, Ref } from './primitives';

/** A stage of a pipeline, with its win probability and whether it closes the deal. */
export const Stage = z.object({
  id: Id,
  name: z.string(),
  order: z.number().int(),
  /** Win probability from 0 to 1, or null when the CRM has none. */
  probability: z.number().min(0).max(1).nullable().default(null),
  category: z.enum(['open', 'won', 'lost']).nullable().default(null),
  archived: z.boolean().default(false),
});
export type Stage = z.infer<typeof Stage>;

/** A deal pipeline (or a lead / lifecycle pipeline) with its ordered stages. */
export const Pipeline = z.object({
  ...baseFields,
  name: z.string(),
  order: z.number().int().default(0),
  objectType: z.enum(['deal', 'lead', 'lifecycle']).default('deal'),
  stages: z.array(Stage).min(1, 'a pipeline needs at least one stage'),
});
export type Pipeline = z.infer<typeof Pipeline>;

/** A person's part in a deal (Salesforce OpportunityContactRole, HubSpot association label). */
export const DealContact = z.object({
  personId: Id,
  role: z.string().nullable().default(null),
  primary: z.boolean().default(false),
});
export type DealContact = z.infer<typeof DealContact>;

/** A deal: HubSpot deal, Salesforce Opportunity, Pipedrive deal. */
export const Deal = z.object({
  ...baseFields,
  name: z.string().nullable().default(null),
  amount: Money.nullable().default(null),
  status: z.enum(['open', 'won', 'lost']),
  /** Expected (open) or actual (closed) close date. */
  closeDate: z.union([IsoDateTime, IsoDate]).nullable().default(null),
  /** The instant the deal was won or lost; null while open. */
  closedAt: IsoDateTime.nullable().default(null),
  pipelineId: Ref,
  stageId: Ref,
  rawStage: z.string().nullable().default(null),
  lostReason: z.string().nullable().default(null),
  ownerId: Ref,
  accountId: Ref,
  contacts: z.array(DealContact).default([]),
  /** Salesforce `Opportunity.CampaignId`: the campaign credited as primary source. */
  primaryCampaignId: Ref,
  originalSource: Attribution.nullable().default(null),
});
export type Deal = z.infer<typeof Deal>;
