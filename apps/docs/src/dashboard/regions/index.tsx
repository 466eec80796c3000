import type { ReactNode } from 'react';
import type { DashboardResults } from '../compute';
import type { OpenedDeal } from '../protocol';
import { FunnelRegion, HandoffRegion, ResponseTimesRegion, SlaRegion } from './alignment';
import {
  AttributionTableRegion,
  CampaignRevenueRegion,
  ChannelInfluenceRegion,
  ModelComparisonRegion,
} from './attribution';
import { DealJourneyRegion } from './deal-journey';
import type { RegionProps } from './focus';
import { GoalsRegion } from './goals';

/** Every region of the dashboard, in reading order: goals, SLA, hand-off, funnel, revenue. */
export function AlignmentRegions(
  props: RegionProps<DashboardResults> & {
    labels: ReadonlyMap<string, string>;
    openDeal: (dealId: string) => Promise<OpenedDeal | null>;
  },
): ReactNode {
  return (
    <>
      <GoalsRegion results={props.results} />
      <SlaRegion {...props} />
      <HandoffRegion {...props} />
      <ResponseTimesRegion {...props} />
      <FunnelRegion {...props} />
      <ChannelInfluenceRegion {...props} />
      <AttributionTableRegion {...props} />
      <CampaignRevenueRegion {...props} />
      <ModelComparisonRegion {...props} />
      <DealJourneyRegion {...props} />
    </>
  );
}
