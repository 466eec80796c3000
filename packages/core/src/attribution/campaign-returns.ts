import type { Campaign } from '../model/marketing';
import { convert, type ExchangeRates, exchangeRateFor } from '../money/convert';
import { toMinorUnits } from '../money/decimal';
import { parseInstant } from '../time/instant';
import { formatMoney, type RollupSet } from './rollups';
import type { AttributionFinding, CampaignReturn } from './types';

/**
 * Each campaign's credited value against its cost: ROI = (attributed − cost) / cost and
 * ROAS = attributed / cost (domain guide §4), both in the reporting currency. The cost is the
 * campaign's actual cost or its budget (`campaignCost`); costs in another currency use the
 * caller's rates (a missing rate throws `MissingExchangeRateError`); a cost without a
 * currency is a finding and counts as no cost. Every campaign is listed, credited or not.
 */
export function campaignReturns(
  campaigns: readonly Campaign[],
  rollups: RollupSet,
  currency: string | null,
  rates: ExchangeRates,
  costField: 'actual-cost' | 'budget',
  findings: AttributionFinding[],
  asOfMs: number,
): CampaignReturn[] {
  const rows: Array<CampaignReturn & { attributedMinor: bigint }> = [];
  for (const campaign of campaigns) {
    // A campaign deleted after asOf still ran then.
    if (campaign.deletedAt !== null && !(parseInstant(campaign.deletedAt) > asOfMs)) continue;
    const attributedMinor = rollups.campaignValue(campaign.id);
    const money = costField === 'budget' ? campaign.budget : campaign.actualCost;
    let costMinor: bigint | null = null;
    if (money && money.currency === null) {
      findings.push({
        code: 'campaign-cost-without-currency',
        severity: 'warning',
        dealId: null,
        message: `campaign ${campaign.id} has a cost of ${money.amount} without a currency, so its ROI is unknown`,
      });
    } else if (money?.currency && currency !== null) {
      const minor = toMinorUnits(money.amount, money.currency);
      costMinor =
        money.currency === currency
          ? minor
          : convert(
              minor,
              money.currency,
              currency,
              exchangeRateFor(money.currency, currency, rates),
            );
    }
    const positive = costMinor !== null && costMinor > 0n;
    rows.push({
      campaignId: campaign.id,
      name: campaign.name,
      channel: campaign.channel,
      attributed: formatMoney(attributedMinor, currency),
      cost: costMinor === null ? null : formatMoney(costMinor, currency),
      roi: positive ? Number(attributedMinor - (costMinor as bigint)) / Number(costMinor) : null,
      roas: positive ? Number(attributedMinor) / Number(costMinor) : null,
      attributedMinor,
    });
  }
  rows.sort((a, b) =>
    a.attributedMinor !== b.attributedMinor
      ? a.attributedMinor > b.attributedMinor
        ? -1
        : 1
      : a.campaignId < b.campaignId
        ? -1
        : 1,
  );
  return rows.map(({ attributedMinor: _, ...row }) => row);
}
