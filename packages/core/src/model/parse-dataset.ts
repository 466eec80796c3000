import type * as z from 'zod/mini';
import { englishIssue } from '../options/english-issues';
import { type Dataset, ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from './dataset';
import { readDatasetArrays } from './dataset-input';
import type { EntityRecord } from './entity-record';
import { issueMessage, readableIssueMessage } from './issue-messages';
import { RECORD_RULES, type RuleContext } from './record-rules';
import { type Candidate, type CandidatesByEntity, resolveReferences } from './references';
import {
  formatPath,
  type PathKey,
  type RecordIssue,
  type RejectedRecord,
  recordIssue,
  rejection,
} from './rejection';
import { DEFAULT_LIFECYCLE_STAGES } from './vocabulary';

export { DatasetError, type DatasetErrorCode } from './dataset-error';
export type { EntityRecord } from './entity-record';
export type { PathKey, RecordIssue, RecordIssueKind, RejectedRecord } from './rejection';

/** Options of `parseDataset`. */
export interface ParseDatasetOptions {
  /**
   * The lifecycle stage ids a company uses; person and account `lifecycleStage`, the keys of
   * `person.stageDates` and lifecycle-stage field changes must be one of them (or null).
   * Defaults to `DEFAULT_LIFECYCLE_STAGES`.
   */
  readonly lifecycleStages?: readonly string[];
}

/** How many records of an entity came in, were kept and were rejected (`in = kept + rejected`). */
export interface EntityCounts {
  readonly in: number;
  readonly kept: number;
  readonly rejected: number;
}

/** What `parseDataset` returns: the valid dataset, every rejected record and the tallies. */
export interface ParseDatasetResult {
  /** The kept records, parsed (defaults applied), in input order. */
  readonly dataset: Dataset;
  /** Every record left out, ordered by entity (dependency order) then input index. */
  readonly rejected: RejectedRecord[];
  readonly counts: Readonly<Record<EntityName, EntityCounts>>;
  /** Things ignored without harm, such as unknown top-level keys. */
  readonly warnings: string[];
}

const PARSE_CONTEXT = {
  error: (issue: z.core.$ZodRawIssue) => readableIssueMessage(issue) ?? englishIssue(issue),
  reportInput: true,
} as const;

// Typed per entity so a generic entity name selects its own schema.
const SCHEMAS: { readonly [E in EntityName]: z.ZodMiniType<EntityRecord<E>> } = ENTITY_SCHEMAS;

function schemaIssues(error: z.core.$ZodError): RecordIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((key): PathKey => (typeof key === 'symbol' ? String(key) : key));
    return recordIssue('schema', path, issueMessage(issue, formatPath(path)));
  });
}

function validate<E extends EntityName>(
  entity: E,
  records: readonly unknown[],
  context: RuleContext,
  rejected: RejectedRecord[],
): Candidate<E>[] {
  const schema = SCHEMAS[entity];
  const rules = RECORD_RULES[entity];
  const candidates: Candidate<E>[] = [];
  // An index loop, not forEach: holes in a sparse array are records too (and get rejected).
  for (let index = 0; index < records.length; index++) {
    const input = records[index];
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      const issues = rules?.(parsed.data, context) ?? [];
      candidates.push({ entity, index, value: parsed.data, input, issues, dead: false });
    } else {
      // Parsing again for messages: any parse context slows zod's fast path for every record.
      const error = schema.safeParse(input, PARSE_CONTEXT).error ?? parsed.error;
      rejected.push(rejection(entity, index, input, schemaIssues(error)));
    }
  }
  return candidates;
}

