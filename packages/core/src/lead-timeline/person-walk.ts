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
  /** Rank of the person's lifecycle stage (see `WalkContext.stageRank`). */
  stageRank: number;
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

/**
 * Owner and stage before the first change (its `from`), and whether an MQL is recorded. Read
 * from the change columns: only the first owner and stage changes are opened, for `from`.
 */
function startOf(ctx: WalkContext, person: Person, from: number, to: number): Start {
  const { changes, changesByPerson } = ctx.index;
  const { field, to: toOf } = ctx.columns;
  let ownerChange = -1;
  let stageChange = -1;
  let mqlRecorded = false;
  for (let k = from; k < to; k++) {
    const i = changesByPerson.order[k] as number;
    const code = field[i] as number;
    if (code === ctx.ownerField) {
      if (ownerChange < 0) ownerChange = i;
    } else if (code === ctx.stageField) {
      if (stageChange < 0) stageChange = i;
      if (toOf[i] === ctx.mqlValue) mqlRecorded = true;
    }
  }
  const mqlDate = person.stageDates[ctx.config.mqlStage];
  const stageDateMs = !mqlRecorded && mqlDate !== undefined ? parseInstant(mqlDate) : Number.NaN;
  return {
    // Without owner history the current owner is taken as the owner all along.
    owner: ownerChange < 0 ? person.ownerId : (changes[ownerChange] as FieldChange).from,
    stage: stageChange < 0 ? null : (changes[stageChange] as FieldChange).from,
    stageDateMs,
  };
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
  const { changes, changesByPerson } = ctx.index;
  const { ms: changeMs, field, to: toOf } = ctx.columns;
  const from = changesByPerson.start[p] as number;
  const to = changesByPerson.start[p + 1] as number;
  const start = startOf(ctx, person, from, to);
  const state: WalkState = {
    current: null,
    number: 0,
    owner: start.owner,
    stageRank: ctx.stageRank(start.stage),
    owners: 0,
  };
  const { asOfMs, mqlRank } = ctx.config;
  const stageDate = person.stageDates[ctx.config.mqlStage] as string;
  let pendingStageDate = start.stageDateMs <= asOfMs;
  // Changes are in time order; those after asOf end the walk. A change object is opened only
  // for the text it gives (its time as written, its reason, its id).
  for (let k = from; k < to; k++) {
    const i = changesByPerson.order[k] as number;
    const ms = changeMs[i] as number;
    if (ms > asOfMs) break;
    if (pendingStageDate && start.stageDateMs <= ms) {
      pendingStageDate = false;
      ctx.quality.add('mql_from_stage_date', person.id);
      open(ctx, state, p, start.stageDateMs, stageDate, out);
    }
    const current = state.current;
    const code = field[i] as number;
    const value = toOf[i] as number;
    if (code === ctx.ownerField) {
      const owner = ctx.valueOf(value);
      state.owner = owner;
      if (current !== null) {
        applyOwner(ctx, current, i, owner, ms);
        ctx.buffer[state.owners] = ms;
        ctx.idBuffer[state.owners++] = owner;
      }
    } else if (code === ctx.stageField) {
      const rank = ctx.stageRankOf(value);
      const now = state.stageRank;
      if (value === ctx.mqlValue && now < mqlRank) {
        open(ctx, state, p, ms, (changes[i] as FieldChange).at, out);
      } else if (rank >= mqlRank && now >= 0 && rank < now) {
        ctx.quality.add('stage_regression', (changes[i] as FieldChange).id);
      } else if (current !== null && rank >= 0) {
        applyStage(ctx, current, changes[i] as FieldChange, ms, rank);
      }
      state.stageRank = rank;
    } else if (current !== null) applyStatus(ctx, current, i, value, ms);
  }
  if (pendingStageDate) {
    ctx.quality.add('mql_from_stage_date', person.id);
    open(ctx, state, p, start.stageDateMs, stageDate, out);
  }
  storeOwners(ctx, state);
}
