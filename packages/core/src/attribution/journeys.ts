import type { Deal } from '../model/deals';
import { parseInstant } from '../time/instant';
import type { ResolvedAttributionOptions } from './options';
import { compareTouches, type TouchIndex } from './touch-index';
import type { ExclusionReason } from './types';

/** Exclusion reasons by code; code 0 means "kept". */
export const EXCLUSION_CODES: readonly ExclusionReason[] = [
  'deleted',
  'duplicate',
  'filtered-type',
  'filtered-channel',
  'filtered-origin',
  'after-conversion',
  'outside-lookback',
  'zero-role-weight',
];

const CODE = {
  deleted: 1,
  duplicate: 2,
  type: 3,
  channel: 4,
  origin: 5,
  after: 6,
  lookback: 7,
  role: 8,
} as const;

/** The exclusion reason of a code from {@link EXCLUSION_CODES} (1-based). */
export function exclusionReason(code: number): ExclusionReason {
  return EXCLUSION_CODES[code - 1] ?? 'deleted';
}

const UNKNOWN = 255;

/**
 * The reasons that exclude a touch from every journey whatever the deal: deleted, or
 * filtered by type, channel or origin (duplicates are checked in the journey, once the
 * touch's list has marked them). Computed lazily per touch and cached, so runs with the same
 * filters share the work (see {@link filterSignature}).
 */
export class TouchFilter {
  /** Code of each touch: 0 kept, else a code of {@link EXCLUSION_CODES}; 255 not computed yet. */
  private readonly codes: Uint8Array;
  /** The filter's verdict (a code, 0 kept) per type, channel and origin code of the columns. */
  private readonly byType: number[] = [];
  private readonly byChannel: number[] = [];
  private readonly byOrigin: number[] = [];
  private readonly includeTypes: ReadonlySet<string> | null;
  private readonly excludeTypes: ReadonlySet<string>;
  private readonly includeChannels: ReadonlySet<string> | null;
  private readonly excludeChannels: ReadonlySet<string>;
  private readonly origins: ReadonlySet<string>;
  /** Touches deleted after it still counted then. */
  private readonly asOfMs: number;

  constructor(
    private readonly index: TouchIndex,
    options: ResolvedAttributionOptions,
  ) {
    this.codes = new Uint8Array(index.touches.length).fill(UNKNOWN);
    this.includeTypes = options.includeTypes ? new Set(options.includeTypes) : null;
    this.excludeTypes = new Set(options.excludeTypes);
    this.includeChannels = options.includeChannels ? new Set(options.includeChannels) : null;
    this.excludeChannels = new Set(options.excludeChannels);
    this.origins = new Set(options.origins);
    this.asOfMs = parseInstant(options.asOf);
  }

  /**
   * The filter code of touch `i` (0 when it may count). The touch must have been read into
   * the columns (every touch of a journey list is): its type, channel and origin are judged
   * once per distinct code.
   */
  code(i: number): number {
    const cached = this.codes[i] ?? 0;
    if (cached !== UNKNOWN) return cached;
    const { columns } = this.index;
    const deletedAt = columns.deletedAtOf(i);
    let code = 0;
    if (i >= columns.touches.length) code = CODE.deleted;
    else if (deletedAt !== null && !(deletedAt > this.asOfMs)) code = CODE.deleted;
    else {
      code = this.typeVerdict(columns.type[i] as number);
      if (code === 0) code = this.channelVerdict(columns.channel[i] as number);
      if (code === 0) code = this.originVerdict(columns.origin[i] as number);
    }
    this.codes[i] = code;
    return code;
  }

  private typeVerdict(type: number): number {
    let verdict = this.byType[type];
    if (verdict === undefined) {
      const name = this.index.columns.types.values[type] as string;
      verdict =
        this.excludeTypes.has(name) || (this.includeTypes !== null && !this.includeTypes.has(name))
          ? CODE.type
          : 0;
      this.byType[type] = verdict;
    }
    return verdict;
  }

