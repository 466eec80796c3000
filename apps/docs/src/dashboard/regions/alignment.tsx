import type { ReactNode } from 'react';
import type { DashboardResults } from '../compute';
import { formatCount, formatMinutes, formatPercent } from '../format';
import { Placeholder, Region } from '../region';
import { channelName, type RegionProps } from './focus';

type Props = RegionProps<DashboardResults> & { labels: ReadonlyMap<string, string> };

/** The two-sided SLA: marketing's MQLs against the commitment, sales' response against theirs. */
export function SlaRegion({ results }: Props): ReactNode {
  const { sla } = results;
  const first = sla.sales.firstTouch;
  const attempts = sla.sales.attempts;
  return (
    <Region
      id="sla-scorecard"
      title="SLA scorecard"
      description={`Both sides of the contract, ${sla.period.start} to ${sla.period.end}.`}
    >
      <Placeholder
        widget="SlaScorecard"
        issue={12}
        caption="Commitments and attainment"
        columns={['Commitment', 'Delivered', 'Committed', 'Attainment']}
        rows={[
          {
            key: 'marketing',
            cells: [
              'Marketing: MQLs',
              formatCount(Number(sla.marketing.actual)),
              formatCount(Number(sla.marketing.target)),
              formatPercent(sla.marketing.attainment),
            ],
          },
          {
            key: 'first-touch',
            cells: [
              `Sales: first touch ≤ ${first.withinBusinessHours} business h`,
              formatCount(first.met),
              formatCount(first.eligible),
              formatPercent(first.attainment),
            ],
          },
          ...(attempts
            ? [
                {
                  key: 'attempts',
                  cells: [
                    `Sales: ${attempts.min} attempts in ${attempts.withinBusinessDays} business days`,
                    formatCount(attempts.met),
                    formatCount(attempts.eligible),
                    formatPercent(attempts.attainment),
                  ],
                },
              ]
            : []),
          {
            key: 'breaches',
            cells: ['Breaches', formatCount(sla.breaches.length), '', ''],
          },
        ]}
      />
    </Region>
  );
}

/** Speed to lead, routing and owner delay against the SLA line, in business time. */
export function ResponseTimesRegion({ results }: Props): ReactNode {
  const rt = results.sla.responseTimes.business;
  const row = (key: string, label: string, d: typeof rt.speedToLead) => ({
    key,
    cells: [
      label,
      formatMinutes(d.p50),
      formatMinutes(d.p90),
      formatMinutes(d.p95),
      formatCount(d.count),
    ],
  });
  return (
    <Region
      id="response-times"
      title="Response times"
      description="Business minutes from MQL to the first human touch, split into routing and owner delay."
    >
      <Placeholder
        widget="ResponseTimes"
        issue={12}
        caption="Delays in business time"
        columns={['Delay', 'P50', 'P90', 'P95', 'MQLs']}
        rows={[
          row('speed', 'Speed to lead', rt.speedToLead),
          row('routing', 'Routing delay', rt.routingDelay),
          row('owner', 'Owner delay', rt.ownerDelay),
        ]}
      />
    </Region>
  );
}

/** What happened to every MQL marketing handed over, and why sales rejected the rest. */
export function HandoffRegion({ results, onFocus, labels }: Props): ReactNode {
  const h = results.handoff;
  return (
    <Region
      id="handoff-flow"
      title="Hand-off"
      description="Every MQL from its source channel to its first outcome and the deal it became."
      wide
    >
      <Placeholder
        widget="HandoffFlow"
        issue={12}
        caption={`${formatCount(h.counts.mqls)} MQLs by source channel`}
        columns={['Source channel', 'MQLs', 'Accepted', 'Opportunities', 'Won']}
        onSelectRow={(channel) => onFocus({ channel })}
        rows={h.marketing.byChannel.map((r) => ({
          key: r.channel,
          cells: [
            channelName(labels, r.channel),
            formatCount(r.mqls),
            formatCount(r.accepted),
            formatCount(r.opportunities),
            formatCount(r.won),
          ],
        }))}
      />
      <table className="cl-dash-table" data-testid="rejection-reasons">
        <caption>Why sales rejected MQLs</caption>
        <thead>
          <tr>
            <th scope="col">Reason</th>
            <th scope="col" className="cl-dash-num">
              MQLs
            </th>
            <th scope="col" className="cl-dash-num">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {h.sales.byReason.map((r) => (
            <tr key={`${r.kind}-${r.reason ?? 'none'}`}>
              <th scope="row">
                {r.reason ?? 'No reason given'} ({r.kind})
              </th>
              <td className="cl-dash-num">{formatCount(r.count)}</td>
              <td className="cl-dash-num">{formatPercent(r.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
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
