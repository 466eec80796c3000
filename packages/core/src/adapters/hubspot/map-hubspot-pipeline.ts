import type { CrmRecord } from '../contract/crm-adapter-v1';
import type { HubSpotPipeline, HubSpotStage } from './hubspot-api-types';
import { type HubSpotMappingContext, hubspotId, hubspotSource } from './hubspot-mapping-context';
import { instant } from './hubspot-values';

/** Won, lost or open, from stage metadata whose values are strings ("true", "1.0"). */
export function stageCategory(stage: HubSpotStage): 'open' | 'won' | 'lost' {
  if (stage.metadata?.isClosed !== 'true') return 'open';
  return Number(stage.metadata.probability) >= 1 ? 'won' : 'lost';
}

function probability(stage: HubSpotStage): number | null {
  const value = Number(stage.metadata?.probability ?? Number.NaN);
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : null;
}

/**
 * A deal pipeline. Stage metadata comes as strings: closed-won is `isClosed: "true"` with
 * `probability: "1.0"`, closed-lost `"0.0"` (guide §2.7).
 */
export function mapHubSpotPipeline(
  pipeline: HubSpotPipeline,
  context: HubSpotMappingContext,
): CrmRecord<'pipelines'> {
  return {
    id: hubspotId('pipelines', pipeline.id),
    source: { ...hubspotSource('pipelines', pipeline.id, context), url: null },
    createdAt: instant(pipeline.createdAt),
    updatedAt: instant(pipeline.updatedAt),
    name: pipeline.label,
    order: pipeline.displayOrder ?? 0,
    objectType: 'deal',
    stages: pipeline.stages.map((stage, index) => ({
      id: hubspotId('stages', stage.id),
      name: stage.label,
      order: stage.displayOrder ?? index,
      probability: probability(stage),
      category: stageCategory(stage),
      archived: stage.archived ?? false,
    })),
  };
}
