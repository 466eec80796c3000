import { HandoffFlow, ResponseTimes, SlaScorecard } from '@closedloop/react';
import type { ReactNode } from 'react';
import type { DashboardResults } from '../compute';
import { formatCount, formatPercent } from '../format';
import { Placeholder, Region } from '../region';
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

/** The lifecycle funnel of the period's cohort, narrowed to the focused channel. */
export function FunnelRegion({ results, focus, labels }: Props): ReactNode {
  const f = results.funnel;
  const group = focus.channel === null ? null : f.groups.find((g) => g.key === focus.channel);
  const slice = group ?? f.overall;
  return (
    <Region
      id="funnel"
      title="Funnel"
      description={`People who became leads ${f.period.start} to ${f.period.end}, and how far they got${group ? ` — ${channelName(labels, focus.channel ?? '')} only` : ''}.`}
    >
      <Placeholder
        widget="Funnel"
        issue={12}
        caption="Stages of the cohort"
        columns={['Stage', 'Reached', 'From previous', 'From start']}
        rows={slice.stages.map((s) => ({
          key: s.id,
          cells: [
            s.label,
            formatCount(s.count),
            formatPercent(s.conversionFromPrevious),
            formatPercent(s.conversionFromStart),
          ],
        }))}
      />
    </Region>
  );
}
