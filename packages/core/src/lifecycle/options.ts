import * as z from 'zod/mini';
import { AsOfOption } from '../options/fields';
import { DEFAULT_FUNNEL_STAGES, type StageSpec, StagesOption } from './stages';

/** The record kinds that have a stage history. */
export type StageEntity = 'person' | 'account' | 'deal';

/**
 * Options shared by everything built on stage entries (`stageEntries`, `funnel`): which
 * stages, of which records, and the rules for skipped stages and backward moves.
 */
export const lifecycleRuleOptions = {
  /** Ordered stages; default lead → MQL → SAL → SQL → opportunity → won (`customer`). */
  stages: z.optional(StagesOption),
  /** Whose stages: people (default), accounts or deals. */
  entity: z._default(z.enum(['person', 'account', 'deal']), 'person'),
  /** The history field; default `lifecycleStage` (people, accounts) or `dealStage` (deals). */
  field: z.optional(z.string().check(z.minLength(1))),
  /** Where entry times come from (see `STAGE_SOURCE_RULES`). */
  sources: z._default(
    z.enum(['history-and-stage-dates', 'history', 'stage-dates']),
    'history-and-stage-dates',
  ),
  /** What a stage the record jumped over counts as (see `SKIPPED_STAGE_RULES`). */
  skipped: z._default(z.enum(['infer', 'exclude']), 'infer'),
  /** What a move back to an earlier stage does (see `BACKWARD_MOVE_RULES`). */
  backward: z._default(z.enum(['keep-first', 'last-pass']), 'keep-first'),
};

/** Options of `stageEntries`. */
// Extended rather than spread, and marked pure, so `funnel` (which builds its own schema from
// the rule options) does not bundle this one: a spread may run getters, so it is kept.
export const StageEntriesOptionsSchema = /* @__PURE__ */ z.extend(
  /* @__PURE__ */ z.strictObject(lifecycleRuleOptions),
  {
    /** "Now": every move after this instant (ISO-8601 with an offset) is ignored. */
    asOf: AsOfOption,
  },
);

/** Options of `stageEntries` as a caller writes them. */
export type StageEntriesOptions = z.input<typeof StageEntriesOptionsSchema>;

/** Lifecycle options with every default applied. */
export interface LifecycleRules {
  stages: StageSpec[];
  entity: StageEntity;
  field: string;
  sources: 'history-and-stage-dates' | 'history' | 'stage-dates';
  skipped: 'infer' | 'exclude';
  backward: 'keep-first' | 'last-pass';
  /** Epoch ms; moves after it are ignored. `Infinity` keeps everything. */
  asOfMs: number;
}

/** Fills the defaults of parsed lifecycle options. */
export function lifecycleRules(
  parsed: z.output<z.ZodMiniObject<typeof lifecycleRuleOptions>>,
  asOf: string | undefined,
): LifecycleRules {
  return {
    stages: parsed.stages ?? DEFAULT_FUNNEL_STAGES.map((s) => ({ ...s })),
    entity: parsed.entity,
    field: parsed.field ?? (parsed.entity === 'deal' ? 'dealStage' : 'lifecycleStage'),
    sources: parsed.sources,
    skipped: parsed.skipped,
    backward: parsed.backward,
    asOfMs: asOf === undefined ? Number.POSITIVE_INFINITY : Date.parse(asOf),
  };
}

/** How entry times are found, per `sources` option. */
export const STAGE_SOURCE_RULES = {
  'history-and-stage-dates':
    'Entry times come from the field history (every change into a stage is a visit) and, for people, from stageDates (first entry per stage). A stage date earlier than the first history entry of that stage adds an earlier visit; a stage date with no history adds the only visit.',
  history: 'Entry times come from the field history only (every change into a stage is a visit).',
  'stage-dates':
    'Entry times come from stageDates only (first entry per stage; backward moves cannot be seen).',
} as const;

/** What a skipped stage counts as, per `skipped` option. */
export const SKIPPED_STAGE_RULES = {
  infer:
    'A stage the record jumped over counts as reached, entered at the moment the record reached the next later stage (inferred); inferred entries add no time in stage.',
  exclude:
    'A stage the record jumped over does not count as reached; the record is listed as skipped at that stage.',
} as const;

/** What a backward move does, per `backward` option. */
export const BACKWARD_MOVE_RULES = {
  'keep-first':
    'A move back to an earlier stage un-reaches nothing: each stage counts once, entered at its first visit.',
  'last-pass':
    'A move back to an earlier stage restarts the record there: stages from that one on count only from the last backward move, earlier stages keep their first visit.',
} as const;
