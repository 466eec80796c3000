import { Interner } from '../columns/intern';
import type { TouchColumns } from '../columns/touch-columns';
import { CHANNEL_LABELS } from '../labels/channels';
import { labelOf } from '../labels/label-of';
import { TEAM_LABELS } from '../labels/teams';
import { TOUCHPOINT_TYPE_LABELS } from '../labels/touchpoint-types';
import type { Campaign } from '../model/marketing';
import type { User } from '../model/people';
import type { Channel } from '../model/vocabulary';
import { fromMinorUnits } from '../money/decimal';
import { formatDate, utcMonth } from './format';
import type { ResolvedAttributionOptions } from './options';
import type { RollupRow, Rollups } from './types';

/** Formats minor units in a currency, or as a plain integer when there is no currency. */
export function formatMoney(minor: bigint, currency: string | null): string {
  return currency === null ? minor.toString() : fromMinorUnits(minor, currency);
}

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Sums credits by one dimension whose keys are integer codes (a channel's, a campaign's code
 * in the touch columns): value (minor units of the reporting currency), weight (fractional
 * deals), distinct deals and touches, one plain array per figure. Deals are added one after
 * another, so distinct deals are counted with a last-seen marker instead of a set. Values are
 * summed as plain numbers while they stay exact integers and carried into a bigint beyond: a
 * million bigint additions would allocate a million bigints.
 */
export class CodeRollup {
  private readonly small: number[] = [];
  private readonly big: bigint[] = [];
  private readonly credit: number[] = [];
  private readonly deals: number[] = [];
  private readonly lastDeal: number[] = [];
  private readonly touches: number[] = [];

  /**
   * Adds one credit to the row `code` (≥ 0); `deal` is the deal's ordinal in this run.
   * `minor` is a safe integer (a number) or any bigint.
   */
  add(code: number, minor: number | bigint, weight: number, deal: number): void {
    while (this.small.length <= code) {
      this.small.push(0);
      this.big.push(0n);
      this.credit.push(0);
      this.deals.push(0);
      this.lastDeal.push(-1);
      this.touches.push(0);
    }
    if (typeof minor === 'bigint') this.big[code] = (this.big[code] as bigint) + minor;
    else {
      const sum = (this.small[code] as number) + minor;
      if (sum <= SAFE && sum >= -SAFE) this.small[code] = sum;
      else {
        this.big[code] =
          (this.big[code] as bigint) + BigInt(this.small[code] as number) + BigInt(minor);
        this.small[code] = 0;
      }
    }
    if (weight > 0) {
      this.credit[code] = (this.credit[code] as number) + weight;
      this.touches[code] = (this.touches[code] as number) + 1;
      if (this.lastDeal[code] !== deal) {
        this.lastDeal[code] = deal;
        this.deals[code] = (this.deals[code] as number) + 1;
      }
    }
  }

  /** The value of one row in minor units (0 when absent). */
  valueOf(code: number): bigint {
    if (code >= this.small.length) return 0n;
    return (this.big[code] as bigint) + BigInt(this.small[code] as number);
  }

