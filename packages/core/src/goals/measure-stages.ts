import { fieldHistory } from '../lifecycle/field-history';
import { stageDateIndex } from '../lifecycle/stage-date-index';
import { stageDateAddsVisit } from '../lifecycle/visits';
import type { Person } from '../model/people';
import { type Counted, counts, deletedByAsOf, type MeasureContext } from './measure-context';

/**
 * Stage metrics (`mqls`, `sals`, `sqls`): entries of people into the stage, read as
 * `stageEntries` reads them — every history change into the stage, plus the person's stage
 * date when the history has no entry or a later one (`stageDateAddsVisit`). Under
 * `every-entry` each entry in the period counts (a person who came back as an MQL counts
 * again); under `first-entry` only a person's first entry, when it falls in the period. A
 * person in the stage with no entry time at all is reported, not counted. Reads the
 * dataset's shared history and stage-date indexes, so no change is scanned or parsed again.
 */
export function measureStage(stageId: string, ctx: MeasureContext): Counted[] {
  const { people } = ctx.dataset;
  const history = fieldHistory(ctx.dataset.changes, 'person', 'lifecycleStage', people);
  const into = history.values.indexOf(stageId);
  const dates = stageDateIndex(people);
  const dated = dates.stages.indexOf(stageId);
  const out: Counted[] = [];
  for (let p = 0; p < people.length; p++) {
    const person = people[p] as Person;
    if (!ctx.inScope(person.ownerId, person.accountId) || deletedByAsOf(person, ctx)) continue;
    const times: number[] = [];
    let movedLater = false;
    // The earliest entry; NaN once an entry is unreadable, so no stage date is added then.
    let first = Number.POSITIVE_INFINITY;
    const g = into < 0 ? -1 : history.recordGroup(p);
    const end = g < 0 ? 0 : (history.start[g + 1] as number);
    for (let k = g < 0 ? 0 : (history.start[g] as number); k < end; k++) {
      if (history.to[k] !== into) continue;
      const at = history.at[k] as number;
      if (at > ctx.asOfMs) movedLater = true;
      else {
        times.push(at);
        first = Number.isNaN(at) ? at : Math.min(first, at);
      }
    }
    for (let d = dates.start[p] as number; d < (dates.start[p + 1] as number); d++) {
      if (dates.stage[d] !== dated) continue;
      const at = dates.at[d] as number;
      if (at <= ctx.asOfMs && stageDateAddsVisit(at, first)) times.push(at);
      if (at > ctx.asOfMs) movedLater = true;
    }
    if (times.length === 0) {
      if (person.lifecycleStage === stageId && !movedLater) {
        ctx.quality.add('current_stage_without_entry', person.id);
      }
      continue;
    }
    times.sort((a, b) => a - b);
    const source = {
      personId: person.id,
      person,
      leadSource: person.attribution.original,
      ownerId: person.ownerId,
    };
    for (const at of ctx.options.stageCounting === 'first-entry' ? times.slice(0, 1) : times) {
      if (counts(at, ctx)) out.push({ id: person.id, value: 1n, source });
    }
  }
  return out;
}
