import { Funnel, HandoffFlow, ResponseTimes, SlaScorecard } from '@closedloop/react';
import type { ReactNode } from 'react';
import type { DashboardResults } from '../compute';
import { Region } from '../region';
import { channelName, focusFromSelection, type RegionProps } from './focus';

type Props = RegionProps<DashboardResults> & { labels: ReadonlyMap<string, string> };

/** The two-sided SLA: marketing's MQLs against the commitment, sales' response against theirs. */
export function SlaRegion({ results, onFocus, labels }: Props): ReactNode {
  const { sla } = results;
  // Breaches name the person behind the lead, as sales knows them.
  const people = new Map(results.handoff.ledger.map((row) => [row.personId, row.personName]));
  return (
    <Region id="sla-scorecard" title="SLA scorecard" wide>
      <SlaScorecard
        title="Marketing–sales SLA"
        description={`Both sides of the contract, ${sla.period.start} to ${sla.period.end}.`}
        evaluation={sla}
        recordLabel={(breach) => people.get(breach.personId) ?? breach.leadId ?? breach.episodeId}
        onSelect={(selection) => onFocus(focusFromSelection(selection, labels))}
      />
    </Region>
  );
}

/** Speed to lead, routing and owner delay against the SLA line, in business time. */
export function ResponseTimesRegion({ results, onFocus, labels }: Props): ReactNode {
  return (
    <Region id="response-times" title="Response times">
      <ResponseTimes
        title="Speed to lead"
        description="Business time from MQL to the first human touch, split into routing and owner delay."
        evaluation={results.sla}
        episodes={results.slaEpisodes}
        basis="business"
        onSelect={(selection) => onFocus(focusFromSelection(selection, labels))}
      />
    </Region>
  );
}

/** What happened to every MQL marketing handed over, and why sales rejected the rest. */
export function HandoffRegion({ results, onFocus, labels }: Props): ReactNode {
  return (
    <Region id="handoff-flow" title="Hand-off" wide>
      <HandoffFlow
        title="Where marketing's MQLs went"
        description="Every MQL of the period from its source channel to its first outcome and the deal it became; below, why sales rejected the rest."
        result={results.handoff}
        onSelect={(selection) => onFocus(focusFromSelection(selection, labels))}
      />
    </Region>
  );
}

/** The lifecycle funnel of the period's cohort, beside the focused channel's when one is selected. */
export function FunnelRegion({ results, focus, onFocus, labels }: Props): ReactNode {
  const f = results.funnel;
  const group = focus.channel === null ? null : f.groups.find((g) => g.key === focus.channel);
  return (
    <Region id="funnel" title="Funnel">
      <Funnel
        title="From lead to won"
        description={`People who became leads ${f.period.start} to ${f.period.end}, and how far they got${group ? `, beside ${channelName(labels, focus.channel ?? '')} alone` : ''}.`}
        result={f}
        groups={group ? [group.key] : undefined}
        onSelect={(selection) => onFocus(focusFromSelection(selection, labels))}
      />
    </Region>
  );
}
