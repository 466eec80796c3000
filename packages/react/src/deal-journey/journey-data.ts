import type { Dataset, DealAttribution } from '@closedloop/core';
import type { JourneyContact, JourneyTouch } from './journey-model';

/**
 * The contacts (name and role on the deal) and the excluded touches (time, contact, channel)
 * that `DealJourney` needs beside a `DealAttribution`, read from the dataset the attribution
 * ran on. Core's result names people and excluded touches by id only.
 *
 * ```tsx
 * const deal = attribute(dataset, { model: 'w-shaped' }).deals[0];
 * <DealJourney title="Acme — Platform" deal={deal} {...dealJourneyData(dataset, deal)} />
 * ```
 */
export function dealJourneyData(
  dataset: Pick<Dataset, 'deals' | 'people' | 'touchpoints'>,
  deal: DealAttribution,
): { contacts: JourneyContact[]; touches: JourneyTouch[] } {
  const record = dataset.deals.find((d) => d.id === deal.dealId);
  const people = new Map(dataset.people.map((p) => [p.id, p] as const));
  const ids = new Set<string>(record?.contacts.map((c) => c.personId) ?? []);
  for (const credit of deal.credits) if (credit.personId) ids.add(credit.personId);
  const roles = new Map(record?.contacts.map((c) => [c.personId, c.role] as const) ?? []);
  const contacts = [...ids].map((id): JourneyContact => {
    const person = people.get(id);
    const name = [person?.firstName, person?.lastName].filter(Boolean).join(' ');
    return { id, name: name || null, role: roles.get(id) ?? null };
  });
  const wanted = new Set(deal.excluded.map((e) => e.touchId));
  const touches: JourneyTouch[] = [];
  if (wanted.size > 0) {
    for (const touch of dataset.touchpoints) {
      if (wanted.has(touch.id)) touches.push(touch);
    }
  }
  return { contacts, touches };
}
