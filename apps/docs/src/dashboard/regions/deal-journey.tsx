import { SAMPLE_TIME_ZONE } from '@closedloop/core/sample';
import { DealJourney } from '@closedloop/react';
import { type ReactNode, useEffect, useId, useState } from 'react';
import type { DashboardResults } from '../compute';
import { formatMoney } from '../format';
import type { OpenedDeal } from '../protocol';
import { Region } from '../region';
import { focusFromSelection, type RegionProps } from './focus';

type Props = RegionProps<DashboardResults> & {
  labels: ReadonlyMap<string, string>;
  openDeal: (dealId: string) => Promise<OpenedDeal | null>;
};

/** One deal's touches across its buying group, opened from the picker or by selecting a deal anywhere. */
export function DealJourneyRegion({ results, focus, onFocus, labels, openDeal }: Props): ReactNode {
  const pickerId = useId();
  const dealId = focus.dealId ?? results.deals[0]?.dealId ?? null;
  const [opened, setOpened] = useState<OpenedDeal | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let live = true;
    if (dealId === null) {
      setOpened(null);
      return;
    }
    setLoading(true);
    void openDeal(dealId).then((d) => {
      if (!live) return;
      setOpened(d);
      setLoading(false);
    });
    return () => {
      live = false;
    };
  }, [dealId, openDeal]);
  const listed = results.deals.slice(0, 200);
  const inList = listed.some((d) => d.dealId === dealId);
  return (
    <Region id="deal-journey" title="Deal journey" wide>
      <div className="cl-dash-field cl-dash-inline">
        <label htmlFor={pickerId}>Deal</label>
        <select
          id={pickerId}
          value={dealId ?? ''}
          onChange={(e) => onFocus({ dealId: e.currentTarget.value || null })}
        >
          {!inList && opened ? (
            <option value={opened.deal.dealId}>{opened.deal.dealName ?? opened.deal.dealId}</option>
          ) : null}
          {listed.map((d) => (
            <option key={d.dealId} value={d.dealId}>
              {d.dealName ?? d.dealId} · {formatMoney(d.reportingAmount)}
            </option>
          ))}
        </select>
      </div>
      <DealJourney
        title={opened ? `${opened.deal.dealName ?? opened.deal.dealId}` : 'Deal journey'}
        description="Every touch of the buying group, its credit under the chosen model, and why excluded touches did not count."
        status={loading ? 'loading' : opened === null ? 'empty' : 'ready'}
        deal={opened?.deal}
        contacts={opened?.contacts}
        touches={opened?.touches}
        timeZone={SAMPLE_TIME_ZONE}
        currency={results.currency}
        onSelect={(selection) => onFocus(focusFromSelection(selection, labels))}
      />
    </Region>
  );
}
