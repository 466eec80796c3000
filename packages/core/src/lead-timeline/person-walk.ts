import type { Person } from '../model/people';
import type { FieldChange } from '../model/sales';
import { parseInstant } from '../time/instant';
import type { WalkContext } from './context';
import { applyOwner, applyStage, applyStatus, openEpisode } from './signals';
import type { Episode } from './types';

interface WalkState {
  current: Episode | null;
  number: number;
  owner: string | null;
  stage: string | null;
  /** Entries of the current episode's owner timeline in the context's buffers. */
  owners: number;
}

// The current episode's owner timeline, from the context's buffers at its exact size (see
// `WalkContext.buffer`); one without owner changes keeps the one entry it opened with.
function storeOwners(ctx: WalkContext, state: WalkState): void {
  const ep = state.current;
  if (ep === null || state.owners === 1) return;
  ep.ownerMs = ctx.buffer.slice(0, state.owners);
  ep.ownerIds = ctx.idBuffer.slice(0, state.owners);
}

function open(
  ctx: WalkContext,
  state: WalkState,
  p: number,
  ms: number,
  at: string,
  out: Episode[],
): void {
  if (state.current !== null) state.current.endMs = ms;
  storeOwners(ctx, state);
  const personId = (ctx.dataset.people[p] as Person).id;
  state.current = openEpisode(ctx, personId, p, ++state.number, ms, at, state.owner);
  ctx.buffer[0] = ms;
  ctx.idBuffer[0] = state.owner;
  state.owners = 1;
  out.push(state.current);
}

interface Start {
  owner: string | null;
  stage: string | null;
  /** The MQL from `stageDates` when no change records one (NaN otherwise). */
  stageDateMs: number;
}

/** Owner and stage before the first change (its `from`), and whether an MQL is recorded. */
function startOf(ctx: WalkContext, person: Person, from: number, to: number): Start {
  const { changes, changesByPerson } = ctx.index;
  let owner: string | null | undefined;
  let stage: string | null | undefined;
  let mqlRecorded = false;
  for (let k = from; k < to; k++) {
    const change = changes[changesByPerson.order[k] as number] as FieldChange;
    if (change.field === 'owner') {
      if (owner === undefined) owner = change.from;
    } else if (change.field === 'lifecycleStage') {
      if (stage === undefined) stage = change.from;
      if (change.to === ctx.config.mqlStage) mqlRecorded = true;
    }
  }
  const mqlDate = person.stageDates[ctx.config.mqlStage];
  const stageDateMs = !mqlRecorded && mqlDate !== undefined ? parseInstant(mqlDate) : Number.NaN;
  // Without owner history the current owner is taken as the owner all along.
  return { owner: owner === undefined ? person.ownerId : owner, stage: stage ?? null, stageDateMs };
}

/**
 * The MQL episodes of one person, from their lifecycle, status and owner changes in time
 * order. An episode starts when the stage moves forward into the MQL stage (from an earlier
 * stage, none or an unranked one) and ends at the next such move. A move backwards that lands
 * at or after the MQL stage (sql → mql) is a `stage_regression` finding and changes nothing.
 * A person whose MQL only shows in `stageDates` gets one episode from that date
 * (`mql_from_stage_date`).
 */
export function walkPerson(ctx: WalkContext, p: number, out: Episode[]): void {
  const person = ctx.dataset.people[p] as Person;
  const { changes, changeMs, changesByPerson } = ctx.index;
  const from = changesByPerson.start[p] as number;
  const to = changesByPerson.start[p + 1] as number;
  const start = startOf(ctx, person, from, to);
  const state: WalkState = {
    current: null,
    number: 0,
    owner: start.owner,
    stage: start.stage,
    owners: 0,
  };
  const stageDate = person.stageDates[ctx.config.mqlStage] as string;
  let pendingStageDate = start.stageDateMs <= ctx.config.asOfMs;
  // Changes are in time order; those after asOf end the walk.
  for (let k = from; k < to; k++) {
    const i = changesByPerson.order[k] as number;
    const change = changes[i] as FieldChange;
    const ms = changeMs[i] as number;
    if (ms > ctx.config.asOfMs) break;
    if (pendingStageDate && start.stageDateMs <= ms) {
      pendingStageDate = false;
      ctx.quality.add('mql_from_stage_date', person.id);
      open(ctx, state, p, start.stageDateMs, stageDate, out);
    }
    const current = state.current;
    if (change.field === 'owner') {
      state.owner = change.to;
      if (current !== null) {
        applyOwner(ctx, current, change, ms);
        ctx.buffer[state.owners] = ms;
        ctx.idBuffer[state.owners++] = change.to;
      }
    } else if (change.field === 'lifecycleStage') {
      const rank = ctx.stageRank(change.to);
      const now = ctx.stageRank(state.stage);
      if (change.to === ctx.config.mqlStage && now < ctx.config.mqlRank) {
        open(ctx, state, p, ms, change.at, out);
      } else if (rank >= ctx.config.mqlRank && now >= 0 && rank < now) {
        ctx.quality.add('stage_regression', change.id);
      } else if (current !== null) applyStage(ctx, current, change, ms, rank);
      state.stage = change.to;
    } else if (current !== null) applyStatus(ctx, current, change, ms);
  }
  if (pendingStageDate) {
    ctx.quality.add('mql_from_stage_date', person.id);
    open(ctx, state, p, start.stageDateMs, stageDate, out);
  }
  storeOwners(ctx, state);
}
