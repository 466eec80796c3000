import * as z from 'zod/mini';
import { LeadTimelineOptionsSchema } from '../lead-timeline/options';

/** The analyses whose shared indexes `indexDataset` can build ahead of their first call. */
export const INDEXED_ANALYSES = ['attribution', 'funnel', 'goals', 'handoff', 'sla'] as const;

/** An analysis `indexDataset` can prepare for: `attribute`, `funnel`, `goalProgress`, … */
export type IndexedAnalysis = (typeof INDEXED_ANALYSES)[number];

/** Options of `indexDataset`. */
export const IndexDatasetOptionsSchema = z
  .strictObject({
    /** The analyses to index for (each index is built once however many need it); default all. */
    for: z.optional(z.readonly(z.array(z.enum(INDEXED_ANALYSES)).check(z.minLength(1)))),
    /**
     * The stage that starts an MQL episode, as `lifecycle.mql` in the options of `handoff` and
     * `evaluateSla`; default `mql`. Their index is per MQL stage.
     */
    mqlStage: z.optional(z.string().check(z.minLength(1))),
    /**
     * The options `handoff` and `evaluateSla` will be called with (`asOf`, `lifecycle`,
     * `statuses`, `neverWorkedAfter`, `businessHours`), when an app knows them at load time (a
     * dashboard "as of" its last sync): their MQL episodes are then built here too, and a call
     * with the same timeline options only computes its own figures. Replaces `mqlStage`.
     */
    timeline: z.optional(LeadTimelineOptionsSchema),
  })
  .check(
    z.refine((o) => o.mqlStage === undefined || o.timeline === undefined, {
      error: 'give mqlStage or timeline (its lifecycle.mql), not both',
      path: ['mqlStage'],
    }),
  );
/** Options of `indexDataset` as a caller writes them. */
export type IndexDatasetOptions = z.input<typeof IndexDatasetOptionsSchema>;
