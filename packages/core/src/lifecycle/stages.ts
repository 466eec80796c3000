import * as z from 'zod/mini';

/** A funnel stage: the stage id records carry, and the label a widget prints. */
export interface StageSpec {
  /** The stage id as records carry it (`mql`, or a deal pipeline's stage id). */
  id: string;
  /** The label to print. */
  label: string;
}

/**
 * The default funnel: lead → MQL → SAL → SQL → opportunity → won. "Won" is the `customer`
 * lifecycle stage, the stage a person enters when their deal is won.
 */
export const DEFAULT_FUNNEL_STAGES: readonly StageSpec[] = Object.freeze([
  { id: 'lead', label: 'Lead' },
  { id: 'mql', label: 'MQL' },
  { id: 'sal', label: 'SAL' },
  { id: 'sql', label: 'SQL' },
  { id: 'opportunity', label: 'Opportunity' },
  { id: 'customer', label: 'Won' },
]);

/** Stages as options take them: ids, or `{ id, label }`; at least one, no id twice. */
export const StagesOption = z
  .pipe(
    z
      .array(
        z.union([
          z.string().check(z.minLength(1)),
          z.strictObject({ id: z.string().check(z.minLength(1)), label: z.string() }),
        ]),
      )
      .check(z.minLength(1, 'give at least one stage')),
    z.transform((stages): StageSpec[] =>
      stages.map((s) => (typeof s === 'string' ? { id: s, label: s } : s)),
    ),
  )
  .check((ctx) => {
    const seen = new Set<string>();
    for (const stage of ctx.value) {
      if (seen.has(stage.id)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `stage "${stage.id}" is listed twice`,
        });
      }
      seen.add(stage.id);
    }
  });