  private channelVerdict(channel: number): number {
    let verdict = this.byChannel[channel];
    if (verdict === undefined) {
      const name = this.index.columns.channels.values[channel] as string;
      verdict =
        this.excludeChannels.has(name) ||
        (this.includeChannels !== null && !this.includeChannels.has(name))
          ? CODE.channel
          : 0;
      this.byChannel[channel] = verdict;
    }
    return verdict;
  }

  private originVerdict(origin: number): number {
    let verdict = this.byOrigin[origin];
    if (verdict === undefined) {
      const name = this.index.columns.origins.values[origin] as string;
      verdict = this.origins.has(name) ? 0 : CODE.origin;
      this.byOrigin[origin] = verdict;
    }
    return verdict;
  }
}

/** The options a {@link TouchFilter} depends on, as a cache key. */
export function filterSignature(options: ResolvedAttributionOptions): string {
  return JSON.stringify([
    options.includeTypes,
    options.excludeTypes,
    options.includeChannels,
    options.excludeChannels,
    options.origins,
    options.asOf,
  ]);
}

/**
 * What a deal's journey depends on besides its conversion: the touch filters, `asOf`, the
 * lookback window, contact-role weights and scope (a cache key, with the conversion's).
 */
export function journeySignature(options: ResolvedAttributionOptions): string {
  return JSON.stringify([
    filterSignature(options),
    options.lookbackDays,
    options.contactRoles,
    options.scope,
  ]);
}

/** Scratch state shared by every journey of one call. */
export interface JourneyContext {
  index: TouchIndex;
  options: ResolvedAttributionOptions;
  /** Deal-independent exclusions (deleted, filtered). */
  filter: TouchFilter;
  /** Marks touches already gathered for the current deal (value = deal stamp); sized on first use. */
  seen: Int32Array;
  stamp: number;
  /** Lower-cased role name → weight, when contact roles are weighted. */
  roleWeights: Map<string, number> | null;
  /** `options.asOf` in epoch ms: later touches are not candidates. */
  asOfMs: number;
}

/** Creates the shared journey state for one call. */
export function journeyContext(
  index: TouchIndex,
  options: ResolvedAttributionOptions,
  filter: TouchFilter,
): JourneyContext {
  let roleWeights: Map<string, number> | null = null;
  if (options.contactRoles) {
    roleWeights = new Map();
    for (const [role, weight] of Object.entries(options.contactRoles.weights)) {
      roleWeights.set(role.toLowerCase(), weight);
    }
  }
  return {
    index,
    options,
    filter,
    seen: new Int32Array(0),
    stamp: 0,
    roleWeights,
    asOfMs: parseInstant(options.asOf),
  };
}

/** A deal's journey: kept touches in time order, and every candidate left out with a code. */
export interface Journey {
  /** Touch indexes, sorted by (time, id). */
  touches: number[];
  /** Contact-role weight of each kept touch, or null when roles are not weighted. */
  roleWeights: number[] | null;
  /** Role name (or "non-contact") of each kept touch, when roles are weighted. */
  roles: Array<string | null> | null;
  /** Candidate touches left out, sorted by (time, id). */
  excluded: number[];
  /** Exclusion code of each left-out touch (see {@link EXCLUSION_CODES}). */
  excludedCodes: number[];
  /** How many candidate touches the deal had before any exclusion. */
  candidates: number;
}

const DAY_MS = 86_400_000;

function roleWeightOf(
  ctx: JourneyContext,
  contactRoles: ReadonlyMap<string, string | null>,
  personId: string | null,
): { weight: number; role: string | null } {
  const settings = ctx.options.contactRoles;
  if (!settings || !ctx.roleWeights) return { weight: 1, role: null };
  if (!personId || !contactRoles.has(personId)) {
    return { weight: settings.nonContact, role: 'non-contact' };
  }
  const role = contactRoles.get(personId) ?? null;
  if (role === null) return { weight: settings.default, role: null };
  return { weight: ctx.roleWeights.get(role.toLowerCase()) ?? settings.default, role };
}

