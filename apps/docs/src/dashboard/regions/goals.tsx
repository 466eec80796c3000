import type { GoalProgressReport } from '@closedloop/core';
import { GoalMeter } from '@closedloop/react';
import type { ReactNode } from 'react';
import type { DashboardResults } from '../compute';
import { formatCount, formatMoney } from '../format';
import { Region } from '../region';

function describeGoal(goal: GoalProgressReport): string {
  const teams = goal.teams.join(' + ');
  return `${goal.period.label} · ${teams}${goal.segment ? ` · ${goal.segment}` : ''}`;
}

/** The joint revenue goal and the MQL commitment, then the team's other goals as a KPI row. */
export function GoalsRegion({ results }: { results: DashboardResults }): ReactNode {
  const byId = new Map(results.goals.map((g) => [g.goalId, g]));
  const revenue = results.revenueGoalId ? byId.get(results.revenueGoalId) : undefined;
  const mqls = results.mqlGoalId ? byId.get(results.mqlGoalId) : undefined;
  const others = results.goals.filter((g) => g !== revenue && g !== mqls);
  const plan = results.backSolve;
  return (
    <>
      <Region id="goal-revenue" title={revenue?.joint ? 'Joint revenue goal' : 'Revenue goal'}>
        {revenue ? (
          <GoalMeter
            title={revenue.name}
            description={`Closed-won revenue · ${describeGoal(revenue)}`}
            progress={revenue}
          />
        ) : (
          <GoalMeter title="Revenue goal" status="empty" />
        )}
        {plan ? (
          <p className="cl-dash-footnote" data-testid="back-solve">
            To reach {formatMoney(plan.planned)} at the measured rates:{' '}
            {plan.required.map((r) => `${formatCount(r.count)} ${r.label}`).join(' → ')}.
          </p>
        ) : null}
      </Region>
      <Region id="goal-mqls" title="Marketing's MQL commitment">
        {mqls ? (
          <GoalMeter
            title={mqls.name}
            description={`MQLs marketing committed to · ${describeGoal(mqls)}`}
            progress={mqls}
          />
        ) : (
          <GoalMeter title="MQL commitment" status="empty" />
        )}
      </Region>
      <Region
        id="goal-kpis"
        title="The team's other goals"
        description="Every goal the selected team shares this quarter."
        wide
      >
        <div className="cl-dash-kpis">
          {others.length === 0 ? (
            <p className="cl-dash-muted">No other goals for this team.</p>
          ) : (
            others.map((g) => (
              <GoalMeter key={g.goalId} title={g.name} progress={g} variant="kpi" />
            ))
          )}
        </div>
      </Region>
    </>
  );
}
