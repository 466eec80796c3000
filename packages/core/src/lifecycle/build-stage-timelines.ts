import type { Dataset } from '../model/dataset';
import { FindingCollector, type QualityFinding } from '../quality/quality-finding';
import type { LifecycleRules } from './options';
import { LIFECYCLE_FINDING_MESSAGES, type LifecycleQualityCode } from './quality-codes';
import { resolveTimelines, type StageTimelines } from './stage-timelines';
import { collectVisits } from './visits';

/** The stage timelines of every record plus the findings met building them. */
export interface BuiltStageTimelines {
  timelines: StageTimelines;
  quality: QualityFinding<LifecycleQualityCode>[];
}

/** Builds the stage timelines of every record of `rules.entity` in one pass over the history. */
export function buildStageTimelines(dataset: Dataset, rules: LifecycleRules): BuiltStageTimelines {
  const findings = new FindingCollector<LifecycleQualityCode>(LIFECYCLE_FINDING_MESSAGES);
  const timelines = resolveTimelines(collectVisits(dataset, rules, findings), rules, findings);
  return { timelines, quality: findings.list() };
}
