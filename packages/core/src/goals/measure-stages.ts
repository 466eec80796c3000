import { buildTimelines } from '../lifecycle/build-timelines';
import type { Person } from '../model/people';
import { type Counted, counts, deletedByAsOf, type MeasureContext } from './measure-context';

/**
 * Stage metrics (`mqls`, `sals`, `sqls`): entries of people into the stage, from the
 * lifecycle history and `stageDates` as `stageEntries` reads them. Under `every-entry` each
 * entry in the period counts (a person who came back as an MQL counts again); under
 * `first-entry` only a person's first entry, when it falls in the period. A person in the
 * stage with no entry time at all is reported, not counted.
 */
export function measureStage(stageId: string, ctx: MeasureContext): Counted[] {
  const { timelines, quality } = buildTimelines(ctx.dataset, {
    stages: [{ id: stageId, label: stageId }],
    entity: 'person',
    field: 'lifecycleStage',
    sources: 'history-and-stage-dates',
    skipped: 'exclude',
    backward: 'keep-first',
    asOfMs: ctx.asOfMs,
    keepOutside: false,
  });
  for (const finding of quality) {
    if (finding.code === 'current_stage_without_entry') {
      for (const id of finding.ids) ctx.quality.add('current_stage_without_entry', id);
    }
  }
  const { records, start, stage, at } = timelines.visits;
  const out: Counted[] = [];
  for (const person of ctx.dataset.people) {
    if (ctx.inScope(person.ownerId, person.accountId)) deletedByAsOf(person, ctx);
  }
  records.forEach((record, r) => {
    const person = record as Person;
    if (!ctx.inScope(person.ownerId, person.accountId)) return;
    const source = {
      personId: person.id,
      person,
      leadSource: person.attribution.original,
      ownerId: person.ownerId,
    };
    for (let k = start[r] as number; k < (start[r + 1] as number); k++) {
      if (stage[k] !== 0) continue;
      if (counts(at[k] as number, ctx)) out.push({ id: person.id, value: 1n, source });
      if (ctx.options.stageCounting === 'first-entry') break;
    }
  });
  return out;
}
