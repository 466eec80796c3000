import type { Campaign, Touchpoint } from '../model/marketing';
import type { User } from '../model/people';
import { fromMinorUnits } from '../money/decimal';
import { formatDate, utcMonth } from './format';
import type { ResolvedOptions } from './options';
import type { RollupRow, Rollups } from './types';

interface Row {
  value: bigint;
  credit: number;
  deals: number;
  lastDeal: number;
  touches: number;
}

/** Formats minor units in a currency, or as a plain integer when there is no currency. */
export function formatMoney(minor: bigint, currency: string | null): string {
  return currency === null ? minor.toString() : fromMinorUnits(minor, currency);
}

/**
 * Sums credits by one dimension: value (bigint minor units of the reporting currency),
 * weight (fractional deals), distinct deals and touches. Deals are added one after another,
 * so distinct deals are counted with a last-seen marker instead of a set.
 */
export class RollupAccumulator {
  private readonly rows = new Map<string, Row>();

  /** Adds one credit to the row `key`; `deal` is the deal's ordinal in this run. */
  add(key: string, minor: bigint, weight: number, deal: number): void {
    let row = this.rows.get(key);
    if (!row) {
      row = { value: 0n, credit: 0, deals: 0, lastDeal: -1, touches: 0 };
      this.rows.set(key, row);
    }
    row.value += minor;
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
    return this.rows.get(key)?.value ?? 0n;
  }

  /**
   * The rows with some credit, largest value first, then largest credit, then by key.
   * @param labelOf the label of a key (default: the key itself)
   */
  toRows(currency: string | null, labelOf: (key: string) => string = (key) => key): RollupRow[] {
    const rows = [...this.rows.entries()].filter(([, row]) => row.credit > 0 || row.value !== 0n);
    rows.sort(([ka, a], [kb, b]) => {
      if (a.value !== b.value) return a.value > b.value ? -1 : 1;
      if (a.credit !== b.credit) return b.credit - a.credit;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    return rows.map(([key, row]) => ({
      key,
      label: labelOf(key),
      value: formatMoney(row.value, currency),
      credit: row.credit,
      deals: row.deals,
      touches: row.touches,
    }));
  }
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
    private readonly options: ResolvedOptions,
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

  /** Adds one credit of the current deal (the `deal`-th of the run). */
  add(touch: Touchpoint, touchTime: number, minor: bigint, weight: number, deal: number): void {
    if (!(weight > 0) && minor === 0n) return;
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

  /** The rollups as rows; campaigns are labelled with their names. */
  toRollups(currency: string | null, campaigns: ReadonlyMap<string, Campaign>): Rollups {
    return {
      byChannel: this.byChannel.toRows(currency),
      byCampaign: this.byCampaign.toRows(currency, (key) => campaigns.get(key)?.name ?? key),
      byTouchType: this.byTouchType.toRows(currency),
      byContent: this.byContent.toRows(currency),
      byMonth: this.byMonth.toRows(currency),
      byTeam: this.byTeam.toRows(currency),
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
