import type { Dataset } from '../packages/core/src/model/dataset';
import type { Deal } from '../packages/core/src/model/deals';

/**
 * The sample with one more won deal per person who has touches: the issue asks for about
 * 100k deals at 1M touchpoints, while the sample keeps a realistic B2B ratio (~75 touches a
 * deal, 15k deals at scale 50, 4k of them won). Each added deal is won just after the
 * person's 6th–15th touch (so every journey also has touches after the conversion to
 * exclude), for 1,000–90,999 USD. Deterministic; the sample's own deals are kept.
 */
export function withDenseDeals(dataset: Dataset): Dataset {
  const template = dataset.deals.find((d) => d.status === 'won');
  if (!template) throw new Error('the sample has no won deal to copy');
  const deals: Deal[] = [...dataset.deals];
  const accountOf = new Map(dataset.people.map((p) => [p.id, p.accountId]));
  let n = 0;
  let start = 0;
  const { touchpoints } = dataset;
  // Touches come in runs per person: one deal per run.
  for (let i = 1; i <= touchpoints.length; i++) {
    const personId = touchpoints[start]?.personId ?? null;
    if (i < touchpoints.length && touchpoints[i]?.personId === personId) continue;
    const times = touchpoints
      .slice(start, i)
      .map((t) => Date.parse(t.occurredAt))
      .sort((a, b) => a - b);
    start = i;
    if (personId === null) continue;
    n += 1;
    const at = new Date((times[Math.min(times.length - 1, 5 + (n % 10))] as number) + 60_000);
    const closedAt = `${at.toISOString().slice(0, 19)}Z`;
    deals.push({
      ...template,
      id: `bench:deal:${n}`,
      source: { ...template.source, remoteId: `bench-${n}` },
      name: `Dense deal ${n}`,
      createdAt: closedAt,
      updatedAt: closedAt,
      closedAt,
      closeDate: closedAt.slice(0, 10),
      amount: { amount: `${1000 + ((n * 7919) % 90_000)}.00`, currency: 'USD' },
      accountId: accountOf.get(personId) ?? null,
      contacts: [{ personId, role: null, primary: true }],
    });
  }
  return { ...dataset, deals };
}
