// The widgets the page embeds, in order. To add one, import it from @closedloop/react and
// append an entry: `render` gets the computed data (compute.ts) and returns the widget.
import {
  AttributionTable,
  Funnel,
  GoalMeter,
  HandoffFlow,
  ModelComparison,
} from '@closedloop/react';
import type { ReactNode } from 'react';
import type { ExampleData } from './compute';

export interface WidgetEntry {
  /** Stable id: the panel's test id (`widget-<id>`). */
  id: string;
  render: (data: ExampleData) => ReactNode;
}

export const WIDGETS: WidgetEntry[] = [
  {
    id: 'goal-meters',
    render: (data) => (
      <div className="grid">
        {data.goals.map((goal, i) => (
          <GoalMeter
            key={goal.id}
            title={goal.title}
            progress={goal.progress}
            variant={i === 0 ? 'bar' : 'radial'}
          />
        ))}
      </div>
    ),
  },
  {
    id: 'model-comparison',
    render: (data) => (
      <ModelComparison
        title="Revenue credited by channel, per model"
        comparison={data.attribution}
      />
    ),
  },
  {
    id: 'attribution-table',
    render: (data) => <AttributionTable title="Attribution by channel" data={data.attribution} />,
  },
  {
    id: 'funnel',
    render: (data) => <Funnel title="Lead funnel, last 12 months" result={data.funnel} />,
  },
  {
    id: 'handoff',
    render: (data) => <HandoffFlow title="What happened to Q1's MQLs" result={data.handoff} />,
  },
];
