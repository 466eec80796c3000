/** The formulas behind a goal's numbers, with the day unit filled in. */
export function goalFormulas(unit: 'calendar' | 'business'): Record<string, string> {
  const days = `${unit} days`;
  return {
    attainment: 'attainment = actual ÷ target',
    expectedToDate: `expected to date = target × elapsed share of the period (in ${days})`,
    pacing: 'pacing = attainment ÷ elapsed share (1 = on pace)',
    runRateForecast: 'run-rate forecast = actual ÷ elapsed share',
    requiredPerDay: `required per day = (target − actual) ÷ remaining ${days}`,
    pipelineForecast:
      'pipeline forecast = actual + Σ open deal value × stage probability, over deals open at asOf expected to close in the period',
  };
}

/** The counting scope in words. */
export function scopeText(
  scope: 'all' | 'sourced-by-goal-teams',
  segment: string | null,
  ownerId: string | null,
): string {
  const parts = [
    scope === 'all'
      ? 'every record in scope counts'
      : "only records the goal's own teams sourced count",
  ];
  if (segment !== null) parts.push(`accounts in segment ${segment}`);
  if (ownerId !== null) parts.push(`owned by ${ownerId}`);
  return parts.join('; ');
}