/** Keeps live candidates, the first of each id; rejects the rest with every issue found. */
function settle<E extends EntityName>(
  candidates: readonly Candidate<E>[],
  rejected: RejectedRecord[],
): EntityRecord<E>[] {
  const kept: EntityRecord<E>[] = [];
  const firstIndex = new Map<string, number>();
  for (const { entity, index, value, input, issues, dead } of candidates) {
    if (dead) {
      rejected.push(rejection(entity, index, input, issues));
      continue;
    }
    const first = firstIndex.get(value.id);
    if (first !== undefined) {
      const message = `id "${value.id}" duplicates the record at index ${first}, which is kept`;
      rejected.push(rejection(entity, index, input, [recordIssue('duplicate', ['id'], message)]));
    } else {
      firstIndex.set(value.id, index);
      kept.push(value);
    }
  }
  return kept;
}

/**
 * Validates untrusted input into a `Dataset`, never dropping a record silently: every input
 * record is either kept in `dataset` or listed in `rejected` with all its issues, so for every
 * entity `counts[entity].in === kept + rejected`.
 *
 * A record is rejected for a schema problem (wrong type, missing field, timestamp without an
 * offset, negative amount, unknown currency...), a domain rule (unconfigured lifecycle stage,
 * closed deal without `closedAt`, inconsistent goal), a reference to a record that is missing
 * or rejected (rejections cascade), or a duplicate id (the first valid record with the id is
 * kept). The kept set does not depend on the order of the input arrays, and parsing a parsed
 * dataset rejects nothing. The input is not mutated.
 *
 * An entity key missing from the input means no records of that entity; unknown top-level
 * keys are ignored and reported in `warnings`.
 * @throws {DatasetError} with code `not_a_dataset` when the input is not a dataset at all:
 *   not an object, an array, an entity key holding a non-array, or no entity key at all
 *   (an empty object is an empty dataset).
 */
export function parseDataset(
  input: unknown,
  options: ParseDatasetOptions = {},
): ParseDatasetResult {
  const { arrays, warnings } = readDatasetArrays(input);
  const context: RuleContext = {
    lifecycleStages: new Set(options.lifecycleStages ?? DEFAULT_LIFECYCLE_STAGES),
    timeZones: new Map(),
  };
  const rejectedBy = Object.fromEntries(
    ENTITY_NAMES.map((entity): [EntityName, RejectedRecord[]] => [entity, []]),
  ) as Record<EntityName, RejectedRecord[]>;
  // Literal objects rather than a loop: TS cannot type a write of Candidate<E>[] for a generic E.
  const check = <E extends EntityName>(entity: E) =>
    validate(entity, arrays[entity], context, rejectedBy[entity]);
  const candidates: CandidatesByEntity = {
    users: check('users'),
    accounts: check('accounts'),
    people: check('people'),
    leads: check('leads'),
    pipelines: check('pipelines'),
    deals: check('deals'),
    campaigns: check('campaigns'),
    campaignMemberships: check('campaignMemberships'),
    touchpoints: check('touchpoints'),
    activities: check('activities'),
    changes: check('changes'),
    goals: check('goals'),
  };
  resolveReferences(candidates);
  const keep = <E extends EntityName>(entity: E) => settle(candidates[entity], rejectedBy[entity]);
  const dataset: Dataset = {
    users: keep('users'),
    accounts: keep('accounts'),
    people: keep('people'),
    leads: keep('leads'),
    pipelines: keep('pipelines'),
    deals: keep('deals'),
    campaigns: keep('campaigns'),
    campaignMemberships: keep('campaignMemberships'),
    touchpoints: keep('touchpoints'),
    activities: keep('activities'),
    changes: keep('changes'),
    goals: keep('goals'),
  };
  const counts = {} as Record<EntityName, EntityCounts>;
  for (const entity of ENTITY_NAMES) {
    rejectedBy[entity].sort((a, b) => a.index - b.index);
    counts[entity] = {
      in: arrays[entity].length,
      kept: dataset[entity].length,
      rejected: rejectedBy[entity].length,
    };
  }
  const rejected = ENTITY_NAMES.flatMap((entity) => rejectedBy[entity]);
  return { dataset, rejected, counts, warnings };
}
