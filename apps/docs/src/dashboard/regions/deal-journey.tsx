import type { DealAttribution } from '@closedloop/core';
import { type ReactNode, useEffect, useId, useState } from 'react';
import type { DashboardResults } from '../compute';
import { formatMoney, formatPercent } from '../format';
import { Placeholder, Region } from '../region';
import { channelName, type RegionProps } from './focus';

type Props = RegionProps<DashboardResults> & {
  labels: ReadonlyMap<string, string>;
  openDeal: (dealId: string) => Promise<DealAttribution | null>;
};

/** One deal's credited touches, opened from the picker or by selecting a deal anywhere. */
export function DealJourneyRegion({ results, focus, onFocus, labels, openDeal }: Props): ReactNode {
  const pickerId = useId();
  const dealId = focus.dealId ?? results.deals[0]?.dealId ?? null;
  const [deal, setDeal] = useState<DealAttribution | null>(null);
  useEffect(() => {
    let live = true;
    if (dealId === null) setDeal(null);
    else void openDeal(dealId).then((d) => live && setDeal(d));
    return () => {
      live = false;
    };
  }, [dealId, openDeal]);
  return (
    <Region
      id="deal-journey"
      title="Deal journey"
      description="Every touch of one deal's buying group, what it was credited and why."
      wide
    >
      <div className="cl-dash-field cl-dash-inline">
        <label htmlFor={pickerId}>Deal</label>
        <select
          id={pickerId}
          value={dealId ?? ''}
          onChange={(e) => onFocus({ dealId: e.currentTarget.value || null })}
        >
          {results.deals.slice(0, 200).map((d) => (
            <option key={d.dealId} value={d.dealId}>
              {d.dealName ?? d.dealId} · {formatMoney(d.reportingAmount)}
            </option>
          ))}
        </select>
      </div>
      {deal === null ? (
        <p className="cl-dash-muted">
          {dealId === null ? 'No deal converted in this period.' : 'Opening the deal…'}
        </p>
      ) : (
        <Placeholder
          widget="DealJourney"
          issue={13}
          caption={`${deal.dealName ?? deal.dealId}: ${formatMoney(deal.reportingAmount)} won ${deal.convertedAt.slice(0, 10)}`}
          columns={['Touch', 'Channel', 'Credit', 'Share']}
          rows={deal.credits.map((c) => ({
            key: c.touchId,
            cells: [
              `${c.occurredAt.slice(0, 10)} ${c.title ?? c.type.replace(/_/g, ' ')}`,
              channelName(labels, c.channel),
              formatMoney(c.reportingAmount),
              formatPercent(c.weight),
            ],
          }))}
        />
      )}
    </Region>
  );
}
