import type { Dataset } from '../model/dataset';
import type { Touchpoint } from '../model/marketing';
import { parseInstant } from '../time/instant';
import { type Groups, groupRows, Interner, NULL_CODE } from './intern';

/** The code a small-vocabulary column holds for a touch not read yet. */
export const UNREAD = 0xffff;

/**
 * The touchpoints of a dataset as columns, the prepared form every touch analysis shares:
 * touches grouped by person and by account as offset arrays, and per touch its instant in
 * epoch ms (`Float64Array`) and its channel, type, origin, campaign, title and owner as integer
 * codes into {@link Interner}s. About 38 bytes per touch.
 *
 * Built in one pass over the touch objects that only reads `personId` (CRM exports list a
 * person's touches together, so one map lookup per run of them). The other fields of a touch
 * are read, its instant parsed, the first time a person's (or an account's) touches are
 * asked for ({@link readRows}): a run over a million touches pays for the people of the deals
 * it attributes, and every later run reads the columns only.
 */
export class TouchColumns {
  /** The touch objects the columns were read from, in input order (rows index into it). */
  readonly touches: readonly Touchpoint[];
  /** `occurredAt` in epoch ms (NaN until the touch is read). */
  readonly time: Float64Array;
  /** Codes into {@link channels}, {@link types} and {@link origins} ({@link UNREAD} before reading). */
  readonly channel: Uint16Array;
  readonly type: Uint16Array;
  readonly origin: Uint16Array;
  /** Codes into {@link campaigns}, {@link titles} and {@link owners}, or {@link NULL_CODE}. */
  readonly campaign: Int32Array;
  readonly title: Int32Array;
  /**
   * Touch row → code into {@link owners} of its `custom.ownerId` when that is a string (a
   * sales touch logged by a user): sparse, as most touches have none (see {@link ownerOf}).
   */
  private readonly owner = new Map<number, number>();
  /** Touch row → `deletedAt` in epoch ms, for the few deleted touches (see {@link deletedAtOf}). */
  private readonly deleted = new Map<number, number>();
  readonly channels = new Interner();
  readonly types = new Interner();
  readonly origins = new Interner();
  readonly campaigns = new Interner();
  readonly titles = new Interner();
  readonly owners = new Interner();
  /** The account of each person of the dataset (null when the person has none). */
  readonly accountOfPerson: PersonAccounts;
  /**
   * Person id → ordinal: the dataset's people first, in order, then ids that only touches
   * name. The ordinal is the person's group in {@link byPerson}.
   */
  readonly personOrdinal = new Map<string, number>();
  /** The accounts people belong to or touches were logged on, as codes. */
  readonly accounts = new Interner();
  /** Account code of each person ordinal: {@link NULL_CODE} none, {@link NOT_A_PERSON} unknown id. */
  private readonly personAccount: Int32Array;
  /** Touch rows by person ordinal, in input order. */
  readonly byPerson: Groups;
  private accountGroups: { ordinal: Map<string, number>; groups: Groups } | null = null;

  constructor(dataset: Pick<Dataset, 'touchpoints' | 'people'>) {
    const touches = dataset.touchpoints;
    this.touches = touches;
    const count = touches.length;
    this.time = new Float64Array(count).fill(Number.NaN);
    this.channel = new Uint16Array(count).fill(UNREAD);
    this.type = new Uint16Array(count);
    this.origin = new Uint16Array(count);
    this.campaign = new Int32Array(count);
    this.title = new Int32Array(count);
    const { people } = dataset;
    for (let p = 0; p < people.length; p++) {
      const person = people[p] as Dataset['people'][number];
      if (!this.personOrdinal.has(person.id)) this.personOrdinal.set(person.id, p);
    }
    const known = people.length;
    const knownIds = this.personOrdinal.size;
    const ordinal = new Int32Array(count);
    let lastId: string | null = null;
    let o = NULL_CODE;
    for (let i = 0; i < count; i++) {
      const personId = (touches[i] as Touchpoint).personId;
      if (personId !== lastId) {
        lastId = personId;
        if (personId === null) o = NULL_CODE;
        else {
          const ordinalOf = this.personOrdinal.get(personId);
          if (ordinalOf === undefined) {
            o = known + this.personOrdinal.size - knownIds;
            this.personOrdinal.set(personId, o);
          } else o = ordinalOf;
        }
      }
      ordinal[i] = o;
    }
    const ordinals = known + this.personOrdinal.size - knownIds;
    this.byPerson = groupRows(ordinal, ordinals);
    this.personAccount = new Int32Array(ordinals).fill(NOT_A_PERSON);
    for (let p = people.length - 1; p >= 0; p--) {
      // A person listed twice: the last record wins, as in a map built in order.
      const person = people[p] as Dataset['people'][number];
      const o = this.personOrdinal.get(person.id) as number;
      if (this.personAccount[o] === NOT_A_PERSON) {
        this.personAccount[o] = person.accountId ? this.accounts.code(person.accountId) : NULL_CODE;
      }
    }
    this.accountOfPerson = new PersonAccounts(
      this.personOrdinal,
      this.personAccount,
      this.accounts,
    );
  }

