import { CHANNEL_LABELS } from '../labels/channels';
import { labelOf } from '../labels/label-of';
import { TEAM_LABELS } from '../labels/teams';
import { TOUCHPOINT_TYPE_LABELS } from '../labels/touchpoint-types';
import type { Campaign, Touchpoint } from '../model/marketing';
import type { User } from '../model/people';
import { fromMinorUnits } from '../money/decimal';
import { formatDate, utcMonth } from './format';
import type { ResolvedAttributionOptions } from './options';
import type { RollupRow, Rollups } from './types';

interface Row {
  /** Minor units summed as a number while exact (below 2^53); `big` holds the overflow. */
  small: number;
  big: bigint;
  credit: number;
  deals: number;
  lastDeal: number;
  touches: number;
}

/** Formats minor units in a currency, or as a plain integer when there is no currency. */
export function formatMoney(minor: bigint, currency: string | null): string {
  return currency === null ? minor.toString() : fromMinorUnits(minor, currency);
}

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Sums credits by one dimension: value (minor units of the reporting currency), weight
 * (fractional deals), distinct deals and touches. Deals are added one after another, so
 * distinct deals are counted with a last-seen marker instead of a set. Values are summed as
 * plain numbers while they stay exact integers and carried into a bigint beyond: a million
 * bigint additions would allocate a million bigints.
 */
export class RollupAccumulator {
  private readonly rows = new Map<string, Row>();

  /**
   * Adds one credit to the row `key`; `deal` is the deal's ordinal in this run. `minor` is a
   * safe integer (a number) or any bigint.
   */
  add(key: string, minor: number | bigint, weight: number, deal: number): void {
    let row = this.rows.get(key);
    if (!row) {
      row = { small: 0, big: 0n, credit: 0, deals: 0, lastDeal: -1, touches: 0 };
      this.rows.set(key, row);
    }
    if (typeof minor === 'bigint') row.big += minor;
    else {
      const sum = row.small + minor;
      if (sum <= SAFE && sum >= -SAFE) row.small = sum;
      else {
        row.big += BigInt(row.small) + BigInt(minor);
        row.small = 0;
      }
    }
    if (weight > 0) {
      row.credit += weight;
      row.touches += 1;
      if (row.lastDeal !== deal) {
        row.lastDeal = deal;
        row.deals += 1;
      }
    }
  }

  /** The value of one row in minor units (0 when absent). */
  valueOf(key: string): bigint {
    const row = this.rows.get(key);
    return row ? valueOfRow(row) : 0n;
  }

  /**
   * The rows with some credit, largest value first, then largest credit, then by key.
   * @param labelOf the label of a key (default: the key itself)
   */
  toRows(currency: string | null, labelOf: (key: string) => string = (key) => key): RollupRow[] {
    const rows = [...this.rows.entries()]
      .map(([key, row]) => ({ key, row, value: valueOfRow(row) }))
      .filter(({ row, value }) => row.credit > 0 || value !== 0n);
    rows.sort((a, b) => {
      if (a.value !== b.value) return a.value > b.value ? -1 : 1;
      if (a.row.credit !== b.row.credit) return b.row.credit - a.row.credit;
      return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
    return rows.map(({ key, row, value }) => ({
      key,
      label: labelOf(key),
      value: formatMoney(value, currency),
      credit: row.credit,
      deals: row.deals,
      touches: row.touches,
    }));
  }
}

function valueOfRow(row: Row): bigint {
  return row.big + BigInt(row.small);
}

const UNTITLED = '(untitled)';
const NO_CAMPAIGN = '(no campaign)';

/**
 * Every rollup of a run: by channel, campaign, touch type, content asset (the touch title),
 * month (of the conversion, or of the touch with `monthBy: 'touch'`, in `timeZone`) and team
 * (of the touch — its owner's team when `custom.ownerId` names a user, else `channelTeams`,
 * else marketing — or of the deal's owner with `teamBy: 'deal-owner'`).
 */
export class RollupSet {
  private readonly byChannel = new RollupAccumulator();
  private readonly byCampaign = new RollupAccumulator();
  private readonly byTouchType = new RollupAccumulator();
  private readonly byContent = new RollupAccumulator();
  private readonly byMonth = new RollupAccumulator();
  private readonly byTeam = new RollupAccumulator();
  private conversionMonth = '';
  private dealTeam = '';

  constructor(
    private readonly options: ResolvedAttributionOptions,
    private readonly users: ReadonlyMap<string, User>,
  ) {}

  /** Starts a deal: its conversion month and its owner's team. */
  startDeal(convertedAt: number, ownerId: string | null): void {
    const { monthBy, timeZone, teamBy } = this.options;
    this.conversionMonth = monthBy === 'touch' ? '' : this.month(convertedAt, timeZone);
    this.dealTeam =
      teamBy === 'deal-owner'
        ? ((ownerId ? this.users.get(ownerId)?.team : null) ?? 'unknown')
        : '';
  }

  /**
   * Adds one credit of the current deal (the `deal`-th of the run), in minor units: a safe
   * integer as a number, or a bigint.
   */
  add(
    touch: Touchpoint,
    touchTime: number,
    minor: number | bigint,
    weight: number,
    deal: number,
  ): void {
    if (!(weight > 0) && (minor === 0 || minor === 0n)) return;
    this.byChannel.add(touch.channel, minor, weight, deal);
    this.byCampaign.add(touch.campaignId ?? NO_CAMPAIGN, minor, weight, deal);
    this.byTouchType.add(touch.type, minor, weight, deal);
    this.byContent.add(touch.title ?? UNTITLED, minor, weight, deal);
    const month =
      this.options.monthBy === 'touch'
        ? this.month(touchTime, this.options.timeZone)
        : this.conversionMonth;
    this.byMonth.add(month, minor, weight, deal);
    this.byTeam.add(
      this.options.teamBy === 'deal-owner' ? this.dealTeam : this.teamOfTouch(touch),
      minor,
      weight,
      deal,
    );
  }

  /** The credited value of one campaign, in minor units. */
  campaignValue(campaignId: string): bigint {
    return this.byCampaign.valueOf(campaignId);
  }

  /**
   * The rows of every rollup, labelled for reading: campaigns by name, channels, touch types
   * and teams with the English defaults (`CHANNEL_LABELS` …); months and content as they are.
   */
  toRollups(currency: string | null, campaigns: ReadonlyMap<string, Campaign>): Rollups {
    return {
      byChannel: this.byChannel.toRows(currency, (key) => labelOf(CHANNEL_LABELS, key)),
      byCampaign: this.byCampaign.toRows(currency, (key) => campaigns.get(key)?.name ?? key),
      byTouchType: this.byTouchType.toRows(currency, (key) => labelOf(TOUCHPOINT_TYPE_LABELS, key)),
      byContent: this.byContent.toRows(currency),
      byMonth: this.byMonth.toRows(currency),
      byTeam: this.byTeam.toRows(currency, (key) => labelOf(TEAM_LABELS, key)),
    };
  }

  private month(epochMs: number, timeZone: string): string {
    return timeZone === 'UTC' ? utcMonth(epochMs) : formatDate(epochMs, timeZone).slice(0, 7);
  }

  private teamOfTouch(touch: Touchpoint): string {
    const owner = touch.custom.ownerId;
    if (typeof owner === 'string') {
      const team = this.users.get(owner)?.team;
      if (team) return team;
    }
    return this.options.channelTeams[touch.channel] ?? 'marketing';
  }
}
