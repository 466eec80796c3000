import { ENTITY_NAMES, type EntityName } from './dataset';
import type { Deal, Pipeline } from './deals';
import type { EntityRecord } from './entity-record';
import {
  isTarget,
  TARGET_NOUNS,
  TARGETS,
  type Target,
  type VisitReference,
  visitReferences,
} from './reference-fields';
import { type PathKey, type RecordIssue, recordIssue } from './rejection';

/** A schema-valid record on its way through the rule and reference checks. */
export interface Candidate<E extends EntityName = EntityName> {
  readonly entity: E;
  readonly index: number;
  readonly value: EntityRecord<E>;
  readonly input: unknown;
  /** Rule issues; reference issues are added once references are resolved. */
  readonly issues: RecordIssue[];
  /** Rejected: by a rule, or by a reference that does not resolve to a live record. */
  dead: boolean;
}

/** The candidates of every entity, each list in input order. */
export type CandidatesByEntity = { readonly [E in EntityName]: Candidate<E>[] };

/** The key path of a dotted reference field: `contacts[0].personId` → `['contacts', 0, 'personId']`. */
function fieldPath(field: string): PathKey[] {
  return field.split('.').flatMap((part): PathKey[] => {
    const item = /^(.+)\[(\d+)\]$/.exec(part);
    return item ? [item[1] ?? part, Number(item[2])] : [part];
  });
}

function referenceIssue(field: string, target: Target, id: string): RecordIssue {
  const message = `${field} "${id}" refers to ${TARGET_NOUNS[target]} that does not exist or was rejected`;
  return { kind: 'reference', path: fieldPath(field), field, message };
}

/**
 * The stage must belong to the deal's pipeline. Pipelines reference nothing, so the first
 * schema-valid pipeline with an id is the one kept and this check can run up front.
 */
function stageIssues(deal: Deal, pipelines: ReadonlyMap<string, Pipeline>): RecordIssue[] {
  const { stageId, pipelineId } = deal;
  if (stageId === null) return [];
  if (pipelineId === null) {
    return [
      recordIssue('rule', ['stageId'], `stageId "${stageId}" needs a pipelineId to belong to`),
    ];
  }
  const pipeline = pipelines.get(pipelineId);
  // A missing pipeline is reported by the pipelineId reference.
  if (pipeline === undefined || pipeline.stages.some((stage) => stage.id === stageId)) return [];
  const stages = pipeline.stages.map((stage) => stage.id).join(', ');
  return [
    recordIssue(
      'rule',
      ['stageId'],
      `stageId "${stageId}" is not a stage of pipeline "${pipelineId}" (stages: ${stages})`,
    ),
  ];
}

/** Live records per id of each target entity. */
type LiveCounts = Readonly<Record<Target, Map<string, number>>>;

const isLive = (live: LiveCounts, target: Target, id: string) => (live[target].get(id) ?? 0) > 0;

/**
 * Rejects every candidate with a reference that does not resolve to a live record, until
 * nothing changes: a rejection cascades to the records that point at it. The result is the
 * largest set of records whose references all resolve, so it does not depend on input
 * order, and cycles (including self-references) end because each record dies at most once.
 * Dead candidates get one issue per unresolved reference, judged on the final state.
 */
export function resolveReferences(byEntity: CandidatesByEntity): void {
  const pipelines = new Map<string, Pipeline>();
  for (const { value } of byEntity.pipelines) {
    if (!pipelines.has(value.id)) pipelines.set(value.id, value);
  }
  for (const deal of byEntity.deals) deal.issues.push(...stageIssues(deal.value, pipelines));

  const all: Candidate[] = ENTITY_NAMES.flatMap((entity): Candidate[] => byEntity[entity]);
  // A duplicated id stays live while any of its records is.
  const live = Object.fromEntries(TARGETS.map((target) => [target, new Map()])) as LiveCounts;
  for (const candidate of all) {
    if (candidate.issues.length > 0) candidate.dead = true;
    else if (isTarget(candidate.entity)) {
      const counts = live[candidate.entity];
      counts.set(candidate.value.id, (counts.get(candidate.value.id) ?? 0) + 1);
    }
  }

  const dying: Candidate[] = [];
  const check: VisitReference<Candidate> = (_, target, id, candidate) => {
    if (id !== null && !candidate.dead && !isLive(live, target, id)) {
      candidate.dead = true;
      dying.push(candidate);
    }
  };
  for (const candidate of all) {
    if (!candidate.dead) visitReferences(candidate.entity, candidate.value, check, candidate);
  }
  if (dying.length > 0) cascade(all, live, dying);

  const report: VisitReference<Candidate> = (field, target, id, candidate) => {
    if (id !== null && !isLive(live, target, id)) {
      candidate.issues.push(referenceIssue(field, target, id));
    }
  };
  for (const candidate of all) {
    if (candidate.dead) visitReferences(candidate.entity, candidate.value, report, candidate);
  }
}

/** Propagates deaths to dependents; the index is only built when something died. */
function cascade(all: readonly Candidate[], live: LiveCounts, dying: Candidate[]): void {
  const dependents = Object.fromEntries(TARGETS.map((target) => [target, new Map()])) as Record<
    Target,
    Map<string, Candidate[]>
  >;
  const index: VisitReference<Candidate> = (_, target, id, from) => {
    if (id === null) return;
    const list = dependents[target].get(id);
    if (list === undefined) dependents[target].set(id, [from]);
    else list.push(from);
  };
  for (const candidate of all) {
    if (!candidate.dead) visitReferences(candidate.entity, candidate.value, index, candidate);
  }

  for (let gone = dying.pop(); gone !== undefined; gone = dying.pop()) {
    if (!isTarget(gone.entity)) continue;
    const counts = live[gone.entity];
    const left = (counts.get(gone.value.id) ?? 0) - 1;
    counts.set(gone.value.id, left);
    if (left > 0) continue;
    for (const dependent of dependents[gone.entity].get(gone.value.id) ?? []) {
      if (!dependent.dead) {
        dependent.dead = true;
        dying.push(dependent);
      }
    }
  }
}