  /** When touch row `i` (read) was deleted in epoch ms (NaN if unreadable), or null. */
  deletedAtOf(i: number): number | null {
    return this.deleted.get(i) ?? null;
  }

  /** The owner code of touch row `i` (read), or {@link NULL_CODE}. */
  ownerOf(i: number): number {
    return this.owner.get(i) ?? NULL_CODE;
  }

  /** The rows of a person's touches (input order), or undefined when they have none. */
  personRows(personId: string): Int32Array | undefined {
    const o = this.personOrdinal.get(personId);
    if (o === undefined) return undefined;
    const { start, rows } = this.byPerson;
    const from = start[o] as number;
    const to = start[o + 1] as number;
    return from === to ? undefined : rows.subarray(from, to);
  }

  /**
   * The rows of an account's touches (input order): its people's touches and touches logged
   * on the account itself. Undefined when there are none. Grouped on first call: only
   * account-scope runs need it.
   */
  accountRows(accountId: string): Int32Array | undefined {
    const { ordinal, groups } = this.accountGrouping();
    const o = ordinal.get(accountId);
    if (o === undefined) return undefined;
    return groups.rows.subarray(groups.start[o] as number, groups.start[o + 1] as number);
  }

  private accountGrouping(): { ordinal: Map<string, number>; groups: Groups } {
    if (this.accountGroups) return this.accountGroups;
    const { touches, accounts } = this;
    const ofPerson = new Int32Array(touches.length);
    const logged = new Int32Array(touches.length);
    const { rows, start } = this.byPerson;
    ofPerson.fill(NULL_CODE);
    for (let o = 0; o + 1 < start.length; o++) {
      const account = this.personAccount[o] as number;
      if (account < 0) continue;
      for (let k = start[o] as number; k < (start[o + 1] as number); k++) {
        ofPerson[rows[k] as number] = account;
      }
    }
    for (let i = 0; i < touches.length; i++) {
      const accountId = (touches[i] as Touchpoint).accountId;
      logged[i] = accountId ? accounts.code(accountId) : NULL_CODE;
    }
    const ordinal = new Map<string, number>();
    for (let code = 0; code < accounts.size; code++) {
      ordinal.set(accounts.values[code] as string, code);
    }
    this.accountGroups = { ordinal, groups: groupRows(ofPerson, accounts.size, logged) };
    return this.accountGroups;
  }

  /** Reads the touches of `rows` not read yet: parses their instants, interns their codes. */
  readRows(rows: ArrayLike<number>): void {
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k] as number;
      if (this.channel[i] === UNREAD) this.read(i);
    }
  }

  private read(i: number): void {
    const touch = this.touches[i] as Touchpoint;
    this.time[i] = parseInstant(touch.occurredAt);
    this.type[i] = small(this.types, touch.type, 'touch types');
    this.origin[i] = small(this.origins, touch.origin, 'touch origins');
    this.campaign[i] = this.campaigns.codeOrNull(touch.campaignId);
    this.title[i] = this.titles.codeOrNull(touch.title);
    const owner = touch.custom?.ownerId;
    if (typeof owner === 'string') this.owner.set(i, this.owners.code(owner));
    if (touch.deletedAt !== null) this.deleted.set(i, parseInstant(touch.deletedAt));
    // Last: a channel code marks the touch read.
    this.channel[i] = small(this.channels, touch.channel, 'channels');
  }
}

/** A code of a closed vocabulary (channel, type, origin), which fits 16 bits. */
function small(interner: Interner, value: string, what: string): number {
  const code = interner.code(value);
  if (code >= UNREAD) throw new RangeError(`more than ${UNREAD - 1} distinct ${what}`);
  return code;
}

/** The account code of an ordinal that names no person of the dataset (only touches name it). */
const NOT_A_PERSON = -2;

/**
 * The account of each person of the dataset, read from the person ordinals and account codes
 * of the touch columns (no second map keyed by person id). `has` is true for the dataset's
 * people only.
 */
export class PersonAccounts {
  constructor(
    private readonly ordinals: ReadonlyMap<string, number>,
    private readonly codes: Int32Array,
    private readonly accounts: Interner,
  ) {}

  /** Whether `personId` is a person of the dataset. */
  has(personId: string): boolean {
    const o = this.ordinals.get(personId);
    return o !== undefined && this.codes[o] !== NOT_A_PERSON;
  }

  /** The person's account id, null when they have none, undefined when not a person. */
  get(personId: string): string | null | undefined {
    const o = this.ordinals.get(personId);
    if (o === undefined) return undefined;
    const code = this.codes[o] as number;
    if (code === NOT_A_PERSON) return undefined;
    return code === NULL_CODE ? null : (this.accounts.values[code] as string);
  }
}