  /**
   * The rows with some credit, largest value first, then largest credit, then by key.
   * @param keyOf the key of a code
   * @param labelOf the label of a key (default: the key itself)
   */
  toRows(
    currency: string | null,
    keyOf: (code: number) => string,
    labelOf: (key: string) => string = (key) => key,
  ): RollupRow[] {
    const rows: Array<{ key: string; code: number; value: bigint }> = [];
    for (let code = 0; code < this.small.length; code++) {
      const value = this.valueOf(code);
      if ((this.credit[code] as number) > 0 || value !== 0n)
        rows.push({ key: keyOf(code), code, value });
    }
    const credit = this.credit;
    rows.sort((a, b) => {
      if (a.value !== b.value) return a.value > b.value ? -1 : 1;
      const ca = credit[a.code] as number;
      const cb = credit[b.code] as number;
      if (ca !== cb) return cb - ca;
      return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
    return rows.map(({ key, code, value }) => ({
      key,
      label: labelOf(key),
      value: formatMoney(value, currency),
      credit: credit[code] as number,
      deals: this.deals[code] as number,
      touches: this.touches[code] as number,
    }));
  }
}

/** A {@link CodeRollup} keyed by strings (months, teams): each key interned on first use. */
export class RollupAccumulator {
  private readonly keys = new Interner();
  private readonly rows = new CodeRollup();

  /** Adds one credit to the row `key` (see {@link CodeRollup.add}). */
  add(key: string, minor: number | bigint, weight: number, deal: number): void {
    this.rows.add(this.keys.code(key), minor, weight, deal);
  }

  /** The code of `key` in this rollup, interning it (then {@link addCode} skips the lookup). */
  codeOf(key: string): number {
    return this.keys.code(key);
  }

  /** Adds one credit to the row of a code from {@link codeOf}. */
  addCode(code: number, minor: number | bigint, weight: number, deal: number): void {
    this.rows.add(code, minor, weight, deal);
  }

  /** The value of one row in minor units (0 when absent). */
  valueOf(key: string): bigint {
    const code = this.keys.find(key);
    return code === undefined ? 0n : this.rows.valueOf(code);
  }

  /**
   * The rows with some credit, largest value first, then largest credit, then by key.
   * @param labelOf the label of a key (default: the key itself)
   */
  toRows(currency: string | null, labelOf: (key: string) => string = (key) => key): RollupRow[] {
    const { values } = this.keys;
    return this.rows.toRows(currency, (code) => values[code] as string, labelOf);
  }
}

const UNTITLED = '(untitled)';
const NO_CAMPAIGN = '(no campaign)';

/**
 * Every rollup of a run: by channel, campaign, touch type, content asset (the touch title),
 * month (of the conversion, or of the touch with `monthBy: 'touch'`, in `timeZone`) and team
 * (of the touch — its owner's team when `custom.ownerId` names a user, else `channelTeams`,
 * else marketing — or of the deal's owner with `teamBy: 'deal-owner'`). Channels, campaigns,
 * types and content are summed by the touch columns' codes, so a credit costs array reads,
 * not string lookups.
 */
export class RollupSet {
  private readonly byChannel = new CodeRollup();
  private readonly byCampaign = new CodeRollup();
  private readonly byTouchType = new CodeRollup();
  private readonly byContent = new CodeRollup();
  private readonly byMonth = new RollupAccumulator();
  private readonly byTeam = new RollupAccumulator();
  /** Codes of the rows that collect touches without a campaign or title. */
  private readonly noCampaign: number;
  private readonly untitled: number;
  /** Team row of each owner code (−1: none, −2: not looked up) and channel code (−1: not looked up). */
  private readonly ownerTeam: number[] = [];
  private readonly channelTeam: number[] = [];
  private conversionMonth = 0;
  private dealTeam = 0;

  constructor(
    private readonly options: ResolvedAttributionOptions,
    private readonly users: ReadonlyMap<string, User>,
    private readonly columns: TouchColumns,
  ) {
    // The placeholders share the interners' codes, so a campaign id or a title that reads
    // the same lands on the same row (as it did when rows were keyed by text).
    this.noCampaign = columns.campaigns.code(NO_CAMPAIGN);
    this.untitled = columns.titles.code(UNTITLED);
  }

  /** Starts a deal: its conversion month and its owner's team. */
  startDeal(convertedAt: number, ownerId: string | null): void {
    const { monthBy, timeZone, teamBy } = this.options;
    if (monthBy !== 'touch') {
      this.conversionMonth = this.byMonth.codeOf(this.month(convertedAt, timeZone));
    }
    if (teamBy === 'deal-owner') {
      this.dealTeam = this.byTeam.codeOf(
        (ownerId ? this.users.get(ownerId)?.team : null) ?? 'unknown',
      );
    }
  }

  /**
   * Adds one credit of the current deal (the `deal`-th of the run) to touch row `i` of the
   * columns, in minor units: a safe integer as a number, or a bigint.
   */
  add(i: number, touchTime: number, minor: number | bigint, weight: number, deal: number): void {
    if (!(weight > 0) && (minor === 0 || minor === 0n)) return;
    const { columns } = this;
    this.byChannel.add(columns.channel[i] as number, minor, weight, deal);
    const campaign = columns.campaign[i] as number;
    this.byCampaign.add(campaign < 0 ? this.noCampaign : campaign, minor, weight, deal);
    this.byTouchType.add(columns.type[i] as number, minor, weight, deal);
    const title = columns.title[i] as number;
    this.byContent.add(title < 0 ? this.untitled : title, minor, weight, deal);
    const month =
      this.options.monthBy === 'touch'
        ? this.byMonth.codeOf(this.month(touchTime, this.options.timeZone))
        : this.conversionMonth;
    this.byMonth.addCode(month, minor, weight, deal);
    this.byTeam.addCode(
      this.options.teamBy === 'deal-owner' ? this.dealTeam : this.teamOfTouch(i),
      minor,
      weight,
      deal,
    );
  }

  /** The credited value of one campaign, in minor units. */
  campaignValue(campaignId: string): bigint {
    const code = this.columns.campaigns.find(campaignId);
    return code === undefined ? 0n : this.byCampaign.valueOf(code);
  }

  /**
   * The rows of every rollup, labelled for reading: campaigns by name, channels, touch types
   * and teams with the English defaults (`CHANNEL_LABELS` …); months and content as they are.
   */
  toRollups(currency: string | null, campaigns: ReadonlyMap<string, Campaign>): Rollups {
    const { channels, campaigns: campaignIds, types, titles } = this.columns;
    const keyIn = (interner: Interner) => (code: number) => interner.values[code] as string;
    return {
      byChannel: this.byChannel.toRows(currency, keyIn(channels), (key) =>
        labelOf(CHANNEL_LABELS, key),
      ),
      byCampaign: this.byCampaign.toRows(
        currency,
        keyIn(campaignIds),
        (key) => campaigns.get(key)?.name ?? key,
      ),
      byTouchType: this.byTouchType.toRows(currency, keyIn(types), (key) =>
        labelOf(TOUCHPOINT_TYPE_LABELS, key),
      ),
      byContent: this.byContent.toRows(currency, keyIn(titles)),
      byMonth: this.byMonth.toRows(currency),
      byTeam: this.byTeam.toRows(currency, (key) => labelOf(TEAM_LABELS, key)),
    };
  }

  private month(epochMs: number, timeZone: string): string {
    return timeZone === 'UTC' ? utcMonth(epochMs) : formatDate(epochMs, timeZone).slice(0, 7);
  }

  /** The team row of a touch: its owner's team, else its channel's team, else marketing. */
  private teamOfTouch(i: number): number {
    const owner = this.columns.ownerOf(i);
    if (owner >= 0) {
      let team = this.ownerTeam[owner];
      if (team === undefined || team === -2) {
        const name = this.users.get(this.columns.owners.values[owner] as string)?.team;
        team = name ? this.byTeam.codeOf(name) : -1;
        while (this.ownerTeam.length < owner) this.ownerTeam.push(-2);
        this.ownerTeam[owner] = team;
      }
      if (team >= 0) return team;
    }
    const channel = this.columns.channel[i] as number;
    let team = this.channelTeam[channel];
    if (team === undefined || team < 0) {
      const key = this.columns.channels.values[channel] as Channel;
      team = this.byTeam.codeOf(this.options.channelTeams[key] ?? 'marketing');
      while (this.channelTeam.length < channel) this.channelTeam.push(-1);
      this.channelTeam[channel] = team;
    }
    return team;
  }
}
