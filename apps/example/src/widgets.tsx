// The widgets the page embeds, in order. To add one, import it from @closedloop/react and
// append an entry: `render` gets the computed data (compute.ts) and returns the widget.
import { GoalMeter } from '@closedloop/react';
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
];
