// In the browser: render the JSON a server computed, or compute right there.
import { type GoalProgressReport, goalProgress } from '@closedloop/core';
import {
  generateSampleDataset,
  SAMPLE_AS_OF,
  SAMPLE_EXCHANGE_RATES,
} from '@closedloop/core/sample';
import { GoalMeter } from '@closedloop/react';
import { type ReactNode, useEffect, useState } from 'react';

/** From a server: fetch the JSON, hand it to the widget. */
export function RevenueGoalFromServer({ url }: { url: string }): ReactNode {
  const [progress, setProgress] = useState<GoalProgressReport | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    fetch(url)
      .then((response) => response.json() as Promise<{ revenue: GoalProgressReport }>)
      .then((json) => setProgress(json.revenue))
      .catch(() => setFailed(true));
  }, [url]);
  if (failed) return <GoalMeter title="Joint revenue goal" status="error" />;
  if (progress === null) return <GoalMeter title="Joint revenue goal" status="loading" />;
  return <GoalMeter title="Joint revenue goal" progress={progress} />;
}

/** In the browser: the core has no DOM or Node dependency, so it runs here too. */
export function RevenueGoalInBrowser(): ReactNode {
  const [progress] = useState(() => {
    const dataset = generateSampleDataset({ seed: 1 });
    const goal = dataset.goals.find((g) => g.metric === 'revenue');
    return goal
      ? goalProgress(dataset, goal, { asOf: SAMPLE_AS_OF, exchangeRates: SAMPLE_EXCHANGE_RATES })
      : undefined;
  });
  return <GoalMeter title="Joint revenue goal" progress={progress} />;
}
