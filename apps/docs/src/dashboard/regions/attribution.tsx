import {
  AttributionTable,
  CampaignRevenue,
  ChannelInfluence,
  ModelComparison,
} from '@closedloop/react';
import type { ReactNode } from 'react';
import type { DashboardResults } from '../compute';
import { formatCount, formatMoney } from '../format';
import { Region } from '../region';
import { channelName, focusFromSelection, type RegionProps } from './focus';

type Props = RegionProps<DashboardResults> & { labels: ReadonlyMap<string, string> };

/** The chosen model's credit by campaign, channel or team, with totals that reconcile. */
export function AttributionTableRegion({ results, onFocus, labels }: Props): ReactNode {
  const a = results.attribution;
  return (
    <Region id="attribution-table" title="Attribution" wide>
      <AttributionTable
        title={`Closed-won revenue credited under ${a.label}`}
        description={`${formatMoney(a.totals.attributedValue)} of ${formatMoney(a.totals.value)} credited over ${formatCount(a.totals.deals)} deals. Expand a row to its deals, a deal to its touches.`}
        data={a}
        currency={results.currency}
        defaultDimension="channel"
        height={420}
        onSelect={(selection) => onFocus(focusFromSelection(selection, labels))}
      />
    </Region>
  );
}

/** Attributed revenue against cost per campaign under the chosen model. */
export function CampaignRevenueRegion({ results, focus, onFocus, labels }: Props): ReactNode {
  const a = results.attribution;
  // The twelve campaigns with the most credit keep the chart readable; the table has them all.
  const campaigns = a.campaigns
    .filter((c) => focus.channel === null || c.channel === focus.channel)
    .sort((x, y) => Number(y.attributed) - Number(x.attributed))
    .slice(0, 12);
  return (
    <Region id="campaign-revenue" title="Campaign revenue and cost" wide>
      <CampaignRevenue
        title={`Revenue against cost per campaign${focus.channel ? ` in ${channelName(labels, focus.channel)}` : ''}`}
        description="The twelve campaigns credited with the most closed-won revenue, against what each cost; the attribution table above lists every campaign."
        layout="bars"
        campaigns={campaigns}
        deals={a.deals}
        model={a.label}
        currency={results.currency}
        channelLabels={Object.fromEntries(labels)}
        onSelect={(selection) => onFocus(focusFromSelection(selection, labels))}
      />
    </Region>
  );
}

/** Each channel's value under the chosen model and the compared ones. */
export function ModelComparisonRegion({ results, onFocus, labels }: Props): ReactNode {
  const c = results.comparison;
  return (
    <Region id="model-comparison" title="Model comparison" wide>
      <ModelComparison
        title={`Credit by channel: ${c.models[0]?.label ?? ''} against the other models`}
        description="Each dot is one model's credit for the channel; the delta says what moved it."
        comparison={c}
        currency={results.currency}
        onSelect={(selection) => onFocus(focusFromSelection(selection, labels))}
      />
    </Region>
  );
}

/** Data-driven credit (Markov removal effect or Shapley) with bootstrap intervals. */
export function ChannelInfluenceRegion({ results, onFocus, labels }: Props): ReactNode {
  const d = results.influence;
  return (
    <Region id="channel-influence" title="Channel influence" wide>
      <ChannelInfluence
        title="What each channel adds to the chance of winning"
        description="Fitted on won and lost journeys of the period, with 95% bootstrap intervals."
        result={d ?? undefined}
        currency={results.currency}
        onSelect={(selection) => onFocus(focusFromSelection(selection, labels))}
      />
    </Region>
  );
}