/**
 * Builds a deal's journey: the touches of its contacts (or of its whole account with
 * `scope: 'account'`), in time order with ties broken by touch id, then each candidate is
 * kept or excluded with a reason (touches after `asOf` are not candidates) — deleted,
 * duplicate, filtered type / channel / origin,
 * after the conversion, outside the lookback window, or a contact role weighted 0.
 *
 * @param contactRoles the deal's contacts: person id → role (null when none)
 * @param convertedAt the conversion instant in epoch ms
 */
export function buildJourney(
  ctx: JourneyContext,
  deal: Deal,
  contactRoles: ReadonlyMap<string, string | null>,
  convertedAt: number,
): Journey {
  const { index, options } = ctx;
  const lists: Int32Array[] = [];
  if (options.scope === 'account' && deal.accountId) {
    const accountList = index.byAccount(deal.accountId);
    if (accountList) lists.push(accountList);
  }
  const accountCovered = options.scope === 'account' && deal.accountId !== null;
  for (const personId of contactRoles.keys()) {
    if (accountCovered && index.accountOfPerson.get(personId) === deal.accountId) continue;
    const list = index.byPerson(personId);
    if (list) lists.push(list);
  }

  const candidates: ArrayLike<number> =
    lists.length === 1 ? (lists[0] as Int32Array) : mergeLists(ctx, lists);

  const earliest =
    options.lookbackDays === null
      ? Number.NEGATIVE_INFINITY
      : convertedAt - options.lookbackDays * DAY_MS;
  const weighRoles = ctx.roleWeights !== null;
  const touches: number[] = [];
  const roleWeights: number[] | null = weighRoles ? [] : null;
  const roles: Array<string | null> | null = weighRoles ? [] : null;
  const excluded: number[] = [];
  const excludedCodes: number[] = [];
  let future = 0;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k] ?? 0;
    // A touch after asOf had not happened when the report is dated: no candidate at all.
    if ((index.time[i] ?? 0) > ctx.asOfMs) {
      future++;
      continue;
    }
    let code = ctx.filter.code(i);
    if (code !== CODE.deleted && index.duplicate[i] === 1) code = CODE.duplicate;
    if (code === 0) {
      const t = index.time[i] ?? 0;
      if (t > convertedAt) code = CODE.after;
      else if (t < earliest) code = CODE.lookback;
    }
    let role: { weight: number; role: string | null } | null = null;
    if (code === 0 && weighRoles) {
      role = roleWeightOf(ctx, contactRoles, index.touches[i]?.personId ?? null);
      if (role.weight === 0) code = CODE.role;
    }
    if (code === 0) {
      touches.push(i);
      if (roleWeights && roles && role) {
        roleWeights.push(role.weight);
        roles.push(role.role);
      }
    } else {
      excluded.push(i);
      excludedCodes.push(code);
    }
  }
  return {
    touches,
    roleWeights,
    roles,
    excluded,
    excludedCodes,
    candidates: candidates.length - future,
  };
}

/**
 * The touches of several sorted lists (a deal's contacts, or its account and its contacts
 * elsewhere) in one list sorted by (time, id), each touch once: a k-way merge, ties to the
 * earlier list — the order a stable sort of the lists' concatenation gives.
 */
function mergeLists(ctx: JourneyContext, lists: readonly Int32Array[]): number[] {
  const { index } = ctx;
  if (ctx.seen.length === 0) ctx.seen = new Int32Array(index.touches.length);
  ctx.stamp += 1;
  const stamp = ctx.stamp;
  const at = new Array<number>(lists.length).fill(0);
  const merged: number[] = [];
  for (;;) {
    let best = -1;
    let bestTouch = 0;
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l] as Int32Array;
      let k = at[l] as number;
      // Skip touches already taken from an earlier list.
      while (k < list.length && ctx.seen[list[k] as number] === stamp) k++;
      at[l] = k;
      if (k === list.length) continue;
      const touch = list[k] as number;
      if (best < 0 || compareTouches(index, touch, bestTouch) < 0) {
        best = l;
        bestTouch = touch;
      }
    }
    if (best < 0) return merged;
    ctx.seen[bestTouch] = stamp;
    merged.push(bestTouch);
    at[best] = (at[best] as number) + 1;
  }
}
