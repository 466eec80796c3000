import { stageDateAddsVisit } from '../lifecycle/visits';
import { type Counted, counts, deletedByAsOf, type MeasureContext } from './measure-context';

/**
 * Stage metrics (`mqls`, `sals`, `sqls`): entries of people into the stage, read as
 * `stageEntries` reads them — every history change into the stage, plus the person's stage
 * date when the history has no entry or a later one (`stageDateAddsVisit`). Under
 * `every-entry` each entry in the period counts (a person who came back as an MQL counts
 * again); under `first-entry` only a person's first entry, when it falls in the period. A
 * person in the stage with no entry time at all is reported, not counted. Reads only the
 * history into this one stage, so no index of every person's history is built.
 */
export function measureStage(stageId: string, ctx: MeasureContext): Counted[] {
  const entries = new Map<string, number[]>();
  // The text of each person's earliest entry: an equal stage date needs no parsing.
  const firstText = new Map<string, string>();
  const movedLater = new Set<string>();
  for (const change of ctx.dataset.changes) {
    if (change.to !== stageId || change.field !== 'lifecycleStage' || change.entity !== 'person') {
      continue;
    }
    const at = Date.parse(change.at);
    if (at > ctx.asOfMs) movedLater.add(change.entityId);
    else {
      const times = entries.get(change.entityId);
      if (times === undefined) {
        entries.set(change.entityId, [at]);
        firstText.set(change.entityId, change.at);
      } else {
        if (at < Math.min(...times)) firstText.set(change.entityId, change.at);
        times.push(at);
      }
    }
  }
  const out: Counted[] = [];
  for (const person of ctx.dataset.people) {
    if (!ctx.inScope(person.ownerId, person.accountId) || deletedByAsOf(person, ctx)) continue;
    const times = entries.get(person.id) ?? [];
    const text = person.stageDates[stageId];
    const dated =
      text === undefined || text === firstText.get(person.id) ? Number.NaN : Date.parse(text);
    if (dated <= ctx.asOfMs && stageDateAddsVisit(dated, Math.min(...times))) times.push(dated);
    if (dated > ctx.asOfMs) movedLater.add(person.id);
    if (times.length === 0) {
      if (person.lifecycleStage === stageId && !movedLater.has(person.id)) {
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
