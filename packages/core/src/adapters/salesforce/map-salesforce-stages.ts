import type { CrmRecord } from '../contract/crm-adapter-v1';
import {
  PIPELINE_REMOTE_ID,
  type SalesforceMappingContext,
  salesforceId,
  salesforceSource,
} from './salesforce-mapping-context';
import { type SalesforceRecord, text } from './salesforce-values';

/**
 * `OpportunityStage` fields: the org-wide stage picklist with its closed/won flags and default
 * probability (guide §3.4;
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunitystage.htm).
 */
export const STAGE_FIELDS = [
  'Id',
  'ApiName',
  'MasterLabel',
  'IsActive',
  'IsClosed',
  'IsWon',
  'DefaultProbability',
  'ForecastCategoryName',
  'SortOrder',
];

/** A stage's normalized id, by API name (the value `Opportunity.StageName` holds). */
export function stageId(apiName: string): string {
  return salesforceId('OpportunityStage', apiName);
}

/** Stages by API name and by label, so `StageName` finds its stage either way. */
export function stageIndex(stages: readonly SalesforceRecord[]): Map<string, SalesforceRecord> {
  const index = new Map<string, SalesforceRecord>();
  for (const stage of stages) {
    const label = text(stage.MasterLabel);
    if (label !== null && !index.has(label)) index.set(label, stage);
  }
  for (const stage of stages) {
    const api = text(stage.ApiName);
    if (api !== null) index.set(api, stage);
  }
  return index;
}

/** won / lost / open from `IsClosed`/`IsWon`, unless the configuration overrides the stage. */
export function stageCategory(
  stage: SalesforceRecord,
  context: SalesforceMappingContext,
): 'open' | 'won' | 'lost' {
  const override = context.mapping.stages[text(stage.ApiName) ?? '']?.category;
  if (override) return override;
  if (stage.IsClosed !== true) return 'open';
  return stage.IsWon === true ? 'won' : 'lost';
}

/**
 * The org's stages as one deal pipeline: Salesforce has a single stage picklist (sales
 * processes only pick subsets of it), ordered by `SortOrder`; probabilities are percentages.
 */
export function mapSalesforceStages(
  stages: readonly SalesforceRecord[],
  context: SalesforceMappingContext,
): CrmRecord<'pipelines'> {
  const sorted = [...stages].sort(
    (a, b) => (Number(a.SortOrder) || 0) - (Number(b.SortOrder) || 0),
  );
  return {
    id: salesforceId('pipeline', PIPELINE_REMOTE_ID),
    source: salesforceSource('OpportunityStage', PIPELINE_REMOTE_ID, context),
    name: context.pipelineName,
    objectType: 'deal',
    stages: sorted.map((stage, order) => {
      const api = text(stage.ApiName) ?? stage.Id;
      const override = context.mapping.stages[api]?.probability;
      const percent = stage.DefaultProbability;
      return {
        id: stageId(api),
        name: text(stage.MasterLabel) ?? api,
        order,
        probability:
          override ??
          (typeof percent === 'number' && percent >= 0 && percent <= 100 ? percent / 100 : null),
        category: stageCategory(stage, context),
        archived: stage.IsActive === false,
      };
    }),
  };
}
