import * as z from 'zod/mini';
import { Deal, Pipeline } from './deals';
import { Campaign, CampaignMembership, Touchpoint } from './marketing';
import { Account, Lead, Person, User } from './people';
import { Activity, FieldChange, Goal } from './sales';

/** The schema of each entity array of a dataset. */
export const ENTITY_SCHEMAS = {
  users: User,
  accounts: Account,
  people: Person,
  leads: Lead,
  pipelines: Pipeline,
  deals: Deal,
  campaigns: Campaign,
  campaignMemberships: CampaignMembership,
  touchpoints: Touchpoint,
  activities: Activity,
  changes: FieldChange,
  goals: Goal,
} as const;

/** The name of an entity array in a dataset. */
export type EntityName = keyof typeof ENTITY_SCHEMAS;

/**
 * Entity names in dependency order: records mostly reference entities listed before them.
 * Some references point forward or within an entity (a person's attribution campaign and
 * converted deal, parent accounts and campaigns); `parseDataset` resolves those too.
 */
export const ENTITY_NAMES = Object.keys(ENTITY_SCHEMAS) as EntityName[];

/**
 * The one currency of the core: normalized, validated records from one or more CRMs.
 * Every analytics function takes a Dataset; every adapter produces one.
 */
export const Dataset = z.object({
  users: z.array(User),
  accounts: z.array(Account),
  people: z.array(Person),
  leads: z.array(Lead),
  pipelines: z.array(Pipeline),
  deals: z.array(Deal),
  campaigns: z.array(Campaign),
  campaignMemberships: z.array(CampaignMembership),
  touchpoints: z.array(Touchpoint),
  activities: z.array(Activity),
  changes: z.array(FieldChange),
  goals: z.array(Goal),
});
/** A parsed dataset: every entity array with defaults applied, as `parseDataset` returns it and every analysis takes it. */
export type Dataset = z.infer<typeof Dataset>;
/** What a dataset looks like before parsing: defaults not yet applied. */
export type DatasetInput = z.input<typeof Dataset>;

/** An empty, valid dataset. */
export function emptyDataset(): Dataset {
  return {
    users: [],
    accounts: [],
    people: [],
    leads: [],
    pipelines: [],
    deals: [],
    campaigns: [],
    campaignMemberships: [],
    touchpoints: [],
    activities: [],
    changes: [],
    goals: [],
  };
}
