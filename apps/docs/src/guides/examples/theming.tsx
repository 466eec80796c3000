// Theming: widgets read CSS custom properties; your app owns light and dark.
import { type GoalProgressReport, goalProgress } from '@closedloop/core';
import { generateSampleDataset, SAMPLE_AS_OF } from '@closedloop/core/sample';
import { GoalMeter } from '@closedloop/react';
import type { CSSProperties, ReactNode } from 'react';

/** Map your design system's tokens onto closedloop's, on any container. */
const brand = {
  '--cl-font-family': 'Inter, system-ui, sans-serif',
  '--cl-color-text': 'hsl(var(--foreground))',
  '--cl-color-text-muted': 'hsl(var(--muted-foreground))',
  '--cl-color-accent': 'hsl(var(--primary))',
  '--cl-color-track': 'hsl(var(--muted))',
  '--cl-color-surface': 'hsl(var(--card))',
} as CSSProperties;

export function BrandedGoal({ progress }: { progress: GoalProgressReport }): ReactNode {
  return (
    <div style={brand} className="card">
      <GoalMeter title="Joint revenue goal" progress={progress} locale="de-DE" />
    </div>
  );
}

/**
 * Next.js App Router: compute in a server component and pass plain JSON to the widget,
 * which is a client component (`'use client'` ships in the package). app/goals/page.tsx:
 */
export default async function GoalsPage(): Promise<ReactNode> {
  const dataset = generateSampleDataset({ seed: 1 }); // your database or CRM sync here
  const goal = dataset.goals.find((g) => g.metric === 'mqls');
  const progress = goal ? goalProgress(dataset, goal, { asOf: SAMPLE_AS_OF }) : undefined;
  return <GoalMeter title="MQL commitment" progress={progress} />;
}
