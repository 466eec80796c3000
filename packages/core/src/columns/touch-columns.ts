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
  /** The touch's `custom.ownerId` when it is a string (a sales touch logged by a user). */
  readonly owner: Int32Array;
  readonly channels = new Interner();
  readonly types = new Interner();
  readonly origins = new Interner();
  readonly campaigns = new Interner();
  readonly titles = new Interner();
  readonly owners = new Interner();
  /** The account of each person (null when the person has none). */
  readonly accountOfPerson: ReadonlyMap<string, string | null>;
  /** Person id → group ordinal in {@link byPerson}. */
  readonly personOrdinal = new Map<string, number>();
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
    this.owner = new Int32Array(count);
    const accountOfPerson = new Map<string, string | null>();
    for (const person of dataset.people) accountOfPerson.set(person.id, person.accountId);
    this.accountOfPerson = accountOfPerson;

    const ordinal = new Int32Array(count);
    let lastId: string | null = null;
    let o = NULL_CODE;
    for (let i = 0; i < count; i++) {
      const personId = (touches[i] as Touchpoint).personId;
      if (personId !== lastId) {
        lastId = personId;
        if (personId === null) o = NULL_CODE;
        else {
          const known = this.personOrdinal.get(personId);
          if (known === undefined) {
            o = this.personOrdinal.size;
            this.personOrdinal.set(personId, o);
          } else o = known;
        }
      }
      ordinal[i] = o;
    }
    this.byPerson = groupRows(ordinal, this.personOrdinal.size);
  }

  /** The rows of a person's touches (input order), or undefined when they have none. */
  personRows(personId: string): Int32Array | undefined {
    const o = this.personOrdinal.get(personId);
    if (o === undefined) return undefined;
    const { start, rows } = this.byPerson;
    return rows.subarray(start[o] as number, start[o + 1] as number);
  }

  /**
   * The rows of an account's touches (input order): its people's touches and touches logged
   * on the account itself. Undefined when there are none. Grouped on first call: only
   * account-scope runs need it.
   */
  accountRows(accountId: string): Int32Array | undefined {
    const { ordinal, groups } = this.accounts();
    const o = ordinal.get(accountId);
    if (o === undefined) return undefined;
    return groups.rows.subarray(groups.start[o] as number, groups.start[o + 1] as number);
  }

  private accounts(): { ordinal: Map<string, number>; groups: Groups } {
    if (this.accountGroups) return this.accountGroups;
    const accounts = new Interner();
    const { touches } = this;
    const ofPerson = new Int32Array(touches.length);
    const logged = new Int32Array(touches.length);
    let lastPerson: string | null = null;
    let personAccount = NULL_CODE;
    for (let i = 0; i < touches.length; i++) {
      const touch = touches[i] as Touchpoint;
      if (touch.personId !== lastPerson) {
        lastPerson = touch.personId;
        const account = lastPerson ? this.accountOfPerson.get(lastPerson) : null;
        personAccount = account ? accounts.code(account) : NULL_CODE;
      }
      ofPerson[i] = personAccount;
      logged[i] = touch.accountId ? accounts.code(touch.accountId) : NULL_CODE;
    }
    const ordinal = new Map<string, number>();
    for (let code = 0; code < accounts.size; code++)
      ordinal.set(accounts.values[code] as string, code);
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
    this.owner[i] = typeof owner === 'string' ? this.owners.code(owner) : NULL_CODE;
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
